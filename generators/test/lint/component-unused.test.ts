import { describe, expect, it } from 'vitest';
import { documentWith, findings } from './lint-spec.js';

const CODES = ['COMPONENT_UNUSED'];
const usingNote = {
  '/a': {
    get: {
      operationId: 'getA',
      responses: {
        '200': {
          description: 'OK.',
          content: { 'application/json': { schema: { $ref: '#/components/schemas/Note' } } },
        },
      },
    },
  },
};

describe('COMPONENT_UNUSED', () => {
  it.each([
    ['a schema used by an operation', usingNote, { schemas: { Note: { type: 'string' } } }, {}, []],
    [
      'a schema nobody uses',
      usingNote,
      { schemas: { Note: { type: 'string' }, Old: { type: 'string' } } },
      {},
      ['COMPONENT_UNUSED #/components/schemas/Old'],
    ],
    [
      'a schema used only by an unused schema',
      usingNote,
      {
        schemas: {
          Note: { type: 'string' },
          Old: { $ref: '#/components/schemas/Older' },
          Older: { type: 'string' },
        },
      },
      {},
      ['COMPONENT_UNUSED #/components/schemas/Old', 'COMPONENT_UNUSED #/components/schemas/Older'],
    ],
    [
      'a schema reached through a discriminator mapping',
      usingNote,
      {
        schemas: {
          Note: {
            oneOf: [],
            discriminator: { propertyName: 'k', mapping: { cat: '#/components/schemas/Cat' } },
          },
          Cat: { type: 'object' },
        },
      },
      {},
      [],
    ],
    [
      'a recursive schema used by an operation',
      usingNote,
      {
        schemas: { Note: { type: 'object', properties: { parent: { $ref: '#/components/schemas/Note' } } } },
      },
      {},
      [],
    ],
    [
      'a security scheme named by the document security',
      usingNote,
      { schemas: { Note: {} }, securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
      { security: [{ bearer: [] }] },
      [],
    ],
    [
      'a security scheme nobody requires',
      usingNote,
      { schemas: { Note: {} }, securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
      {},
      ['COMPONENT_UNUSED #/components/securitySchemes/bearer'],
    ],
    [
      'an unused response',
      usingNote,
      { schemas: { Note: {} }, responses: { Gone: { description: 'Gone.' } } },
      {},
      ['COMPONENT_UNUSED #/components/responses/Gone'],
    ],
  ])('%s', (_name, paths, components, extra, want) => {
    expect(findings(documentWith(paths, components, extra), CODES)).toEqual(want);
  });
});
