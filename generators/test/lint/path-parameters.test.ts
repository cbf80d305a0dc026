import { describe, expect, it } from 'vitest';
import { documentWith, findings, ok } from './lint-spec.js';

const pathParam = (name: string) => ({ name, in: 'path', required: true, schema: { type: 'string' } });
const CODES = ['PATH_PARAMETER_MISMATCH'];

describe('PATH_PARAMETER_MISMATCH', () => {
  it.each([
    [
      'declared at operation level',
      { '/a/{id}': { get: { operationId: 'getA', parameters: [pathParam('id')], responses: ok } } },
      [],
    ],
    [
      'declared at path level',
      { '/a/{id}': { parameters: [pathParam('id')], get: { operationId: 'getA', responses: ok } } },
      [],
    ],
    [
      'a template variable without parameter',
      { '/a/{id}': { get: { operationId: 'getA', responses: ok } } },
      ['PATH_PARAMETER_MISMATCH #/paths/~1a~1{id}/get'],
    ],
    [
      'a path parameter missing from the template',
      { '/a': { get: { operationId: 'getA', parameters: [pathParam('id')], responses: ok } } },
      ['PATH_PARAMETER_MISMATCH #/paths/~1a/get/parameters/0'],
    ],
    [
      'a shared path parameter missing from the template, reported where it is used',
      {
        '/a': {
          get: { operationId: 'getA', parameters: [{ $ref: '#/components/parameters/Id' }], responses: ok },
        },
      },
      ['PATH_PARAMETER_MISMATCH #/paths/~1a/get'],
    ],
    [
      'a query parameter with the same name does not count',
      {
        '/a/{id}': {
          get: {
            operationId: 'getA',
            parameters: [{ name: 'id', in: 'query', schema: { type: 'string' } }],
            responses: ok,
          },
        },
      },
      ['PATH_PARAMETER_MISMATCH #/paths/~1a~1{id}/get'],
    ],
  ])('%s', (_name, paths, want) => {
    expect(findings(documentWith(paths, { parameters: { Id: pathParam('id') } }), CODES)).toEqual(want);
  });
});
