import { describe, expect, it } from 'vitest';
import { documentWith, findings, messages, ok } from './lint-spec.js';

const CODES = ['OPERATION_ID_MISSING', 'OPERATION_ID_NOT_CAMEL_CASE', 'OPERATION_ID_DUPLICATE'];

describe('operationId rules', () => {
  it.each([
    ['a camelCase, unique operationId', { '/a': { get: { operationId: 'listA', responses: ok } } }, []],
    ['a missing operationId', { '/a': { get: { responses: ok } } }, ['OPERATION_ID_MISSING #/paths/~1a/get']],
    [
      'an empty operationId',
      { '/a': { get: { operationId: ' ', responses: ok } } },
      ['OPERATION_ID_MISSING #/paths/~1a/get'],
    ],
    [
      'a snake_case operationId',
      { '/a': { get: { operationId: 'list_a', responses: ok } } },
      ['OPERATION_ID_NOT_CAMEL_CASE #/paths/~1a/get/operationId'],
    ],
    [
      'a PascalCase operationId',
      { '/a': { get: { operationId: 'ListA', responses: ok } } },
      ['OPERATION_ID_NOT_CAMEL_CASE #/paths/~1a/get/operationId'],
    ],
    [
      'a duplicated operationId',
      {
        '/a': { get: { operationId: 'same', responses: ok } },
        '/b': { get: { operationId: 'same', responses: ok } },
      },
      [
        'OPERATION_ID_DUPLICATE #/paths/~1a/get/operationId',
        'OPERATION_ID_DUPLICATE #/paths/~1b/get/operationId',
      ],
    ],
  ])('%s', (_name, paths, want) => {
    expect(findings(documentWith(paths), CODES)).toEqual(want);
  });

  it('suggests a name for a missing operationId and a camelCase rename for a bad one', () => {
    expect(
      messages(documentWith({ '/tasks/{id}': { delete: { responses: ok } } }), 'OPERATION_ID_MISSING'),
    ).toEqual(['DELETE /tasks/{id} has no operationId; add one (e.g. `deleteTasksId`)']);
    expect(
      messages(
        documentWith({ '/a': { get: { operationId: 'repos/get-content', responses: ok } } }),
        'OPERATION_ID_NOT_CAMEL_CASE',
      ),
    ).toEqual(['operationId "repos/get-content" is not camelCase; rename it to "reposGetContent"']);
  });

  it('is not reported when turned off in config', () => {
    const document = documentWith({ '/a': { get: { responses: ok } } });
    expect(findings(document, CODES, { rules: { OPERATION_ID_MISSING: 'off' } })).toEqual([]);
  });
});
