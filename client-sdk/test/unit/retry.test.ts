import { describe, expect, it } from 'vitest';
import { backoffMs, DEFAULT_RETRY_POLICY, retryAfterMs } from '../../../sdk-runtime/src/retry.js';
import { createClient, NetworkError, ProblemError } from '../../src/index.js';
import { fakeFetch, fastRetry, json, problem, task } from './helpers/fake-fetch.js';

const BASE = 'http://api.test';
const project = {
  id: 'p1',
  name: 'Launch',
  description: null,
  ownerId: 'u1',
  createdAt: '2026-11-25T09:00:00Z',
  updatedAt: '2026-11-25T09:00:00Z',
};

function failingThen(failures: Response[], success: () => Response) {
  return fakeFetch((_request, index) => failures[index] ?? success());
}

describe('retry policy', () => {
  it.each([
    ['503', () => problem(503)],
    ['500', () => problem(500)],
    ['429 with Retry-After: 0', () => problem(429, {}, { 'retry-after': '0' })],
  ])('retries a GET after %s and returns the later success', async (_name, failure) => {
    const { fetch, requests } = failingThen([failure(), failure()], () => json(200, task));
    const api = createClient({ baseUrl: BASE, fetch, retry: fastRetry });
    await expect(api.tasks.get({ projectId: 'p1', taskId: 't1' })).resolves.toEqual(task);
    expect(requests).toHaveLength(3);
    // One request id per logical call, reused by its retries.
    expect(new Set(requests.map((request) => request.headers.get('x-request-id'))).size).toBe(1);
  });

  it.each([400, 401, 403, 404, 409, 422])('never retries a %i', async (status) => {
    const { fetch, requests } = fakeFetch(() => problem(status));
    const api = createClient({ baseUrl: BASE, fetch, retry: fastRetry, auth: { refresh: false } });
    await expect(api.tasks.list({ projectId: 'p1' })).rejects.toMatchObject({ status });
    // A 401 may trigger one refresh attempt; no call is repeated because of its status.
    expect(requests.filter((request) => request.url.pathname === '/projects/p1/tasks')).toHaveLength(1);
  });

  it('stops after the configured number of attempts and throws the last answer', async () => {
    const { fetch, requests } = fakeFetch(() => problem(503));
    const api = createClient({ baseUrl: BASE, fetch, retry: { ...fastRetry, attempts: 4 } });
    const error = await api.tasks.get({ projectId: 'p1', taskId: 't1' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ProblemError);
    expect(requests).toHaveLength(4);
  });

  it('does not retry a POST without an Idempotency-Key', async () => {
    const { fetch, requests } = fakeFetch(() => problem(503));
    const api = createClient({ baseUrl: BASE, fetch, retry: fastRetry });
    await expect(
      api.comments.create({ projectId: 'p1', taskId: 't1' }, { body: 'hi', parentId: null }),
    ).rejects.toMatchObject({ status: 503 });
    expect(requests).toHaveLength(1);
  });

  it('retries a POST that declares Idempotency-Key, sending one generated key on every attempt', async () => {
    const { fetch, requests } = failingThen([problem(503)], () => json(201, project));
    const api = createClient({ baseUrl: BASE, fetch, retry: fastRetry });
    await expect(api.projects.create({ name: 'Launch' })).resolves.toEqual(project);
    expect(requests).toHaveLength(2);
    const keys = requests.map((request) => request.headers.get('idempotency-key'));
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
    expect(requests[1]?.body).toBe(JSON.stringify({ name: 'Launch' }));
  });

  it('keeps a caller-chosen Idempotency-Key', async () => {
    const { fetch, requests } = fakeFetch(() => json(201, project));
    const api = createClient({ baseUrl: BASE, fetch });
    await api.projects.create({ name: 'Launch' }, { idempotencyKey: 'my-key' });
    expect(requests[0]?.headers.get('idempotency-key')).toBe('my-key');
  });

  it('retries network failures of idempotent calls, then reports them as NetworkError', async () => {
    let calls = 0;
    const fetch = async () => {
      calls++;
      throw new TypeError('fetch failed');
    };
    const api = createClient({ baseUrl: BASE, fetch, retry: fastRetry });
    await expect(api.tasks.get({ projectId: 'p1', taskId: 't1' })).rejects.toBeInstanceOf(NetworkError);
    expect(calls).toBe(DEFAULT_RETRY_POLICY.attempts);
  });

  it('does not wait for a Retry-After that exceeds the time budget', async () => {
    const { fetch, requests } = fakeFetch(() => problem(429, {}, { 'retry-after': '3600' }));
    const api = createClient({ baseUrl: BASE, fetch, retry: fastRetry });
    await expect(api.tasks.get({ projectId: 'p1', taskId: 't1' })).rejects.toMatchObject({ status: 429 });
    expect(requests).toHaveLength(1);
  });

  it('can be switched off per call', async () => {
    const { fetch, requests } = fakeFetch(() => problem(503));
    const api = createClient({ baseUrl: BASE, fetch, retry: fastRetry });
    await expect(api.tasks.get({ projectId: 'p1', taskId: 't1' }, { retry: false })).rejects.toMatchObject({
      status: 503,
    });
    expect(requests).toHaveLength(1);
  });
});

describe('backoff', () => {
  it('grows exponentially, is capped, and is jittered below the ceiling', () => {
    const policy = { ...DEFAULT_RETRY_POLICY, baseDelayMs: 100, maxDelayMs: 1000 };
    expect([1, 2, 3, 4, 5].map((attempt) => backoffMs(attempt, policy, () => 0.999))).toEqual([
      99, 199, 399, 799, 999,
    ]);
    expect(backoffMs(3, policy, () => 0)).toBe(0);
  });

  it.each([
    ['seconds', '5', 5000],
    ['an HTTP date', 'Wed, 25 Nov 2026 10:00:10 GMT', 10_000],
    ['garbage', 'soon', undefined],
  ])('reads Retry-After given as %s', (_name, value, want) => {
    const response = new Response(null, { headers: { 'retry-after': value } });
    expect(retryAfterMs(response, Date.parse('Wed, 25 Nov 2026 10:00:00 GMT'))).toBe(want);
  });
});
