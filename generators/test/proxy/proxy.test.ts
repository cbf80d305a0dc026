import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSpec } from '../../src/load/index.js';
import { type ProxyServer, startProxy, VIOLATIONS_HEADER } from '../../src/proxy/index.js';

const SPEC = resolve(import.meta.dirname, '../../../openapi/openapi.yaml');
const AUTH = { authorization: 'Bearer test-token' };
const PROJECT = {
  id: '0b7f2c1e-4d3a-4e8b-9a61-2f5c8d9e1a47',
  name: 'Website relaunch',
  description: null,
  ownerId: '8f14e45f-ceea-4f67-a9a4-3b1f2c5d7e90',
  createdAt: '2026-11-25T09:15:00Z',
  updatedAt: '2026-11-25T09:15:00Z',
};

/** A backend that breaks the contract in a different way on each route. */
const WRONG_BACKEND: Record<string, { status: number; type: string; body: string }> = {
  'GET /projects': {
    status: 200,
    type: 'application/json',
    body: JSON.stringify({ items: [{ ...PROJECT, id: 7 }], nextCursor: null }),
  },
  [`GET /projects/${PROJECT.id}`]: { status: 200, type: 'application/json', body: JSON.stringify(PROJECT) },
  [`DELETE /projects/${PROJECT.id}`]: { status: 418, type: 'application/json', body: '{}' },
  'GET /auth/me': { status: 200, type: 'text/plain', body: 'hello' },
  [`PATCH /projects/${PROJECT.id}`]: {
    status: 404,
    type: 'application/json',
    body: JSON.stringify({ message: 'nope' }),
  },
};

let backend: Server;
let proxy: ProxyServer;
const logs: string[] = [];
const seen: string[] = [];

beforeAll(async () => {
  backend = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    const key = `${request.method} ${path}`;
    seen.push(`${key} auth=${request.headers.authorization ?? ''}`);
    const answer = WRONG_BACKEND[key] ?? { status: 500, type: 'text/plain', body: 'unexpected' };
    response.writeHead(answer.status, { 'content-type': answer.type });
    response.end(answer.body);
  });
  await new Promise<void>((done) => backend.listen(0, '127.0.0.1', () => done()));
  const target = `http://127.0.0.1:${(backend.address() as AddressInfo).port}`;
  proxy = await startProxy({ spec: await loadSpec(SPEC), target, port: 0, log: (line) => logs.push(line) });
}, 60_000);

afterAll(async () => {
  await proxy?.close();
  await new Promise((done) => backend?.close(done));
});

describe('proxy', () => {
  it('forwards a conforming exchange untouched and reports nothing', async () => {
    const response = await fetch(`${proxy.url}/projects/${PROJECT.id}`, { headers: AUTH });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(PROJECT);
    expect(response.headers.get(VIOLATIONS_HEADER)).toBeNull();
    expect(seen).toContain(`GET /projects/${PROJECT.id} auth=Bearer test-token`);
  });

  it.each([
    [
      'a body that does not match the schema',
      'GET',
      '/projects',
      undefined,
      /response \/items\/0\/id: .*string/,
      'listProjects',
    ],
    [
      'an undocumented status',
      'DELETE',
      `/projects/${PROJECT.id}`,
      undefined,
      /response status: status 418 is not documented/,
      'deleteProject',
    ],
    [
      'a wrong content type',
      'GET',
      '/auth/me',
      undefined,
      /content type "text\/plain" is not documented/,
      'getCurrentUser',
    ],
    [
      'an error body that is not problem+json',
      'PATCH',
      `/projects/${PROJECT.id}`,
      { name: 'x' },
      /not application\/problem\+json/,
      'updateProject',
    ],
    [
      'an invalid request',
      'PATCH',
      `/projects/${PROJECT.id}`,
      { name: '' },
      /request \/name: /,
      'updateProject',
    ],
  ])('reports %s in the header and a log line naming the operation', async (_name, method, path, body, pattern, operationId) => {
    logs.length = 0;
    const response = await fetch(`${proxy.url}${path}`, {
      method,
      headers: { ...AUTH, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const header = response.headers.get(VIOLATIONS_HEADER) ?? '';
    expect(header).toMatch(pattern);
    const line = logs.find((entry) => pattern.test(entry));
    expect(line).toBeDefined();
    expect(line?.startsWith(`${operationId} ${method} ${path}:`)).toBe(true);
  });

  it('passes the backend status and body through even when they are wrong', async () => {
    const response = await fetch(`${proxy.url}/auth/me`, { headers: AUTH });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('hello');
  });
});
