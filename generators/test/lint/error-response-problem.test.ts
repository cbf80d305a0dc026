import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/lint/index.js';
import { loadSpec } from '../../src/load/index.js';
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

  it('names the Swagger 2.0 place of the schema for a Swagger 2.0 spec', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'specloom-problem-'));
    try {
      const path = join(dir, 'swagger.json');
      const swagger = {
        swagger: '2.0',
        info: { title: 'Test', version: '1.0.0' },
        paths: {
          '/a': {
            get: {
              operationId: 'getA',
              responses: { '200': { description: 'OK.' }, '404': { description: 'Gone.' } },
            },
          },
        },
      };
      writeFileSync(path, JSON.stringify(swagger));
      const spec = await loadSpec(path);
      const found = lint(spec, { extends: 'specloom:strict' })
        .filter((diagnostic) => diagnostic.code === 'ERROR_RESPONSE_NOT_PROBLEM')
        .map((diagnostic) => diagnostic.message);
      expect(found).toEqual([
        "GET /a response 404: has no content; add `application/problem+json` with schema $ref '#/definitions/Problem'",
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
