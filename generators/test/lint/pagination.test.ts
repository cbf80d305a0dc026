import { describe, expect, it } from 'vitest';
import { documentWith, findings, messages } from './lint-spec.js';

const CODES = ['PAGINATION_INCONSISTENT'];
const item = { type: 'object', properties: { id: { type: 'string' } } };

function listOperation(
  operationId: string,
  cursorParam: string | undefined,
  nextProperty: string | undefined,
) {
  return {
    get: {
      operationId,
      parameters: cursorParam ? [{ name: cursorParam, in: 'query', schema: { type: 'string' } }] : [],
      responses: {
        '200': {
          description: 'A page.',
          content: {
            'application/json': {
              schema: {
                type: 'object',
                properties: {
                  items: { type: 'array', items: item },
                  ...(nextProperty ? { [nextProperty]: { type: ['string', 'null'] } } : {}),
                },
              },
            },
          },
        },
      },
    },
  };
}

describe('PAGINATION_INCONSISTENT', () => {
  it.each([
    [
      'all lists share one convention',
      {
        '/a': listOperation('listA', 'cursor', 'nextCursor'),
        '/b': listOperation('listB', 'cursor', 'nextCursor'),
      },
      {},
      [],
    ],
    [
      'one list differs from the majority',
      {
        '/a': listOperation('listA', 'cursor', 'nextCursor'),
        '/b': listOperation('listB', 'cursor', 'nextCursor'),
        '/c': listOperation('listC', 'page_token', 'next_page_token'),
      },
      {},
      ['PAGINATION_INCONSISTENT #/paths/~1c/get'],
    ],
    [
      'a list without pagination among paginated ones',
      {
        '/a': listOperation('listA', 'cursor', 'nextCursor'),
        '/b': listOperation('listB', undefined, undefined),
      },
      {},
      ['PAGINATION_INCONSISTENT #/paths/~1b/get'],
    ],
    [
      'no list is paginated: nothing to be consistent with',
      {
        '/a': listOperation('listA', undefined, undefined),
        '/b': listOperation('listB', undefined, undefined),
      },
      {},
      [],
    ],
    [
      'the configured convention wins over the majority',
      { '/a': listOperation('listA', 'cursor', 'nextCursor'), '/b': listOperation('listB', 'after', 'next') },
      { pagination: { cursorParam: 'after', nextCursorProperty: 'next' } },
      ['PAGINATION_INCONSISTENT #/paths/~1a/get'],
    ],
    [
      'a GET of one item (path ends in a parameter) is not a list',
      {
        '/a': listOperation('listA', 'cursor', 'nextCursor'),
        '/a/{id}': listOperation('getA', undefined, undefined),
      },
      {},
      [],
    ],
  ])('%s', (_name, paths, settings, want) => {
    expect(findings(documentWith(paths), CODES, settings)).toEqual(want);
  });

  it('explains the detected convention', () => {
    const document = documentWith({
      '/a': listOperation('listA', 'cursor', 'nextCursor'),
      '/b': listOperation('listB', 'cursor', 'nextCursor'),
      '/c': listOperation('listC', 'page', 'next'),
    });
    expect(messages(document, 'PAGINATION_INCONSISTENT')).toEqual([
      'GET /c: uses query parameter "page" and response property "next", but the convention of 2 of 3 list operations is query parameter "cursor" and response property "nextCursor"; page the same way',
    ]);
  });
});
