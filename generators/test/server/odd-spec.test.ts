import { request as httpRequest } from 'node:http';
import { join, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planServer } from '../../src/server/plan.js';
import { type Handler, handlersFor, type RouterModule, type RunningApp, startApp } from './support/app.js';
import { type GeneratedApp, generateApp, generatorsRoot, removeApp, typeCheck } from './support/generate.js';

let app: GeneratedApp;
let running: RunningApp;
const calls: { operationId: string; input: Record<string, unknown>; context: Record<string, unknown> }[] = [];
let nextResult: unknown;

function recording(operationId: string): Handler {
  return async (input, context) => {
    calls.push({ operationId, input, context });
    const body = input.body as { stream?: Readable } | undefined;
    if (body?.stream !== undefined) {
      let size = 0;
      for await (const chunk of body.stream) size += (chunk as Buffer).length;
      return { status: 201, body: `stored ${size}`, headers: { 'X-Size': size } };
    }
    return nextResult;
  };
}

const OPERATIONS = [
  'get-task by id',
  'searchTasks',
  'class',
  'getThingsId',
  'putThingsId',
  'postThingsId',
  'deleteThingsId',
  'optionsThingsId',
  'patchThingsId',
  'traceThingsId',
  'submitForm',
  'putBlob',
  'undocumented',
];

beforeAll(async () => {
  app = await generateApp(resolve(generatorsRoot, 'test/server/fixtures/odd.yaml'), 'odd-spec');
  const plan = planServer(app.model);
  const module = (await import(join(app.dir, 'generated/server/router.ts'))) as RouterModule;
  const router = module.createRouter({
    handlers: handlersFor(plan, Object.fromEntries(OPERATIONS.map((id) => [id, recording(id)]))),
    security: {
      headerKey: async (key: string) => (key === 'k' ? { app: 'header' } : undefined),
      queryKey: async (key: string) => (key === 'k' ? { app: 'query' } : undefined),
      basic: async (credential: string) => (credential === 'ada:pw' ? { user: 'ada' } : undefined),
    },
    sseHeartbeatMs: 0,
  });
  running = await startApp(router);
}, 240_000);

afterAll(async () => {
  await running?.close();
  removeApp(app);
});

/** node:http rather than fetch: fetch refuses TRACE and follows redirects. */
function send(
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body?: string | Buffer,
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; text: string }> {
  return new Promise((resolvePromise, reject) => {
    const request = httpRequest(`${running.url}${path}`, { method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolvePromise({
          status: response.statusCode ?? 0,
          headers: response.headers,
          text: Buffer.concat(chunks).toString(),
        }),
      );
    });
    request.on('error', reject);
    request.end(body);
  });
}

const lastCall = () => calls[calls.length - 1];
const KEY = { 'x-api-key': 'k' };

describe('a spec full of odd corners', () => {
  it('type-checks strictly', async () => {
    expect(await typeCheck(app.dir)).toBe('');
  }, 240_000);

  it('routes /tasks/search before /tasks/{id} and reads deepObject queries', async () => {
    nextResult = { status: 200, body: { ok: true } };
    const response = await send('GET', '/tasks/search?filter[owner]=ada&filter[state]=open', KEY);
    expect(response.status).toBe(200);
    expect(lastCall()).toMatchObject({
      operationId: 'searchTasks',
      input: { query: { filter: { owner: 'ada', state: 'open' } } },
    });
  });

  it('coerces path parameters', async () => {
    nextResult = { status: 200, body: { id: 7 } };
    await send('GET', '/tasks/7?api_key=k');
    expect(lastCall()).toMatchObject({
      operationId: 'get-task by id',
      input: { path: { id: 7 } },
      context: { auth: { app: 'query' } },
    });
  });

  it('maps names like user-id, reads headers and cookies, and sends a 302 with its Location', async () => {
    nextResult = { status: 302, headers: { Location: '/elsewhere' } };
    const response = await send('GET', '/users/ada?flags=true,false', {
      'x-trace-id': 't1',
      cookie: 'session=s1',
    });
    expect(response.status).toBe(302);
    expect(response.headers.location).toBe('/elsewhere');
    expect(lastCall()).toMatchObject({
      operationId: 'class',
      input: {
        path: { 'user-id': 'ada' },
        headers: { 'x-trace-id': 't1' },
        cookies: { session: 's1' },
        query: { flags: [true, false] },
      },
      context: { auth: undefined },
    });
  });

  it('when a required header is missing, then 400 naming it', async () => {
    const response = await send('GET', '/users/ADA');
    expect(response.status).toBe(400);
    const paths = (JSON.parse(response.text) as { errors: { path: string }[] }).errors
      .map((error) => error.path)
      .sort();
    expect(paths).toEqual(['header/X-Trace-Id', 'path/user-id']);
  });

  it.each([
    ['a 4XX status', 409, { message: 'taken' }],
    ['a default status', 503, { code: 1 }],
  ])('sends %s through its documented response', async (_name, status, body) => {
    nextResult = { status, body };
    const response = await send('GET', '/users/ada', {
      'x-trace-id': 't',
      authorization: `Basic ${Buffer.from('ada:pw').toString('base64')}`,
    });
    expect(response.status).toBe(status);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(JSON.parse(response.text)).toEqual(body);
    expect(lastCall()?.context.auth).toEqual({ user: 'ada' });
  });

  it('sends the media type a result names', async () => {
    nextResult = { status: 200, contentType: 'text/csv', body: 'a,b' };
    const response = await send('GET', '/tasks/search', KEY);
    expect(response.headers['content-type']).toBe('text/csv');
    expect(response.text).toBe('a,b');
  });

  it.each(['GET', 'PUT', 'POST', 'DELETE', 'OPTIONS', 'PATCH', 'TRACE'])('serves %s', async (method) => {
    nextResult = method === 'GET' ? { status: 200, body: 'x' } : { status: 204 };
    const response = await send(method, '/things/1', KEY);
    expect(response.status).toBe(method === 'GET' ? 200 : 204);
    expect(lastCall()?.operationId).toBe(`${method.toLowerCase()}ThingsId`);
  });

  it('when no security alternative passes, then 401', async () => {
    expect((await send('GET', '/things/1')).status).toBe(401);
    expect((await send('GET', '/things/1', { 'x-api-key': 'wrong' })).status).toBe(401);
  });

  it('parses and validates form bodies', async () => {
    nextResult = { status: 200, body: {} };
    const ok = await send(
      'POST',
      '/forms',
      { 'content-type': 'application/x-www-form-urlencoded' },
      'name=ab&tags=x&tags=y',
    );
    expect(ok.status).toBe(200);
    expect(lastCall()?.input.body).toEqual({ name: 'ab', tags: ['x', 'y'] });
    const invalid = await send(
      'POST',
      '/forms',
      { 'content-type': 'application/x-www-form-urlencoded' },
      'name=a',
    );
    expect(invalid.status).toBe(422);
    expect(JSON.parse(invalid.text).errors[0].path).toBe('/name');
  });

  it('reads text bodies as strings', async () => {
    nextResult = { status: 200, body: {} };
    await send('POST', '/forms', { 'content-type': 'text/plain' }, 'hello');
    expect(lastCall()?.input.body).toBe('hello');
  });

  it('streams binary request bodies to the handler and sends typed text with numeric headers', async () => {
    const response = await send(
      'PUT',
      '/blobs',
      { ...KEY, 'content-type': 'application/octet-stream' },
      Buffer.alloc(3000),
    );
    expect(response.status).toBe(201);
    expect(response.headers['x-size']).toBe('3000');
    expect(response.text).toBe('stored 3000');
  });

  it('sends any status as JSON for an operation without documented responses', async () => {
    nextResult = { status: 202, body: { queued: true } };
    const response = await send('GET', '/nothing');
    expect(response.status).toBe(202);
    expect(JSON.parse(response.text)).toEqual({ queued: true });
  });
});
