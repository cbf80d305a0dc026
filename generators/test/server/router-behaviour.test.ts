import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planServer, type ServerPlan } from '../../src/server/plan.js';
import { type Handler, handlersFor, type RouterModule, type RunningApp, startApp } from './support/app.js';
import { type GeneratedApp, generateApp, generatorsRoot, removeApp } from './support/generate.js';

const PROJECT = '0b7f2c1e-4d3a-4e8b-9a61-2f5c8d9e1a47';
const TASK = '5d1e9f3a-7b2c-4c8d-9e0f-1a2b3c4d5e6f';
const AUTH = { authorization: 'Bearer good-token' };

let running: RunningApp;
let app: GeneratedApp;
let heartbeatApp: RunningApp;
let plan: ServerPlan;
const stream = { returned: false, aborted: false };
const seen: Record<string, { input: Record<string, unknown>; context: Record<string, unknown> }> = {};

function recording(operationId: string, result: (input: Record<string, unknown>) => unknown): Handler {
  return async (input, context) => {
    seen[operationId] = { input, context };
    return result(input);
  };
}

const task = {
  id: TASK,
  projectId: PROJECT,
  title: 'Write',
  description: null,
  status: 'todo',
  priority: 'high',
  assigneeId: null,
  dueDate: null,
  estimateHours: null,
  labels: [],
  createdBy: PROJECT,
  createdAt: '2026-11-25T09:30:00Z',
  updatedAt: '2026-11-25T09:30:00Z',
  version: 1,
};

async function* twoEvents(): AsyncGenerator<unknown> {
  yield { id: '1', event: 'task.created', data: { type: 'task.created', taskId: TASK } };
  yield { id: '2', event: 'task.deleted', data: 'plain\ntext' };
}

beforeAll(async () => {
  app = await generateApp(resolve(generatorsRoot, '../openapi/openapi.yaml'), 'router-behaviour');
  plan = planServer(app.model);
  const module = (await import(join(app.dir, 'generated/server/router.ts'))) as RouterModule;
  const handlers = handlersFor(plan, {
    listTasks: recording('listTasks', () => ({ status: 200, body: { items: [task], nextCursor: null } })),
    createTask: recording('createTask', (input) => ({
      status: 201,
      body: { ...task, title: (input.body as { title: string }).title },
      headers: { Location: `/projects/${PROJECT}/tasks/${TASK}`, ETag: '"1"' },
    })),
    deleteTask: recording('deleteTask', () => ({ status: 204 })),
    getHealth: recording('getHealth', () => ({ status: 200, body: { status: 'ok' } })),
    streamProjectEvents: recording('streamProjectEvents', () => ({ status: 200, events: twoEvents() })),
    downloadAttachment: recording('downloadAttachment', () => ({
      status: 200,
      body: Readable.from([Buffer.from('hello '), Buffer.from('bytes')]),
      headers: { 'Content-Disposition': 'attachment; filename="a.txt"' },
    })),
    uploadAttachment: async (input) => {
      const body = input.body as { contentType: string; stream: Readable };
      let size = 0;
      for await (const chunk of body.stream) size += (chunk as Buffer).length;
      return {
        status: 422,
        body: { type: 'about:blank', title: `got ${size} bytes as ${body.contentType}`, status: 422 },
      };
    },
  });
  const router = module.createRouter({
    handlers,
    security: {
      bearerAuth: async (token: string) => (token === 'good-token' ? { userId: 'u1' } : undefined),
    },
    bodyLimit: 2048,
    sseHeartbeatMs: 0,
  });
  running = await startApp(router);

  // A second router whose event stream stays open, with a fast heartbeat.
  const endless = handlersFor(plan, {
    streamProjectEvents: async (_input, context) => {
      const signal = context.signal as AbortSignal;
      async function* events(): AsyncGenerator<unknown> {
        try {
          yield { id: '1', data: 'first' };
          await new Promise((resolve) => signal.addEventListener('abort', resolve, { once: true }));
        } finally {
          stream.returned = true;
          stream.aborted = signal.aborted;
        }
      }
      return { status: 200, events: events() };
    },
  });
  heartbeatApp = await startApp(
    module.createRouter({
      handlers: endless,
      security: { bearerAuth: async () => ({ userId: 'u1' }) },
      sseHeartbeatMs: 20,
    }),
  );
}, 240_000);

afterAll(async () => {
  await running?.close();
  await heartbeatApp?.close();
  removeApp(app);
});

describe('parameters', () => {
  it('coerces query values and applies defaults before the handler sees them', async () => {
    const response = await fetch(`${running.url}/projects/${PROJECT}/tasks?status=todo&sort=dueDate`, {
      headers: AUTH,
    });
    expect(response.status).toBe(200);
    expect(seen.listTasks?.input).toEqual({
      path: { projectId: PROJECT },
      query: { limit: 20, status: ['todo'], sort: 'dueDate' },
    });
    await fetch(`${running.url}/projects/${PROJECT}/tasks?limit=5&status=todo&status=done`, {
      headers: AUTH,
    });
    expect(seen.listTasks?.input.query).toEqual({ limit: 5, status: ['todo', 'done'], sort: '-createdAt' });
  });

  it('when several parameters are invalid, then 400 with one error per field', async () => {
    const response = await fetch(`${running.url}/projects/not-a-uuid/tasks?limit=1000&sort=sideways`, {
      headers: AUTH,
    });
    expect(response.status).toBe(400);
    const problem = (await response.json()) as { errors: { path: string; message: string; code: string }[] };
    expect(problem.errors.map((error) => error.path).sort()).toEqual([
      'path/projectId',
      'query/limit',
      'query/sort',
    ]);
    // Worded for people, without the validator's jargon.
    expect(problem.errors.find((error) => error.path === 'query/limit')).toMatchObject({
      message: 'must be at most 100',
      code: 'too_big',
    });
    expect(problem.errors.find((error) => error.path === 'path/projectId')?.message).toBe('must be a UUID');
  });
});

describe('bodies', () => {
  const create = (body: string, contentType = 'application/json') =>
    fetch(`${running.url}/projects/${PROJECT}/tasks`, {
      method: 'POST',
      headers: { ...AUTH, 'content-type': contentType },
      body,
    });

  it('sends the typed result: status, documented headers and the JSON body', async () => {
    const response = await create(JSON.stringify({ title: 'Ship it' }));
    expect(response.status).toBe(201);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('location')).toBe(`/projects/${PROJECT}/tasks/${TASK}`);
    expect(response.headers.get('etag')).toBe('"1"');
    expect(((await response.json()) as { title: string }).title).toBe('Ship it');
    expect(seen.createTask?.context).toMatchObject({ auth: { userId: 'u1' } });
    expect(typeof seen.createTask?.context.requestId).toBe('string');
  });

  it('when the JSON parses but breaks the schema, then 422 with one error per field', async () => {
    const response = await create(JSON.stringify({ title: 42, priority: 'critical', labels: 'x' }));
    expect(response.status).toBe(422);
    const problem = (await response.json()) as { errors: { path: string; message: string }[] };
    expect(Object.fromEntries(problem.errors.map((error) => [error.path, error.message]))).toEqual({
      '/labels': 'must be a list',
      '/priority': 'must be one of: low, medium, high, urgent',
      '/title': 'must be a string',
    });
  });

  it.each([
    ['malformed JSON', 400, '{"title": ', 'application/json', 'request_validation'],
    ['an undocumented media type', 415, 'title=x', 'text/plain', 'unsupported_media_type'],
    [
      'a body over the limit',
      413,
      JSON.stringify({ title: 'x'.repeat(4096) }),
      'application/json',
      'payload_too_large',
    ],
  ])('when the body is %s, then %i', async (_name, status, body, contentType, kind) => {
    const response = await create(body, contentType);
    expect(response.status).toBe(status);
    expect(((await response.json()) as { kind: string }).kind).toBe(kind);
  });

  it('hands multipart bodies to the handler unread', async () => {
    const form = new FormData();
    form.append('file', new Blob(['0123456789'], { type: 'text/plain' }), 'a.txt');
    const response = await fetch(`${running.url}/projects/${PROJECT}/tasks/${TASK}/attachments`, {
      method: 'POST',
      headers: AUTH,
      body: form,
    });
    expect(response.status).toBe(422);
    const problem = (await response.json()) as { title: string };
    expect(problem.title).toMatch(/^got \d+ bytes as multipart\/form-data; boundary=/);
  });
});

describe('routing and security', () => {
  it('when the path exists but the method does not, then 405 with Allow', async () => {
    const response = await fetch(`${running.url}/projects/${PROJECT}/tasks`, {
      method: 'PUT',
      headers: AUTH,
    });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, POST');
    expect(((await response.json()) as { kind: string }).kind).toBe('method_not_allowed');
  });

  it.each([
    ['no token', {}],
    ['a refused token', { authorization: 'Bearer bad-token' }],
    ['another scheme', { authorization: 'Basic Zm9vOmJhcg==' }],
  ])('when a secured operation gets %s, then 401', async (_name, headers) => {
    const response = await fetch(`${running.url}/projects/${PROJECT}/tasks`, { headers });
    expect(response.status).toBe(401);
    expect(((await response.json()) as { kind: string }).kind).toBe('security');
  });

  it('serves public operations without credentials', async () => {
    const response = await fetch(`${running.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });
});

describe('responses', () => {
  it('sends 204 without a body', async () => {
    const response = await fetch(`${running.url}/projects/${PROJECT}/tasks/${TASK}`, {
      method: 'DELETE',
      headers: AUTH,
    });
    expect(response.status).toBe(204);
    expect(await response.text()).toBe('');
  });

  it('streams Server-Sent Events as id/event/data frames', async () => {
    const response = await fetch(`${running.url}/projects/${PROJECT}/events`, { headers: AUTH });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/event-stream');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(await response.text()).toBe(
      'id: 1\nevent: task.created\ndata: {"type":"task.created","taskId":"' +
        TASK +
        '"}\n\nid: 2\nevent: task.deleted\ndata: plain\ndata: text\n\n',
    );
  });

  it('sends heartbeats on an idle stream and stops iterating when the client leaves', async () => {
    const controller = new AbortController();
    const response = await fetch(`${heartbeatApp.url}/projects/${PROJECT}/events`, {
      headers: AUTH,
      signal: controller.signal,
    });
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    let text = '';
    while (!text.includes(': ping\n\n')) {
      const { value, done } = await reader.read();
      if (done) break;
      text += Buffer.from(value).toString();
    }
    expect(text.startsWith('id: 1\ndata: first\n\n')).toBe(true);
    expect(text).toContain(': ping\n\n');
    controller.abort();
    await expect.poll(() => stream.returned, { timeout: 5000 }).toBe(true);
    expect(stream.aborted).toBe(true);
  });

  it('pipes binary streams with the documented media type and headers', async () => {
    const response = await fetch(
      `${running.url}/projects/${PROJECT}/tasks/${TASK}/attachments/${TASK}/content`,
      {
        headers: AUTH,
      },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/octet-stream');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="a.txt"');
    expect(await response.text()).toBe('hello bytes');
  });
});
