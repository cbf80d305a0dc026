import { describe, expect, it } from 'vitest';
import { tamperedCredentials } from '../src/cases/auth.js';
import { checkExpectation } from '../src/checks/expectation.js';
import { documentedResponse, findProblemSchema, mediaTypeMatches } from '../src/contract.js';
import { toCurl } from '../src/http/curl.js';
import { buildRequest } from '../src/http/serialize.js';
import { formatJUnit } from '../src/report/junit.js';
import { selectOperations } from '../src/run.js';
import { normalize, type OperationModel } from '../src/specloom.js';
import { findFamilies } from '../src/stateful/families.js';
import { evaluateExpression } from '../src/stateful/links.js';
import type { ObservedResponse, Report, TestCase } from '../src/types.js';

const response: ObservedResponse = {
  status: 201,
  headers: { location: '/things/42' },
  bodyText: '{"id":"abc","nested":{"a/b":7}}',
  json: { id: 'abc', nested: { 'a/b': 7 } },
  durationMs: 1,
  truncated: false,
};

const spec = normalize({
  openapi: '3.1.0',
  info: { title: 'T', version: '1' },
  paths: {
    '/things': {
      get: { operationId: 'listThings', responses: { '200': { description: 'ok' } } },
      post: {
        operationId: 'createThing',
        responses: {
          '201': {
            description: 'made',
            links: {
              Read: { operationId: 'getThing', parameters: { thingId: '$response.header.Location' } },
            },
          },
        },
      },
    },
    '/things/{thingId}': {
      get: {
        operationId: 'getThing',
        parameters: [
          { name: 'thingId', in: 'path', required: true, schema: { type: 'string' } },
          { name: 'tags', in: 'query', schema: { type: 'array', items: { type: 'string' } } },
          { name: 'filter', in: 'query', style: 'deepObject', schema: { type: 'object' } },
        ],
        responses: {
          '200': { description: 'ok' },
          '4XX': {
            description: 'err',
            content: { 'application/problem+json': { schema: { type: 'object' } } },
          },
          default: { description: 'x' },
        },
      },
      delete: { operationId: 'deleteThing', responses: { '204': { description: 'gone' } } },
    },
  },
});
const operation = (id: string) => spec.operations.find((entry) => entry.operationId === id) as OperationModel;

describe('runtime expressions (OAS 3.1 §4.8.20.4)', () => {
  it.each([
    ['$response.body#/id', 'abc'],
    ['$response.body#/nested/a~1b', 7],
    ['$response.header.Location', '/things/42'],
    ['$request.path.thingId', 'p1'],
    ['$request.body#/name', 'n'],
    ['$statusCode', 201],
    ['constant', 'constant'],
    ['$response.body#/missing', undefined],
  ])('evaluates %s', (expression, want) => {
    expect(
      evaluateExpression(expression, {
        response,
        requestPath: { thingId: 'p1' },
        requestQuery: {},
        requestBody: { name: 'n' },
        url: '',
      }),
    ).toEqual(want);
  });
});

describe('resource families', () => {
  it('pairs a create with its item operations and reads the id source from the link', () => {
    const [family] = findFamilies(spec);
    expect(family?.create.operationId).toBe('createThing');
    expect(family?.read.operationId).toBe('getThing');
    expect(family?.remove?.operationId).toBe('deleteThing');
    expect(family?.list?.operationId).toBe('listThings');
    expect(family?.idExpression).toBe('$response.header.Location');
  });
});

describe('a POST that answers with its parent item', () => {
  it('derives no sequence from an action on the parent (adding assignees answers the issue)', () => {
    const issue = { $ref: '#/components/schemas/Issue' };
    const ok = (schema?: unknown) => ({
      description: 'ok',
      ...(schema ? { content: { 'application/json': { schema } } } : {}),
    });
    const model = normalize({
      openapi: '3.1.0',
      info: { title: 'issues', version: '1' },
      components: { schemas: { Issue: { type: 'object', properties: { number: { type: 'integer' } } } } },
      paths: {
        '/issues': { post: { operationId: 'createIssue', responses: { '201': ok(issue) } } },
        '/issues/{number}': {
          get: {
            operationId: 'getIssue',
            parameters: [{ name: 'number', in: 'path', required: true, schema: { type: 'integer' } }],
            responses: { '200': ok(issue) },
          },
        },
        '/issues/{number}/assignees': {
          post: {
            operationId: 'addAssignees',
            parameters: [{ name: 'number', in: 'path', required: true, schema: { type: 'integer' } }],
            responses: { '201': ok(issue) },
          },
        },
        '/issues/{number}/assignees/{assignee}': {
          get: {
            operationId: 'checkAssignee',
            parameters: [
              { name: 'number', in: 'path', required: true, schema: { type: 'integer' } },
              { name: 'assignee', in: 'path', required: true, schema: { type: 'string' } },
            ],
            responses: { '204': ok() },
          },
        },
      },
    });
    expect(
      findFamilies(model).map((family) => `${family.create.operationId} ${family.read.operationId}`),
    ).toEqual(['createIssue getIssue']);
  });
});

describe('status and media type matching', () => {
  it.each([
    [200, '200'],
    [404, '4XX'],
    [500, 'default'],
  ])('documents %i by %s', (status, want) => {
    expect(documentedResponse(operation('getThing'), status)?.status).toBe(want);
  });

  it.each([
    ['application/json; charset=utf-8', 'application/json', true],
    ['application/problem+json', 'application/json', false],
    ['image/png', 'image/*', true],
    ['text/plain', '*/*', true],
  ])('%s matches %s: %s', (actual, documented, want) => {
    expect(mediaTypeMatches(actual, documented)).toBe(want);
  });

  it('finds the problem schema from a problem+json response', () => {
    expect(findProblemSchema(spec)).toEqual({ type: 'object' });
  });
});

describe('requests', () => {
  it('serializes parameters by style and prints a replayable curl line', () => {
    const request = buildRequest(
      'http://api.test/v1/',
      operation('getThing'),
      {
        path: { thingId: 'a b' },
        query: { tags: ['x', 'y'], filter: { color: 'red' } },
        header: {},
        cookie: {},
      },
      { authorization: "Bearer it's" },
    );
    expect(request.url).toBe('http://api.test/v1/things/a%20b?tags=x&tags=y&filter%5Bcolor%5D=red');
    expect(toCurl(request)).toBe(
      `curl -i -X GET 'http://api.test/v1/things/a%20b?tags=x&tags=y&filter%5Bcolor%5D=red' -H 'authorization: Bearer it'\\''s'`,
    );
  });

  it('rebuilds a whitespace-padded oversize body in the shell instead of printing it', () => {
    const curl = toCurl({
      method: 'POST',
      url: 'http://x/',
      headers: {},
      body: { kind: 'text', text: `{"a":1}${' '.repeat(5000)}` },
    });
    expect(curl).toBe(`curl -i -X POST http://x/ --data-binary "$(printf '%s%*s' '{"a":1}' 5000 '')"`);
  });

  it.each([
    [
      'a JWT: the payload expires in 2001 and the signature stays',
      'Bearer aGVhZGVy.eyJzdWIiOiJ4IiwiZXhwIjo5OTk5OTk5OTk5fQ.c2ln',
    ],
    ['an opaque token: one character changes', 'Bearer opaque-token'],
  ])('tampers with %s', (_name, value) => {
    const tampered = tamperedCredentials({ authorization: value })?.authorization ?? '';
    expect(tampered).not.toBe(value);
    if (value.split('.').length === 3) {
      const payload = JSON.parse(Buffer.from(tampered.split('.')[1] ?? '', 'base64url').toString('utf8'));
      expect(payload.exp).toBeLessThan(Date.now() / 1000);
      expect(tampered.split('.')[2]).toBe('c2ln');
    }
  });
});

describe('operation selection', () => {
  it.each([
    [['get*'], [], ['getThing']],
    [[], ['*Thing'], ['listThings']],
    [['*'], ['delete*'], ['listThings', 'createThing', 'getThing']],
  ])('include %j exclude %j', (include, exclude, want) => {
    expect(
      selectOperations(spec.operations, include, exclude)
        .map((entry) => entry.operationId)
        .sort(),
    ).toEqual([...want].sort());
  });
});

describe('JUnit XML', () => {
  it('has one failure per finding, typed by check id, with escaped text', () => {
    const report: Report = {
      spec: { title: 'T & <U>', version: '1' },
      baseUrl: 'http://x',
      seed: 1,
      startedAt: '',
      durationMs: 1500,
      cases: 3,
      casesByKind: { positive: 3, negative: 0, auth: 0, method: 0, stateful: 0 },
      operations: { total: 1, exercised: 1 },
      groups: [],
      branches: { total: 0, exercised: 0, byOperation: {} },
      findings: [
        {
          check: 'not_a_server_error',
          operation: 'getThing',
          caseId: 'getThing:positive:generated',
          caseKind: 'positive',
          message: 'server error 500',
          expected: '< 500',
          actual: '500 "oops"',
          request: { method: 'GET', url: 'http://x/things/1' },
          curl: 'curl -i -X GET http://x/things/1',
          status: 500,
        },
      ],
      coverage: [
        {
          operation: 'getThing',
          method: 'GET',
          path: '/things/{thingId}',
          statuses: { '200': false },
          undocumented: [500],
          cases: 3,
        },
      ],
      notes: [],
    };
    const xml = formatJUnit(report);
    expect(xml).toContain(
      '<testsuites name="contract tests: T &amp; &lt;U&gt;" tests="3" failures="1" time="1.500">',
    );
    expect(xml).toContain('<failure type="not_a_server_error" message="server error 500">expected: &lt; 500');
    expect(xml).toContain('actual: 500 &quot;oops&quot;');
  });
});

describe('case expectations', () => {
  const observed = (status: number, headers: Record<string, string> = {}): ObservedResponse => ({
    status,
    headers,
    bodyText: '',
    durationMs: 1,
    truncated: false,
  });
  const request = { method: 'GET', url: 'http://x/things/1', headers: {} };
  it.each<[string, TestCase['expectation'], ObservedResponse, string[]]>([
    ['a valid request refused with 422', { kind: 'accepted' }, observed(422), ['positive_data_acceptance']],
    ['a valid request answered 404', { kind: 'accepted' }, observed(404), []],
    [
      'an invalid request accepted',
      { kind: 'rejected', violation: 'x' },
      observed(201),
      ['negative_data_rejection'],
    ],
    ['an invalid request refused', { kind: 'rejected', violation: 'x' }, observed(400), []],
    [
      'a request without credentials answered 200',
      { kind: 'unauthorized', variant: 'none' },
      observed(200),
      ['ignored_auth'],
    ],
    ['a request without credentials throttled', { kind: 'unauthorized', variant: 'none' }, observed(429), []],
    [
      'an undocumented method answered 405 without Allow',
      { kind: 'method-not-allowed', allowed: ['GET'] },
      observed(405),
      ['unsupported_method'],
    ],
    [
      'an undocumented method answered 405 with Allow',
      { kind: 'method-not-allowed', allowed: ['GET'] },
      observed(405, { allow: 'GET' }),
      [],
    ],
    [
      'an undocumented method answered 404',
      { kind: 'method-not-allowed', allowed: ['GET'] },
      observed(404),
      [],
    ],
  ])('%s', (_name, expectation, response, want) => {
    const testCase: TestCase = { id: 'c', kind: 'positive', description: 'c', request, expectation };
    expect(checkExpectation(testCase, response).map((failure) => failure.check)).toEqual(want);
  });
});
