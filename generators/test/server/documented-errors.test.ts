/**
 * A generated server on specs that document only some error statuses: every
 * client mistake the router detects is answered with a status the operation
 * documents (else its `default`, else the failure's own status, said so in
 * `X-Specloom-Fallback`), in the body schema documented for that status.
 */
import { join, resolve } from 'node:path';
import { runContractTests } from '@specloom/contract-tests';
import type { ErrorRequestHandler } from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planServer } from '../../src/server/plan.js';
import { handlersFor, type RouterModule, type RunningApp, startApp } from './support/app.js';
import { type GeneratedApp, generateApp, generatorsRoot, removeApp } from './support/generate.js';

interface ParseSchema {
  safeParse(value: unknown): { success: boolean };
}
type ResponseSchemas = Record<string, Record<string, Record<string, ParseSchema>>>;

interface Running {
  spec: string;
  app: GeneratedApp;
  server: RunningApp;
  /** The zod target's response schemas, by operation, status and media type. */
  responses: ResponseSchemas;
}

const FALLBACK = 'x-specloom-fallback';

/** Generates the spec's server, mounts the router and the generated `routerErrorHandler()`. */
async function start(
  fixture: string,
  handlers: Record<string, () => Promise<unknown>>,
  options: Record<string, unknown> = {},
): Promise<Running> {
  const specPath = resolve(generatorsRoot, 'test/server/fixtures', fixture);
  const app = await generateApp(specPath, `${fixture}-${options.validateRequests ?? 'zod'}`);
  const router = (await import(join(app.dir, 'generated/server/router.ts'))) as RouterModule;
  const problem = (await import(join(app.dir, 'generated/server/problem.ts'))) as {
    routerErrorHandler(): ErrorRequestHandler;
  };
  const operations = (await import(join(app.dir, 'generated/zod/operations.ts'))) as Record<
    string,
    { responses?: Record<string, Record<string, ParseSchema>> }
  >;
  const server = await startApp(
    router.createRouter({
      handlers: handlersFor(planServer(app.model), handlers),
      security: { apiKey: async (key: string) => (key === 'good' ? { id: 'u1' } : undefined) },
      bodyLimit: 64,
      ...(options.validateRequests === 'openapi-validator' ? { apiSpec: specPath } : {}),
      ...options,
    }),
    [],
    [problem.routerErrorHandler()],
  );
  const responses = Object.fromEntries(
    Object.entries(operations).map(([name, entry]) => [name, entry.responses ?? {}]),
  );
  return { spec: specPath, app, server, responses };
}

/** `specloom test` against the running server: what it finds, one line per finding. */
async function contractFindings(running: Running): Promise<string[]> {
  const report = await runContractTests({
    spec: running.spec,
    baseUrl: running.server.url,
    seed: 1,
    maxExamples: 3,
    headers: { 'x-api-key': 'good' },
  });
  return report.findings.map((finding) => `${finding.check} ${finding.caseId}: ${finding.message}`);
}

const CONTRACT = 'when specloom test runs against it, then it finds no undocumented status or error shape';

interface Want {
  status: number;
  contentType: string;
  /** The documented response whose schema the body must satisfy (`default` included), or none. */
  documented?: string;
  /** Whether the answer says it stands in for an undocumented status. */
  fallback?: RegExp;
  body?: Record<string, unknown>;
}

async function check(
  running: Running,
  operationId: string,
  request: { path: string; method?: string; headers?: Record<string, string>; body?: string },
  want: Want,
): Promise<void> {
  const response = await fetch(`${running.server.url}${request.path}`, {
    method: request.method ?? 'GET',
    headers: request.headers ?? {},
    ...(request.body !== undefined ? { body: request.body } : {}),
  });
  expect(response.status).toBe(want.status);
  expect(response.headers.get('content-type')).toMatch(
    new RegExp(`^${want.contentType.replace('+', '\\+')}`),
  );
  if (want.fallback) expect(response.headers.get(FALLBACK)).toMatch(want.fallback);
  else expect(response.headers.get(FALLBACK)).toBeNull();
  const body = (await response.json()) as Record<string, unknown>;
  if (want.documented !== undefined) {
    const schemas = running.responses[operationId]?.[want.documented] ?? {};
    const schema = Object.values(schemas)[0];
    expect(schema, `${operationId} documents ${want.documented}`).toBeDefined();
    expect(schema?.safeParse(body).success, JSON.stringify(body)).toBe(true);
  }
  if (want.body) expect(body).toMatchObject(want.body);
}

const json = { 'content-type': 'application/json' };

describe('an operation documenting only 400, in the spec’s own error shape', () => {
  let running: Running;
  beforeAll(async () => {
    running = await start('documents-400.yaml', {
      createPet: async () => ({ status: 201, body: { name: 'Rex' } }),
      getPet: async () => ({ status: 200, body: { name: 'Rex' } }),
    });
  }, 240_000);
  afterAll(async () => {
    await running?.server.close();
    removeApp(running?.app);
  });

  const shape = (status: number) => ({ documented: '400', body: { code: status } }) as const;
  it.each([
    ['a body breaking its schema', { body: JSON.stringify({ name: 'far too long a name' }), headers: json }],
    ['malformed JSON', { body: '{"name": ', headers: json }],
    ['an undocumented Content-Type', { body: 'name=Rex', headers: { 'content-type': 'text/plain' } }],
    ['a body over the limit', { body: JSON.stringify({ name: 'x'.repeat(100) }), headers: json }],
    ['no body', { headers: json }],
    [
      'an Accept it cannot answer',
      { body: JSON.stringify({ name: 'Rex' }), headers: { ...json, accept: 'text/html' } },
    ],
  ])('when createPet gets %s, then the documented 400 with code and message', async (_name, request) => {
    await check(
      running,
      'createPet',
      { path: '/pets', method: 'POST', ...request },
      { status: 400, contentType: 'application/json', ...shape(400) },
    );
  });

  it('carries the failing fields’ message in the spec’s `message` member', async () => {
    const response = await fetch(`${running.server.url}/pets`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ name: 'far too long a name' }),
    });
    expect(await response.json()).toEqual({ code: 400, message: 'The request body is invalid (1 error).' });
  });

  it('when credentials are missing, then the documented 401 in the spec’s shape, with a challenge', async () => {
    await check(
      running,
      'getPet',
      { path: '/pets/1' },
      { status: 401, contentType: 'application/json', documented: '401', body: { code: 401 } },
    );
    const response = await fetch(`${running.server.url}/pets/1`, { headers: { 'x-api-key': 'bad' } });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('ApiKey realm="X-Api-Key"');
  });

  it('when the path parameter is invalid and neither 400 nor 422 is documented, then the documented 404', async () => {
    await check(
      running,
      'getPet',
      { path: '/pets/not-a-number', headers: { 'x-api-key': 'good' } },
      {
        status: 404,
        contentType: 'application/problem+json',
        body: { status: 404, title: 'Not Found', errors: [{ path: 'path/petId', code: 'invalid_type' }] },
      },
    );
  });

  it('when a query parameter is invalid and neither 400, 422 nor default is documented, then 400, said so', async () => {
    await check(
      running,
      'getPet',
      { path: '/pets/1?fields=some', headers: { 'x-api-key': 'good' } },
      {
        status: 400,
        contentType: 'application/problem+json',
        fallback: /^getPet documents no 400 or 422 response and no default; the status is not in the spec$/,
        body: { status: 400, title: 'Bad Request', errors: [{ path: 'query/fields' }] },
      },
    );
  });

  it('when the method is not the path’s, then 405 with Allow, said to be undocumented', async () => {
    const response = await fetch(`${running.server.url}/pets`, { method: 'DELETE' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
    expect(response.headers.get(FALLBACK)).toMatch(/no operation documents a 405 response/);
    expect(await response.json()).toMatchObject({ status: 405 });
  });

  it(CONTRACT, async () => {
    // The one status no rule can make documented: a wrong query value where getPet documents no 400/422/default.
    expect(await contractFindings(running)).toEqual([
      expect.stringMatching(
        /^status_code_conformance getPet:negative:query parameter fields.*status 400 is not documented/,
      ),
    ]);
  });

  it('still answers documented successes', async () => {
    const response = await fetch(`${running.server.url}/pets/7`, { headers: { 'x-api-key': 'good' } });
    expect(response.status).toBe(200);
  });
});

describe('operations documenting errors only as `default` (problem+json)', () => {
  let running: Running;
  beforeAll(async () => {
    running = await start('documents-default.yaml', {
      listThings: async () => ({ status: 200, body: [] }),
      createThing: async () => ({ status: 201, body: { label: 'a' } }),
    });
  }, 240_000);
  afterAll(async () => {
    await running?.server.close();
    removeApp(running?.app);
  });

  const viaDefault = (operationId: string) =>
    new RegExp(`^${operationId} documents no .* response; its default response is used$`);

  it.each([
    ['an invalid query parameter', 'listThings', { path: '/things?limit=99' }, 400],
    [
      'a body breaking its schema',
      'createThing',
      { path: '/things', method: 'POST', headers: json, body: '{"label":""}' },
      422,
    ],
    [
      'an undocumented Content-Type',
      'createThing',
      { path: '/things', method: 'POST', headers: { 'content-type': 'text/csv' }, body: 'a' },
      415,
    ],
  ])('when %s, then the default response with status %i in the problem', async (_name, operationId, request, status) => {
    await check(running, operationId, request, {
      status,
      contentType: 'application/problem+json',
      documented: 'default',
      fallback: viaDefault(operationId),
      body: { status },
    });
  });

  it(CONTRACT, async () => {
    expect(await contractFindings(running)).toEqual([]);
  });
});

describe('an operation documenting only 422 (problem+json)', () => {
  let running: Running;
  beforeAll(async () => {
    running = await start('documents-422.yaml', {
      createItem: async () => ({ status: 201, body: { sku: 'ABC' } }),
    });
  }, 240_000);
  afterAll(async () => {
    await running?.server.close();
    removeApp(running?.app);
  });

  it.each([
    ['a body breaking its schema', { path: '/items', body: '{"sku":"abc"}', headers: json }],
    ['an invalid query parameter', { path: '/items?dryRun=maybe', body: '{"sku":"ABC"}', headers: json }],
    ['malformed JSON', { path: '/items', body: '{', headers: json }],
    [
      'an undocumented Content-Type',
      { path: '/items', body: 'x', headers: { 'content-type': 'text/plain' } },
    ],
  ])('when createItem gets %s, then the documented 422', async (_name, request) => {
    await check(
      running,
      'createItem',
      { method: 'POST', ...request },
      { status: 422, contentType: 'application/problem+json', documented: '422', body: { status: 422 } },
    );
  });

  it(CONTRACT, async () => {
    expect(await contractFindings(running)).toEqual([]);
  });

  it('when the body is over the limit and neither 413 nor 400 is documented, then 413, said so', async () => {
    await check(
      running,
      'createItem',
      { path: '/items', method: 'POST', headers: json, body: JSON.stringify({ sku: 'x'.repeat(100) }) },
      {
        status: 413,
        contentType: 'application/problem+json',
        fallback: /^createItem documents no 413 or 400 response and no default/,
        body: { status: 413, title: 'Content Too Large' },
      },
    );
  });
});

describe('with express-openapi-validator as the validation engine', () => {
  let running: Running;
  beforeAll(async () => {
    running = await start(
      'documents-400.yaml',
      { createPet: async () => ({ status: 201, body: { name: 'Rex' } }) },
      { validateRequests: 'openapi-validator' },
    );
  }, 240_000);
  afterAll(async () => {
    await running?.server.close();
    removeApp(running?.app);
  });

  it('when the body breaks its schema, then the documented 400 (not the 422 it reports)', async () => {
    await check(
      running,
      'createPet',
      { path: '/pets', method: 'POST', headers: json, body: JSON.stringify({ name: 'far too long a name' }) },
      { status: 400, contentType: 'application/json', documented: '400', body: { code: 400 } },
    );
  });
});
