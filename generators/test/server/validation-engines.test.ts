import { join, resolve } from 'node:path';
import type { RequestHandler } from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planServer } from '../../src/server/plan.js';
import { type Handler, handlersFor, type RouterModule, type RunningApp, startApp } from './support/app.js';
import { type GeneratedApp, generateApp, generatorsRoot, removeApp } from './support/generate.js';

const PROJECT = '0b7f2c1e-4d3a-4e8b-9a61-2f5c8d9e1a47';
const AUTH = { authorization: 'Bearer t' };
type Mode = 'zod' | 'openapi-validator' | 'off';

const apps = new Map<Mode, RunningApp>();
const received = new Map<Mode, Record<string, unknown>>();
let module: RouterModule;
let document: Record<string, unknown>;
let app: GeneratedApp;

beforeAll(async () => {
  app = await generateApp(resolve(generatorsRoot, '../openapi/openapi.yaml'), 'validation-engines');
  const plan = planServer(app.model);
  document = app.model.document;
  module = (await import(join(app.dir, 'generated/server/router.ts'))) as RouterModule;
  for (const mode of ['zod', 'openapi-validator', 'off'] as const) {
    const record: Handler = async (input) => {
      received.set(mode, input);
      return { status: 200, body: { items: [], nextCursor: null } };
    };
    const router = module.createRouter({
      handlers: handlersFor(plan, {
        listTasks: record,
        createTask: record,
        uploadAttachment: async (input) => {
          const body = input.body as { stream: AsyncIterable<Buffer> };
          let size = 0;
          for await (const chunk of body.stream) size += chunk.length;
          return { status: 201, body: { size } };
        },
      }),
      security: { bearerAuth: async () => ({ userId: 'u' }) },
      validateRequests: mode,
      apiSpec: document,
    });
    apps.set(mode, await startApp(router));
  }
}, 240_000);

afterAll(async () => {
  for (const running of apps.values()) await running.close();
  removeApp(app);
});

function get(mode: Mode, query: string) {
  return fetch(`${apps.get(mode)?.url}/projects/${PROJECT}/tasks?${query}`, { headers: AUTH });
}

function post(mode: Mode, body: unknown) {
  return fetch(`${apps.get(mode)?.url}/projects/${PROJECT}/tasks`, {
    method: 'POST',
    headers: { ...AUTH, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

describe('validateRequests', () => {
  it.each([
    ['zod', 5],
    ['openapi-validator', 5],
    ['off', '5'],
  ] as const)('%s hands the handler limit=%j', async (mode, limit) => {
    expect((await get(mode, 'limit=5')).status).toBe(200);
    expect(received.get(mode)?.query).toMatchObject({ limit });
  });

  it.each([
    ['zod', 400],
    ['openapi-validator', 400],
    ['off', 200],
  ] as const)('%s answers an out-of-range query with %i', async (mode, status) => {
    const response = await get(mode, 'limit=1000');
    expect(response.status).toBe(status);
    if (status === 400) {
      const problem = (await response.json()) as {
        kind: string;
        errors: { path: string; message: string }[];
      };
      expect(problem.kind).toBe('request_validation');
      expect(problem.errors).toEqual([
        expect.objectContaining({ path: 'query/limit', message: 'must be at most 100' }),
      ]);
    }
  });

  it.each([
    ['zod', 422],
    ['openapi-validator', 422],
    ['off', 200],
  ] as const)('%s answers a body that breaks the schema with %i', async (mode, status) => {
    const response = await post(mode, { title: 42 });
    expect(response.status).toBe(status);
    if (status === 422) {
      const problem = (await response.json()) as { errors: { path: string; message: string }[] };
      expect(problem.errors).toContainEqual(
        expect.objectContaining({ path: '/title', message: 'must be a string' }),
      );
    }
  });

  it.each([
    'zod',
    'openapi-validator',
    'off',
  ] as const)('%s hands multipart uploads over unread', async (mode) => {
    const form = new FormData();
    form.append('file', new Blob(['0123456789'], { type: 'text/plain' }), 'a.txt');
    const response = await fetch(`${apps.get(mode)?.url}/projects/${PROJECT}/tasks/${PROJECT}/attachments`, {
      method: 'POST',
      headers: AUTH,
      body: form,
    });
    expect(response.status).toBe(201);
    expect(((await response.json()) as { size: number }).size).toBeGreaterThan(10);
  });

  it('checks responses when the app mounts the validator with validateResponses', async () => {
    const validatorModule = (await import(join(app.dir, 'generated/server/openapi-validator.ts'))) as {
      openApiValidator(options: Record<string, unknown>): RequestHandler[];
    };
    let body: unknown = { items: [], nextCursor: null };
    const router = module.createRouter({
      handlers: handlersFor(planServer(app.model), { listTasks: async () => ({ status: 200, body }) }),
      security: { bearerAuth: async () => ({ userId: 'u' }) },
    });
    const checked = await startApp(router, [
      ...validatorModule.openApiValidator({
        apiSpec: document,
        validateRequests: false,
        validateResponses: true,
      }),
    ]);
    try {
      const url = `${checked.url}/projects/${PROJECT}/tasks`;
      expect((await fetch(url, { headers: AUTH })).status).toBe(200);
      body = { items: 'not a list', nextCursor: null };
      expect((await fetch(url, { headers: AUTH })).status).toBe(500);
    } finally {
      await checked.close();
    }
  });

  it('refuses openapi-validator without the spec, at start-up', () => {
    expect(() =>
      module.createRouter({
        handlers: {},
        security: { bearerAuth: async () => ({}) },
        validateRequests: 'openapi-validator',
      }),
    ).toThrow(/apiSpec/);
  });

  it('refuses a router with a missing handler, at start-up', () => {
    expect(() => module.createRouter({ handlers: {}, security: { bearerAuth: async () => ({}) } })).toThrow(
      /missing handlers\.auth\.login/,
    );
  });
});
