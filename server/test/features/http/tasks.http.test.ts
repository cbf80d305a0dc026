import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/test-server.js';
import { apiClient, expectProblem } from './client.js';

describe('tasks, comments and activity over HTTP', () => {
  let server: TestServer;
  let api: ReturnType<typeof apiClient>;
  let ada: Awaited<ReturnType<ReturnType<typeof apiClient>['signUp']>>;
  let projectId: string;
  beforeAll(async () => {
    server = await startTestServer();
    api = apiClient(server.baseUrl);
    ada = await api.signUp('ada');
    projectId = (await api.call('POST', '/projects', { token: ada.token, body: { name: 'Tasks' } })).json.id;
  });
  afterAll(() => server.close());

  const tasksPath = () => `/projects/${projectId}/tasks`;
  const createTask = async (body: object) => {
    const result = await api.call('POST', tasksPath(), { token: ada.token, body });
    expect(result.status).toBe(201);
    return result;
  };

  it('when a task is created, then 201 with defaults, Location and ETag "1"', async () => {
    const created = await createTask({ title: 'Write', labels: ['copy'] });
    expect(created.json).toMatchObject({
      title: 'Write',
      status: 'todo',
      priority: 'medium',
      labels: ['copy'],
      version: 1,
    });
    expect(created.headers.get('etag')).toBe('"1"');
    expect(created.headers.get('location')).toBe(`${tasksPath()}/${created.json.id}`);
    const read = await api.call('GET', `${tasksPath()}/${created.json.id}`, { token: ada.token });
    expect(read.headers.get('etag')).toBe('"1"');
  });

  it('when If-Match is stale, then 412; when current, then 200 with the next ETag', async () => {
    const { json: task } = await createTask({ title: 'Concurrent' });
    const path = `${tasksPath()}/${task.id}`;
    const ok = await api.call('PATCH', path, {
      token: ada.token,
      body: { status: 'done' },
      headers: { 'if-match': '"1"' },
    });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('etag')).toBe('"2"');
    expectProblem(
      await api.call('PATCH', path, {
        token: ada.token,
        body: { title: 'Lost update' },
        headers: { 'if-match': '"1"' },
      }),
      412,
    );
    expect((await api.call('GET', path, { token: ada.token })).json).toMatchObject({
      title: 'Concurrent',
      version: 2,
    });
  });

  it('when the body breaks the schema, then 422 per field; when an assignee is not a member, then 409', async () => {
    const bad = await api.call('POST', tasksPath(), {
      token: ada.token,
      body: { title: '', priority: 'someday' },
    });
    expectProblem(bad, 422);
    expect((bad.json.errors as { path: string }[]).map((e) => e.path).sort()).toEqual([
      '/priority',
      '/title',
    ]);
    const tooLong = await api.call('POST', tasksPath(), {
      token: ada.token,
      body: { title: 'x'.repeat(201) },
    });
    expectProblem(tooLong, 422);
    // Written for people: the field, then what is wrong, without validator jargon.
    expect(tooLong.json.errors).toEqual([
      { path: '/title', message: 'must be at most 200 characters', code: 'too_big' },
    ]);
    expect(tooLong.json.detail).toBe('title: must be at most 200 characters.');
    const stranger = await api.signUp('stranger');
    expectProblem(
      await api.call('POST', tasksPath(), {
        token: ada.token,
        body: { title: 'x', assigneeId: stranger.id },
      }),
      409,
    );
  });

  it('when tasks are paged while others are being created, then none is skipped or repeated', async () => {
    const { json: project } = await api.call('POST', '/projects', {
      token: ada.token,
      body: { name: 'Paging' },
    });
    const path = `/projects/${project.id}/tasks`;
    const original: string[] = [];
    for (let i = 0; i < 7; i++) {
      original.push((await api.call('POST', path, { token: ada.token, body: { title: `t${i}` } })).json.id);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = `?limit=3${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const page = await api.call('GET', path + query, { token: ada.token });
      expect(page.status).toBe(200);
      seen.push(...page.json.items.map((t: { id: string }) => t.id));
      cursor = page.json.nextCursor;
      await api.call('POST', path, { token: ada.token, body: { title: 'inserted meanwhile' } });
    } while (cursor);
    expect(seen).toEqual([...original].reverse());
  });

  it('when filtering by repeated status, then the values combine with OR', async () => {
    const { json: project } = await api.call('POST', '/projects', {
      token: ada.token,
      body: { name: 'Filters' },
    });
    const path = `/projects/${project.id}/tasks`;
    for (const status of ['todo', 'in_progress', 'done']) {
      await api.call('POST', path, { token: ada.token, body: { title: status, status } });
    }
    const page = await api.call('GET', `${path}?status=todo&status=done&sort=createdAt`, {
      token: ada.token,
    });
    expect(page.json.items.map((t: { title: string }) => t.title)).toEqual(['todo', 'done']);
    expectProblem(await api.call('GET', `${path}?sort=title`, { token: ada.token }), 400);
  });

  it('when a task is created twice with one Idempotency-Key, then one task exists and the reply repeats', async () => {
    const headers = { 'idempotency-key': randomUUID() };
    const first = await api.call('POST', tasksPath(), { token: ada.token, body: { title: 'Once' }, headers });
    const retry = await api.call('POST', tasksPath(), { token: ada.token, body: { title: 'Once' }, headers });
    expect(retry.status).toBe(201);
    expect(retry.json).toEqual(first.json);
    expect(retry.headers.get('etag')).toBe(first.headers.get('etag'));
    expectProblem(
      await api.call('POST', tasksPath(), { token: ada.token, body: { title: 'Twice' }, headers }),
      409,
    );
  });

  it('when comments and replies are posted, then threads, single comments and activity read back', async () => {
    const { json: task } = await createTask({ title: 'Discuss' });
    const comments = `${tasksPath()}/${task.id}/comments`;
    const root = await api.call('POST', comments, { token: ada.token, body: { body: 'Question?' } });
    expect(root.status).toBe(201);
    expect(root.headers.get('location')).toBe(`${comments}/${root.json.id}`);
    const reply = await api.call('POST', comments, {
      token: ada.token,
      body: { body: 'Answer.', parentId: root.json.id },
    });
    expect(reply.status).toBe(201);
    expectProblem(
      await api.call('POST', comments, {
        token: ada.token,
        body: { body: 'Orphan', parentId: randomUUID() },
      }),
      409,
    );
    const list = await api.call('GET', comments, { token: ada.token });
    expect(list.json.items).toHaveLength(1);
    expect(list.json.items[0].replies[0]).toMatchObject({ id: reply.json.id, body: 'Answer.' });
    const single = await api.call('GET', `${comments}/${root.json.id}`, { token: ada.token });
    expect(single.json.replies).toHaveLength(1);
    expectProblem(await api.call('GET', `${comments}/${randomUUID()}`, { token: ada.token }), 404);

    const activity = await api.call('GET', `${tasksPath()}/${task.id}/activity`, { token: ada.token });
    expect(activity.json.items.map((a: { kind: string }) => a.kind)).toEqual([
      'task_created',
      'comment_added',
      'comment_added',
    ]);
  });

  it('when a task is deleted, then 204 and it is gone', async () => {
    const { json: task } = await createTask({ title: 'Temporary' });
    expect((await api.call('DELETE', `${tasksPath()}/${task.id}`, { token: ada.token })).status).toBe(204);
    expectProblem(await api.call('GET', `${tasksPath()}/${task.id}`, { token: ada.token }), 404);
    expectProblem(await api.call('DELETE', `${tasksPath()}/${task.id}`, { token: ada.token }), 404);
  });
});
