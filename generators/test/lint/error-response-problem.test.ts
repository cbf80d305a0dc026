import { describe, expect, it } from 'vitest';
import { documentWith, findings, messages } from './lint-spec.js';

const problem = { type: 'object', properties: { title: { type: 'string' } } };
const problemContent = { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } };
const withResponses = (
  responses: Record<string, unknown>,
  components: Record<string, unknown> = { schemas: { Problem: problem } },
) =>
  documentWith(
    { '/a': { get: { operationId: 'getA', responses: { '200': { description: 'OK.' }, ...responses } } } },
    components,
  );
const CODES = ['ERROR_RESPONSE_NOT_PROBLEM'];

describe('ERROR_RESPONSE_NOT_PROBLEM', () => {
  it.each([
    [
      'a problem+json error response using Problem',
      { '404': { description: 'Gone.', content: problemContent } },
      [],
    ],
    [
      'a problem+json schema extending Problem with allOf',
      {
        '409': {
          description: 'Conflict.',
          content: {
            'application/problem+json': {
              schema: { allOf: [{ $ref: '#/components/schemas/Problem' }, { type: 'object' }] },
            },
          },
        },
      },
      [],
    ],
    [
      'a 4XX range response without content',
      { '4XX': { description: 'Client error.' } },
      ['ERROR_RESPONSE_NOT_PROBLEM #/paths/~1a/get/responses/4XX'],
    ],
    [
      'a 500 as application/json',
      { '500': { description: 'Oops.', content: { 'application/json': { schema: problem } } } },
      ['ERROR_RESPONSE_NOT_PROBLEM #/paths/~1a/get/responses/500'],
    ],
    [
      'problem+json with an inline schema',
      { '400': { description: 'Bad.', content: { 'application/problem+json': { schema: problem } } } },
      ['ERROR_RESPONSE_NOT_PROBLEM #/paths/~1a/get/responses/400/content/application~1problem+json'],
    ],
    ['a 3xx response, which is not an error', { '304': { description: 'Not modified.' } }, []],
  ])('%s', (_name, responses, want) => {
    expect(findings(withResponses(responses), CODES)).toEqual(want);
  });

  it('reports a shared error response once, at the component', () => {
    const document = documentWith(
      {
        '/a': {
          get: { operationId: 'getA', responses: { '404': { $ref: '#/components/responses/NotFound' } } },
        },
        '/b': {
          get: { operationId: 'getB', responses: { '404': { $ref: '#/components/responses/NotFound' } } },
        },
      },
      { schemas: { Problem: problem }, responses: { NotFound: { description: 'Gone.' } } },
    );
    expect(findings(document, CODES)).toEqual(['ERROR_RESPONSE_NOT_PROBLEM #/components/responses/NotFound']);
  });

  it('uses the configured problem schema name', () => {
    const document = withResponses(
      {
        '404': {
          description: 'Gone.',
          content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/ApiError' } } },
        },
      },
      { schemas: { ApiError: problem } },
    );
    expect(findings(document, CODES, { problemSchema: 'ApiError' })).toEqual([]);
    expect(messages(document, 'ERROR_RESPONSE_NOT_PROBLEM')).toEqual([
      'GET /a response 404: `application/problem+json` schema must be the Problem component, which does not exist; define components.schemas.Problem (or set lint.problemSchema)',
    ]);
  });
});
