import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sseReader } from '../../helpers/sse.js';
import { startTestServer, type TestServer } from '../../helpers/test-server.js';
import { apiClient, expectProblem } from './client.js';

describe('project events over HTTP (SSE)', () => {
  let server: TestServer;
  let api: ReturnType<typeof apiClient>;
  let ada: Awaited<ReturnType<ReturnType<typeof apiClient>['signUp']>>;
  let projectId: string;
  beforeAll(async () => {
    server = await startTestServer();
    api = apiClient(server.baseUrl);
    ada = await api.signUp('ada');
    projectId = (await api.call('POST', '/projects', { token: ada.token, body: { name: 'Live' } })).json.id;
  });
  afterAll(() => server.close());

  const follow = (headers: Record<string, string> = {}) =>
    fetch(`${server.baseUrl}/projects/${projectId}/events`, {
      headers: { authorization: `Bearer ${ada.token}`, accept: 'text/event-stream', ...headers },
    });
  const createTask = async (title: string) =>
    (await api.call('POST', `/projects/${projectId}/tasks`, { token: ada.token, body: { title } })).json
      .id as string;

  it('when a task changes, then followers receive id/event/data frames carrying a TaskEvent', async () => {
    const response = await follow();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const stream = sseReader(response);
    const taskId = await createTask('Live one');
    const frame = await stream.next();
    expect(frame.event).toBe('task.created');
    expect(frame.id).toMatch(/^\d+$/);
    expect(JSON.parse(frame.data ?? '{}')).toMatchObject({
      type: 'task.created',
      projectId,
      taskId,
      actorId: ada.id,
    });
    await stream.cancel();
  });

  it('when a client reconnects with Last-Event-ID, then it gets the events it missed', async () => {
    const first = sseReader(await follow());
    await createTask('seen');
    const seen = await first.next();
    await first.cancel();
    const missed = [await createTask('missed 1'), await createTask('missed 2')];

    const resumed = sseReader(await follow({ 'last-event-id': seen.id ?? '' }));
    const replayed = [await resumed.next(), await resumed.next()];
    expect(replayed.map((f) => JSON.parse(f.data ?? '{}').taskId)).toEqual(missed);
    await resumed.cancel();
  });

  it('when someone outside the project follows it, then 404', async () => {
    const eve = await api.signUp('eve');
    expectProblem(await api.call('GET', `/projects/${projectId}/events`, { token: eve.token }), 404);
  });
});

describe('project event streams and the server lifecycle', () => {
  it('when the stream is idle, then heartbeat comments keep it open; when the server shuts down, then it ends', async () => {
    const server = await startTestServer({ env: { SSE_HEARTBEAT_MS: '100' } });
    try {
      const api = apiClient(server.baseUrl);
      const ada = await api.signUp('ada');
      const projectId = (await api.call('POST', '/projects', { token: ada.token, body: { name: 'Idle' } }))
        .json.id;
      const response = await fetch(`${server.baseUrl}/projects/${projectId}/events`, {
        headers: { authorization: `Bearer ${ada.token}` },
      });
      const reader = response.body?.pipeThrough(new TextDecoderStream()).getReader();
      if (!reader) throw new Error('no body');
      let received = '';
      while (!/^:/m.test(received)) {
        const { value, done } = await reader.read();
        if (done) throw new Error('stream ended before a heartbeat');
        received += value;
      }

      const finished = server.server.shutdown();
      for (;;) {
        const { done } = await reader.read();
        if (done) break;
      }
      // Every request, the open stream included, finished within the shutdown deadline.
      expect(await finished).toBe(true);
    } finally {
      await server.close();
    }
  });
});
