import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient, cookieValue, expectProblem } from '../features/http/client.js';
import { startPostgres } from '../helpers/postgres.js';
import { reportMissingPrerequisite } from '../helpers/prerequisite.js';
import { type ServerProcess, spawnServer } from '../helpers/server-process.js';
import { sseReader } from '../helpers/sse.js';

/*
 * Two server processes on one PostgreSQL, as a deployment behind a load
 * balancer runs them: a client may land on either for any request, and
 * everything that used to live in one process's memory must hold across both.
 */

const RATE_LIMIT = 40;

describe('two server processes on one PostgreSQL', async () => {
  const postgres = await startPostgres();
  if (!postgres.available) {
    reportMissingPrerequisite('PostgreSQL', postgres.reason);
    return;
  }
  let databaseUrl: string;
  let a: ServerProcess;
  let b: ServerProcess;
  beforeAll(async () => {
    databaseUrl = await postgres.server.createDatabase();
    const env = {
      DATABASE_URL: databaseUrl,
      RATE_LIMIT_MAX: String(RATE_LIMIT),
      AUTH_RATE_LIMIT_MAX: '1000',
      REFRESH_RATE_LIMIT_MAX: '1000',
      REFRESH_REUSE_GRACE_SECONDS: '2',
      TRUST_PROXY: '1',
    };
    // One at a time: both would otherwise race to apply the migrations.
    a = await spawnServer(env);
    b = await spawnServer(env);
  });
  afterAll(async () => {
    await Promise.all([a?.stop('SIGKILL'), b?.stop('SIGKILL')]);
    await postgres.server.stop();
  });

  /** Each test counts against the shared rate limit from an address of its own. */
  const from = (address: string) => ({ 'x-forwarded-for': address });
  const clients = (address: string) => {
    const onA = apiClient(a.baseUrl);
    const onB = apiClient(b.baseUrl);
    const headers = from(address);
    const wrap = (client: ReturnType<typeof apiClient>) => ({
      call: (method: string, path: string, options: Parameters<typeof client.call>[2] = {}) =>
        client.call(method, path, { ...options, headers: { ...headers, ...options.headers } }),
    });
    return { onA: wrap(onA), onB: wrap(onB), signUp: onA.signUp };
  };
  const follow = (
    server: ServerProcess,
    token: string,
    projectId: string,
    extra: Record<string, string> = {},
  ) =>
    fetch(`${server.baseUrl}/projects/${projectId}/events`, {
      headers: { authorization: `Bearer ${token}`, ...extra },
    });
  const newProject = async (address: string) => {
    const { onA, signUp } = clients(address);
    const user = await signUp(`user-${address}`);
    const project = await onA.call('POST', '/projects', { token: user.token, body: { name: 'Shared' } });
    return { user, projectId: project.json.id as string };
  };

  it('when both start, then /ready reports the database and the event listener up on each', async () => {
    for (const server of [a, b]) {
      const ready = await fetch(`${server.baseUrl}/ready`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toEqual({ status: 'ready', checks: { database: 'up', events: 'up' } });
    }
  });

  it('when tasks are created through A, then a stream on B receives every one, in order, and the other way round', async () => {
    const { onA, onB } = clients('10.0.0.1');
    const { user, projectId } = await newProject('10.0.0.1');
    const onBStream = sseReader(await follow(b, user.token, projectId));
    const onAStream = sseReader(await follow(a, user.token, projectId));
    const created: string[] = [];
    for (let i = 0; i < 20; i += 1) {
      const task = await onA.call('POST', `/projects/${projectId}/tasks`, {
        token: user.token,
        body: { title: `t${i}` },
      });
      created.push(task.json.id);
    }
    const seenOnB = await onBStream.take(20);
    expect(seenOnB.map((frame) => JSON.parse(frame.data ?? '{}').taskId)).toEqual(created);
    expect(seenOnB.map((frame) => Number(frame.id))).toEqual(created.map((_, i) => i + 1));

    for (const taskId of created.slice(0, 10)) {
      await onB.call('PATCH', `/projects/${projectId}/tasks/${taskId}`, {
        token: user.token,
        body: { status: 'done' },
      });
    }
    const seenOnA = await onAStream.take(30);
    const updates = seenOnA.slice(20);
    expect(updates.map((frame) => frame.event)).toEqual(Array(10).fill('task.updated'));
    expect(updates.map((frame) => JSON.parse(frame.data ?? '{}').taskId)).toEqual(created.slice(0, 10));
    await Promise.all([onAStream.cancel(), onBStream.cancel()]);
  });

  it('when a client resumes on the other process with Last-Event-ID, then it gets exactly what it missed', async () => {
    const { onA } = clients('10.0.0.2');
    const { user, projectId } = await newProject('10.0.0.2');
    const first = sseReader(await follow(a, user.token, projectId));
    await onA.call('POST', `/projects/${projectId}/tasks`, { token: user.token, body: { title: 'seen' } });
    const seen = await first.next();
    await first.cancel();
    const missed = [];
    for (const title of ['missed 1', 'missed 2', 'missed 3']) {
      missed.push(
        (await onA.call('POST', `/projects/${projectId}/tasks`, { token: user.token, body: { title } })).json
          .id,
      );
    }
    const resumed = sseReader(await follow(b, user.token, projectId, { 'last-event-id': seen.id ?? '' }));
    const replayed = await resumed.take(3);
    expect(replayed.map((frame) => JSON.parse(frame.data ?? '{}').taskId)).toEqual(missed);
    await resumed.cancel();
  });

  it('when one client alternates between the processes, then they enforce one rate limit together', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < RATE_LIMIT + 4; i += 1) {
      const server = i % 2 === 0 ? a : b;
      statuses.push((await fetch(`${server.baseUrl}/nowhere`, { headers: from('10.0.0.3') })).status);
    }
    expect(statuses.filter((status) => status === 404)).toHaveLength(RATE_LIMIT);
    expect(statuses.slice(RATE_LIMIT)).toEqual([429, 429, 429, 429]);
  });

  it('when two tabs refresh with the same token on both processes at once, then one rotates it, both stay signed in, and later reuse revokes the family', async () => {
    const { onA, onB } = clients('10.0.0.4');
    const user = await clients('10.0.0.4').signUp('tabs');
    const cookie = { cookie: user.refreshCookie };
    const [tabA, tabB] = await Promise.all([
      onA.call('POST', '/auth/refresh', { headers: cookie }),
      onB.call('POST', '/auth/refresh', { headers: cookie }),
    ]);
    expect([tabA.status, tabB.status]).toEqual([200, 200]);
    const db = new pg.Client({ connectionString: databaseUrl });
    await db.connect();
    try {
      const rows = await db.query('select used_at from refresh_tokens where user_id = $1', [user.id]);
      // The original was used once (exactly one winner); each tab holds a live successor.
      expect(rows.rows.filter((row) => row.used_at !== null)).toHaveLength(1);
      expect(rows.rows).toHaveLength(3);
    } finally {
      await db.end();
    }
    // After the grace window, presenting the original again is theft: the family dies, tabs included.
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    expectProblem(await onB.call('POST', '/auth/refresh', { headers: cookie }), 401);
    expectProblem(
      await onA.call('POST', '/auth/refresh', { headers: { cookie: cookieValue(tabA.headers) } }),
      401,
    );
  });

  it('when an Idempotency-Key is retried on the other process, or raced on both, then one project is created and the same response replayed', async () => {
    const { onA, onB } = clients('10.0.0.5');
    const user = await clients('10.0.0.5').signUp('idem');
    const key = randomUUID();
    const create = (client: typeof onA) =>
      client.call('POST', '/projects', {
        token: user.token,
        body: { name: 'Once' },
        headers: { 'idempotency-key': key },
      });
    const [first, raced] = await Promise.all([create(onA), create(onB)]);
    const retried = await create(onB);
    expect([first.status, raced.status, retried.status]).toEqual([201, 201, 201]);
    expect(raced.json).toEqual(first.json);
    expect(retried.json).toEqual(first.json);
    const list = await onA.call('GET', '/projects', { token: user.token });
    expect(list.json.items).toHaveLength(1);
  });

  it('when a text field holds U+0000, then PostgreSQL is never asked to store it: 422, not 500', async () => {
    const { onB } = clients('10.0.0.6');
    const { user, projectId } = await newProject('10.0.0.6');
    expectProblem(
      await onB.call('POST', `/projects/${projectId}/tasks`, {
        token: user.token,
        body: { title: 'a\u0000b' },
      }),
      422,
    );
  });

  it('when a process gets SIGTERM, then it stops cleanly (exit 0) while the other keeps serving', async () => {
    expect(await b.stop('SIGTERM')).toBe(0);
    expect(b.output()).toMatch(/shutdown complete/);
    expect((await fetch(`${a.baseUrl}/ready`)).status).toBe(200);
  });
});
