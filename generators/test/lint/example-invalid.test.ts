import { describe, expect, it } from 'vitest';
import { documentWith, findings, messages } from './lint-spec.js';

const note = {
  type: 'object',
  required: ['id', 'title', 'password'],
  properties: {
    id: { type: 'string', readOnly: true },
    title: { type: 'string', minLength: 1 },
    password: { type: 'string', writeOnly: true },
    createdAt: { type: 'string', format: 'date-time' },
  },
};
const components = { schemas: { Note: note } };
const ref = { $ref: '#/components/schemas/Note' };
const CODES = ['EXAMPLE_INVALID'];

function withBody(requestExample: unknown, responseExample: unknown) {
  return documentWith(
    {
      '/notes': {
        post: {
          operationId: 'createNote',
          requestBody: { content: { 'application/json': { schema: ref, example: requestExample } } },
          responses: {
            '201': {
              description: 'Created.',
              content: { 'application/json': { schema: ref, example: responseExample } },
            },
          },
        },
      },
    },
    components,
  );
}

describe('EXAMPLE_INVALID', () => {
  it.each([
    [
      'valid request and response examples (readOnly omitted in the request, writeOnly in the response)',
      { title: 'a', password: 'p' },
      { id: '1', title: 'a' },
      [],
    ],
    [
      'a request example missing a required property',
      { password: 'p' },
      { id: '1', title: 'a' },
      ['EXAMPLE_INVALID #/paths/~1notes/post/requestBody/content/application~1json/example'],
    ],
    [
      'a response example missing a readOnly property',
      { title: 'a', password: 'p' },
      { title: 'a' },
      ['EXAMPLE_INVALID #/paths/~1notes/post/responses/201/content/application~1json/example'],
    ],
    [
      'a request example missing a writeOnly property',
      { title: 'a' },
      { id: '1', title: 'a' },
      ['EXAMPLE_INVALID #/paths/~1notes/post/requestBody/content/application~1json/example'],
    ],
    [
      'a bad format',
      { title: 'a', password: 'p' },
      { id: '1', title: 'a', createdAt: 'yesterday' },
      ['EXAMPLE_INVALID #/paths/~1notes/post/responses/201/content/application~1json/example'],
    ],
  ])('%s', (_name, requestExample, responseExample, want) => {
    expect(findings(withBody(requestExample, responseExample), CODES)).toEqual(want);
  });

  it('says which value is wrong', () => {
    expect(
      messages(withBody({ title: '', password: 'p' }, { id: '1', title: 'a' }), 'EXAMPLE_INVALID'),
    ).toEqual(['Example does not match its schema: /title must be at least 1 character long']);
  });

  it('checks named examples, parameter examples and examples written on schemas', () => {
    const document = documentWith(
      {
        '/notes': {
          get: {
            operationId: 'listNotes',
            parameters: [
              { name: 'limit', in: 'query', schema: { type: 'integer', maximum: 50 }, example: 100 },
            ],
            responses: {
              '200': {
                description: 'OK.',
                content: {
                  'application/json': {
                    schema: { type: 'array', items: ref },
                    examples: { one: { $ref: '#/components/examples/Bad' } },
                  },
                },
              },
            },
          },
        },
      },
      {
        schemas: {
          Note: { ...note, examples: [{ id: '1', title: 7 }] },
          Count: { type: 'integer', example: 'many' },
        },
        examples: { Bad: { value: [{ id: 1, title: 'a' }] } },
      },
    );
    expect(findings(document, CODES)).toEqual([
      'EXAMPLE_INVALID #/paths/~1notes/get/parameters/0/example',
      'EXAMPLE_INVALID #/components/examples/Bad/value',
      // Written as `example` (deprecated in 3.1 but allowed): the finding points at what was written.
      'EXAMPLE_INVALID #/components/schemas/Count/example',
      'EXAMPLE_INVALID #/components/schemas/Note/examples/0',
    ]);
  });

  it('validates OAS 3.0 examples after normalization (nullable, single example)', () => {
    const document = {
      openapi: '3.0.3',
      info: { title: 'T', version: '1' },
      paths: {},
      components: {
        schemas: {
          When: { type: 'string', format: 'date', nullable: true, example: null },
          Size: { type: 'integer', example: 'big' },
        },
      },
    };
    expect(findings(document, CODES)).toEqual(['EXAMPLE_INVALID #/components/schemas/Size/example']);
  });
});
