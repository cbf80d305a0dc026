import { fileURLToPath } from 'node:url';
import { type MockServer, startMock } from 'specloom/mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Api, createClient, isProblemError, ProblemError } from '../../src/index.js';
import * as validators from '../../src/validators.js';

const SPEC = fileURLToPath(new URL('../../../openapi/openapi.yaml', import.meta.url));

let mock: MockServer;
let api: Api;

beforeAll(async () => {
  // The stateful mock is what a front-end team works against before the backend exists.
  mock = await startMock({ spec: SPEC, port: 0, stateful: true });
  api = createClient({ baseUrl: mock.url, validators, validateResponses: true });
}, 120_000);

afterAll(async () => {
  await mock?.close();
});

describe('the SDK against the stateful mock of the example API', () => {
  let projectId = '';

  it('signs up with the mock and keeps the access token it answers with', async () => {
    const session = await api.auth.register({
      email: 'front-end@example.com',
      password: 'correct horse battery staple',
      displayName: 'Front End',
    });
    expect(session.tokenType).toBe('Bearer');
    await expect(api.auth.getCurrentUser()).resolves.toHaveProperty('email');
  });

  it('creates, reads, lists and deletes what it created, with responses validated against the spec', async () => {
    const project = await api.projects.create({ name: 'Mock-first' });
    projectId = project.id;
    await expect(api.projects.get({ projectId })).resolves.toMatchObject({
      id: projectId,
      name: 'Mock-first',
    });
    const task = await api.tasks.create({ projectId }, { title: 'Build the board view' });
    const titles: string[] = [];
    for await (const item of api.tasks.list.items({ projectId })) titles.push(item.title);
    expect(titles).toContain('Build the board view');
    await api.tasks.delete({ projectId, taskId: task.id });
    const gone = await api.tasks.get({ projectId, taskId: task.id }).catch((error: unknown) => error);
    expect(isProblemError(gone, api.tasks.get) && gone.status === 404).toBe(true);
  });

  it('turns the mock’s validation errors into a typed ProblemError with one entry per field', async () => {
    const invalid = await api.tasks.create({ projectId }, { title: '' }).catch((error: unknown) => error);
    expect(invalid).toBeInstanceOf(ProblemError);
    expect((invalid as ProblemError).status).toBe(422);
    expect((invalid as ProblemError).errors.map((error) => error.path)).toEqual([
      expect.stringContaining('title'),
    ]);
  });
});
