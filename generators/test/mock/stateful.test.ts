import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LoadedSpec, loadSpec } from '../../src/load/index.js';
import { type MockServer, RESET_PATH, SeedFileError, startMock } from '../../src/mock/index.js';

const SPEC = resolve(import.meta.dirname, '../../../openapi/openapi.yaml');
const JSON_AUTH = { authorization: 'Bearer test-token', 'content-type': 'application/json' };

let spec: LoadedSpec;
let mock: MockServer;
let scratch: string;
const SEEDED = {
  id: '11111111-2222-4333-8444-555555555555',
  name: 'Seeded',
  description: null,
  ownerId: '99999999-2222-4333-8444-555555555555',
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
};

beforeAll(async () => {
  spec = await loadSpec(SPEC);
  scratch = await mkdtemp(join(tmpdir(), 'specloom-mock-'));
  const seedFile = join(scratch, 'seed.json');
  await writeFile(seedFile, JSON.stringify({ '/projects': [SEEDED] }));
  // A fixed token: the stateful mock otherwise accepts only the access tokens its sign-in operations issued.
  mock = await startMock({ spec, port: 0, stateful: true, seedFile, tokens: ['test-token'] });
}, 60_000);

afterAll(async () => {
  await mock?.close();
  await rm(scratch, { recursive: true, force: true });
});

const call = (method: string, path: string, body?: unknown) =>
  fetch(`${mock.url}${path}`, {
    method,
    headers: JSON_AUTH,
    body: body === undefined ? undefined : JSON.stringify(body),
  });

describe('stateful mock', () => {
  it('keeps created resources: create, read, update, list, delete, then 404', async () => {
    const created = await call('POST', '/projects', { name: 'Launch', description: 'Ship it' });
    expect(created.status).toBe(201);
    const project = (await created.json()) as { id: string; name: string; description: string };
    expect(project).toMatchObject({ name: 'Launch', description: 'Ship it' });
    expect(created.headers.get('location')).toBe(`/projects/${project.id}`);

    const read = await call('GET', `/projects/${project.id}`);
    expect(read.status).toBe(200);
    expect(await read.json()).toEqual(project);

    const patched = await call('PATCH', `/projects/${project.id}`, { name: 'Relaunch' });
    expect(patched.status).toBe(200);
    expect(await patched.json()).toMatchObject({ id: project.id, name: 'Relaunch', description: 'Ship it' });
    expect(await (await call('GET', `/projects/${project.id}`)).json()).toMatchObject({ name: 'Relaunch' });

    const listed = (await (await call('GET', '/projects')).json()) as {
      items: Array<{ id: string }>;
      nextCursor: unknown;
    };
    expect(listed.items.map((item) => item.id)).toEqual([SEEDED.id, project.id]);
    expect(listed.nextCursor).toBeNull();

    const deleted = await call('DELETE', `/projects/${project.id}`);
    expect(deleted.status).toBe(204);
    const gone = await call('GET', `/projects/${project.id}`);
    expect(gone.status).toBe(404);
    expect(gone.headers.get('content-type')).toContain('application/problem+json');
    expect((await (await call('GET', '/projects')).json()) as { items: unknown[] }).toMatchObject({
      items: [SEEDED],
    });
  });

  it('pages lists with the limit and the returned cursor', async () => {
    await call('POST', '/projects', { name: 'A' });
    await call('POST', '/projects', { name: 'B' });
    const first = (await (await call('GET', '/projects?limit=2')).json()) as {
      items: unknown[];
      nextCursor: string;
    };
    expect(first.items).toHaveLength(2);
    const second = (await (await call('GET', `/projects?limit=2&cursor=${first.nextCursor}`)).json()) as {
      items: Array<{ name: string }>;
      nextCursor: unknown;
    };
    expect(second.items.map((item) => item.name)).toEqual(['B']);
    expect(second.nextCursor).toBeNull();
  });

  it('keeps nested collections apart by their parent', async () => {
    const project = (await (await call('POST', '/projects', { name: 'Parent' })).json()) as { id: string };
    const created = await call('POST', `/projects/${project.id}/tasks`, { title: 'Write docs' });
    expect(created.status).toBe(201);
    const task = (await created.json()) as { id: string; projectId: string; title: string };
    expect(task).toMatchObject({ projectId: project.id, title: 'Write docs' });
    const read = await call('GET', `/projects/${project.id}/tasks/${task.id}`);
    expect(await read.json()).toEqual(task);
    const elsewhere = await call('GET', `/projects/${SEEDED.id}/tasks/${task.id}`);
    expect(elsewhere.status).toBe(404);
  });

  it('restores the seed state on reset', async () => {
    await call('POST', '/projects', { name: 'Temporary' });
    const reset = await fetch(`${mock.url}${RESET_PATH}`, { method: 'POST' });
    expect(reset.status).toBe(204);
    const listed = (await (await call('GET', '/projects')).json()) as { items: unknown[] };
    expect(listed.items).toEqual([SEEDED]);
  });

  it('still validates requests before touching state', async () => {
    const invalid = await call('POST', '/projects', { name: '' });
    expect(invalid.status).toBe(422);
    const listed = (await (await call('GET', '/projects')).json()) as { items: unknown[] };
    expect(listed.items).not.toContainEqual(expect.objectContaining({ name: '' }));
  });

  it.each([
    ['not an object', '[1]', /must be an object/],
    ['an item without id', '{"/projects":[{"name":"x"}]}', /must be an object with an "id"/],
    ['a key that is not a path', '{"projects":[]}', /must be a path/],
  ])('refuses a seed file that is %s', async (_name, contents, message) => {
    const seedFile = join(scratch, 'bad-seed.json');
    await writeFile(seedFile, contents);
    const failure = startMock({ spec, port: 0, stateful: true, seedFile });
    await expect(failure).rejects.toBeInstanceOf(SeedFileError);
    await expect(failure).rejects.toThrow(message);
  });
});
