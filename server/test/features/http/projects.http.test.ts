import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/test-server.js';
import { apiClient, expectProblem } from './client.js';

describe('projects and members over HTTP', () => {
  let server: TestServer;
  let api: ReturnType<typeof apiClient>;
  let ada: Awaited<ReturnType<ReturnType<typeof apiClient>['signUp']>>;
  let grace: typeof ada;
  let eve: typeof ada;
  beforeAll(async () => {
    server = await startTestServer();
    api = apiClient(server.baseUrl);
    ada = await api.signUp('ada');
    grace = await api.signUp('grace');
    eve = await api.signUp('eve');
  });
  afterAll(() => server.close());

  const createProject = async (name: string, token = ada.token) => {
    const result = await api.call('POST', '/projects', { token, body: { name } });
    expect(result.status).toBe(201);
    return result.json.id as string;
  };

  it('when a project is created, then 201 with Location, and it can be read, listed, updated and deleted', async () => {
    const created = await api.call('POST', '/projects', { token: ada.token, body: { name: 'Launch' } });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ name: 'Launch', description: null, ownerId: ada.id });
    const id = created.json.id as string;
    expect(created.headers.get('location')).toBe(`/projects/${id}`);

    expect((await api.call('GET', `/projects/${id}`, { token: ada.token })).json).toEqual(created.json);
    const list = await api.call('GET', '/projects?limit=100', { token: ada.token });
    expect(list.json.items.map((p: { id: string }) => p.id)).toContain(id);
    const patched = await api.call('PATCH', `/projects/${id}`, {
      token: ada.token,
      body: { description: 'Soon' },
    });
    expect(patched.json).toMatchObject({ name: 'Launch', description: 'Soon' });
    expect((await api.call('DELETE', `/projects/${id}`, { token: ada.token })).status).toBe(204);
    expectProblem(await api.call('GET', `/projects/${id}`, { token: ada.token }), 404);
  });

  it('when someone outside the project reaches for it, then every route answers 404', async () => {
    const id = await createProject('Private');
    const routes: [string, string, unknown?][] = [
      ['GET', `/projects/${id}`],
      ['PATCH', `/projects/${id}`, { name: 'Mine now' }],
      ['DELETE', `/projects/${id}`],
      ['GET', `/projects/${id}/members`],
      ['POST', `/projects/${id}/members`, { userId: eve.id }],
      ['GET', `/projects/${id}/tasks`],
      ['POST', `/projects/${id}/tasks`, { title: 'Sneaky' }],
      ['GET', `/projects/${id}/events`],
    ];
    for (const [method, path, body] of routes) {
      expectProblem(await api.call(method, path, { token: eve.token, body }), 404);
    }
  });

  it('when a plain member deletes the project or manages members, then 403', async () => {
    const id = await createProject('Team');
    expect(
      (await api.call('POST', `/projects/${id}/members`, { token: ada.token, body: { userId: grace.id } }))
        .status,
    ).toBe(201);
    expectProblem(await api.call('DELETE', `/projects/${id}`, { token: grace.token }), 403);
    expectProblem(
      await api.call('POST', `/projects/${id}/members`, { token: grace.token, body: { userId: eve.id } }),
      403,
    );
    expectProblem(await api.call('DELETE', `/projects/${id}/members/${ada.id}`, { token: grace.token }), 403);
  });

  it('when members are added and removed, then 201/409/404 and 204/409 as documented', async () => {
    const id = await createProject('Members');
    const added = await api.call('POST', `/projects/${id}/members`, {
      token: ada.token,
      body: { email: grace.email },
    });
    expect(added.status).toBe(201);
    expect(added.json).toMatchObject({ userId: grace.id, role: 'member' });
    expect(added.headers.get('location')).toBe(`/projects/${id}/members/${grace.id}`);
    expectProblem(
      await api.call('POST', `/projects/${id}/members`, { token: ada.token, body: { userId: grace.id } }),
      409,
    );
    expectProblem(
      await api.call('POST', `/projects/${id}/members`, {
        token: ada.token,
        body: { email: 'nobody@example.com' },
      }),
      404,
    );
    const members = await api.call('GET', `/projects/${id}/members`, { token: grace.token });
    expect(members.json.items.map((m: { userId: string }) => m.userId)).toEqual([ada.id, grace.id]);
    expectProblem(await api.call('DELETE', `/projects/${id}/members/${ada.id}`, { token: ada.token }), 409);
    expect(
      (await api.call('DELETE', `/projects/${id}/members/${grace.id}`, { token: ada.token })).status,
    ).toBe(204);
    expectProblem(await api.call('GET', `/projects/${id}`, { token: grace.token }), 404);
  });

  it('when a create is retried with the same Idempotency-Key and body, then the first 201 is replayed', async () => {
    const key = randomUUID();
    const headers = { 'idempotency-key': key };
    const first = await api.call('POST', '/projects', { token: ada.token, body: { name: 'Once' }, headers });
    const retry = await api.call('POST', '/projects', { token: ada.token, body: { name: 'Once' }, headers });
    expect(retry.status).toBe(201);
    expect(retry.json).toEqual(first.json);
    expect(retry.headers.get('location')).toBe(first.headers.get('location'));
    const mine = await api.call('GET', '/projects?limit=100', { token: ada.token });
    expect(mine.json.items.filter((p: { name: string }) => p.name === 'Once')).toHaveLength(1);

    expectProblem(
      await api.call('POST', '/projects', { token: ada.token, body: { name: 'Other' }, headers }),
      409,
    );
    // Keys are per user: the same key is free for someone else.
    expect(
      (await api.call('POST', '/projects', { token: grace.token, body: { name: 'Other' }, headers })).status,
    ).toBe(201);
  });

  it('when the cursor or limit is invalid, then 400', async () => {
    expectProblem(await api.call('GET', '/projects?cursor=garbage', { token: ada.token }), 400);
    expectProblem(await api.call('GET', '/projects?limit=0', { token: ada.token }), 400);
    // Integers as JSON values, but not integer text: a query integer is digits only.
    expectProblem(await api.call('GET', '/projects?limit=1e1', { token: ada.token }), 400);
    expectProblem(await api.call('GET', '/projects?limit=1.0', { token: ada.token }), 400);
  });
});
