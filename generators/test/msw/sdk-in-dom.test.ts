// @vitest-environment happy-dom
import { mkdtemp, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { HttpHandler } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emitMsw, writeFiles } from './support.js';

/** The example SDK's surface this test drives (it lives in another package, loaded from its source). */
interface Problem {
  status: number;
  errors: { path: string }[];
}
interface Api {
  auth: {
    register(body: { email: string; password: string; displayName: string }): Promise<{ tokenType: string }>;
    getCurrentUser(): Promise<{ email: string }>;
  };
  projects: {
    create(body: { name: string }): Promise<{ id: string; name: string }>;
    get(params: { projectId: string }): Promise<{ id: string; name: string }>;
  };
  tasks: {
    create(params: { projectId: string }, body: { title: string }): Promise<{ id: string; title: string }>;
    get(params: { projectId: string; taskId: string }): Promise<{ id: string }>;
    delete(params: { projectId: string; taskId: string }): Promise<void>;
    list: { items(params: { projectId: string }): AsyncIterable<{ title: string }> };
  };
}
interface SdkModule {
  createClient(options: { baseUrl: string }): Api;
  ProblemError: abstract new (...args: never[]) => Problem;
}
const SDK_ENTRY = pathToFileURL(resolve(import.meta.dirname, '../../../client-sdk/src/index.ts')).href;
let ProblemError: SdkModule['ProblemError'];

const EXAMPLE_SPEC = resolve(import.meta.dirname, '../../../openapi/openapi.yaml');
const BASE_URL = 'http://localhost:3000';

let dir: string;
let server: ReturnType<typeof setupServer>;
let api: Api;

beforeAll(async () => {
  // The handlers are generated now, from the spec, exactly as `specloom generate --targets msw` writes them.
  dir = await mkdtemp(join(import.meta.dirname, '.scratch-'));
  await writeFiles(dir, await emitMsw(EXAMPLE_SPEC));
  const { createMockApi } = (await import(join(dir, 'msw/handlers.ts'))) as {
    createMockApi(options: { stateful: boolean; baseUrl: string }): { handlers: HttpHandler[] };
  };
  server = setupServer(...createMockApi({ stateful: true, baseUrl: BASE_URL }).handlers);
  server.listen({ onUnhandledRequest: 'error' });
  const sdk = (await import(SDK_ENTRY)) as SdkModule;
  ProblemError = sdk.ProblemError;
  api = sdk.createClient({ baseUrl: BASE_URL });
}, 120_000);

afterAll(async () => {
  server?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('the SDK in a DOM environment against the generated MSW handlers (stateful)', () => {
  it('runs in a DOM environment', () => {
    expect(typeof window).toBe('object');
    expect(typeof document.createElement).toBe('function');
  });

  it('signs up and reads the current user', async () => {
    const session = await api.auth.register({
      email: 'front-end@example.com',
      password: 'correct horse battery staple',
      displayName: 'Front End',
    });
    expect(session.tokenType).toBe('Bearer');
    await expect(api.auth.getCurrentUser()).resolves.toHaveProperty('email');
  });

  it('creates, reads, lists and deletes a task, and a deleted task is a typed 404', async () => {
    const project = await api.projects.create({ name: 'Browser-first' });
    await expect(api.projects.get({ projectId: project.id })).resolves.toMatchObject({
      name: 'Browser-first',
    });
    const task = await api.tasks.create({ projectId: project.id }, { title: 'Build the board view' });
    const titles: string[] = [];
    for await (const item of api.tasks.list.items({ projectId: project.id })) titles.push(item.title);
    expect(titles).toEqual(['Build the board view']);
    await api.tasks.delete({ projectId: project.id, taskId: task.id });
    const gone = await api.tasks
      .get({ projectId: project.id, taskId: task.id })
      .catch((error: unknown) => error);
    expect(gone).toBeInstanceOf(ProblemError);
    expect((gone as Problem).status).toBe(404);
  });

  it('turns a validation error into a ProblemError with the failing field', async () => {
    const project = await api.projects.create({ name: 'Validation' });
    const invalid = await api.tasks
      .create({ projectId: project.id }, { title: '' })
      .catch((error: unknown) => error);
    expect(invalid).toBeInstanceOf(ProblemError);
    expect((invalid as Problem).errors.map((error) => error.path)).toEqual(['/body/title']);
  });
});
