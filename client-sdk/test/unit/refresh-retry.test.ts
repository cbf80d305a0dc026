import { describe, expect, it, vi } from 'vitest';
import { createClient, NetworkError, ProblemError } from '../../src/index.js';
import { fakeFetch, json, problem, session, task } from './helpers/fake-fetch.js';

const BASE = 'http://api.test';
const fastRefreshRetry = { baseDelayMs: 1, maxDelayMs: 2 };

/** A server whose refresh answers `failures` in turn, then a fresh token; other calls need that token. */
function serverWithFlakyRefresh(failures: (() => Response)[]) {
  let refreshes = 0;
  const { fetch, requests } = fakeFetch((request) => {
    if (new URL(request.url).pathname === '/auth/refresh') {
      const failure = failures[refreshes++];
      return failure ? failure() : json(200, session('fresh'));
    }
    return request.headers.get('authorization') === 'Bearer fresh' ? json(200, task) : problem(401);
  });
  const refreshCount = () => requests.filter((request) => request.url.pathname === '/auth/refresh').length;
  return { fetch, refreshCount };
}

const connectionReset = () => {
  throw new TypeError('fetch failed', {
    cause: Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }),
  });
};

describe('when the refresh fails for a passing reason', () => {
  it.each([
    ['429 with Retry-After: 0', () => problem(429, {}, { 'retry-after': '0' })],
    ['503', () => problem(503)],
    ['502', () => problem(502)],
    ['a connection reset', connectionReset],
  ])('retries a refresh answered %s and the call succeeds, still signed in', async (_name, failure) => {
    const onUnauthenticated = vi.fn();
    const { fetch, refreshCount } = serverWithFlakyRefresh([failure, failure]);
    const api = createClient({
      baseUrl: BASE,
      fetch,
      retry: false,
      auth: { onUnauthenticated, refreshRetry: fastRefreshRetry },
    });
    api.session.setAccessToken('expired');
    await expect(api.tasks.get({ projectId: 'p1', taskId: 't1' })).resolves.toEqual(task);
    expect(refreshCount()).toBe(3);
    expect(onUnauthenticated).not.toHaveBeenCalled();
    expect(await api.session.getAccessToken()).toBe('fresh');
  });

  it('when the failures outlast the retries, then the call reports them and the session is kept', async () => {
    const onUnauthenticated = vi.fn();
    const { fetch, refreshCount } = serverWithFlakyRefresh(
      Array.from({ length: 10 }, () => () => problem(503)),
    );
    const api = createClient({
      baseUrl: BASE,
      fetch,
      retry: false,
      auth: { onUnauthenticated, refreshRetry: { ...fastRefreshRetry, attempts: 3 } },
    });
    api.session.setAccessToken('expired');
    const error = await api.tasks.get({ projectId: 'p1', taskId: 't1' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ProblemError);
    expect((error as ProblemError).status).toBe(503);
    expect(refreshCount()).toBe(3);
    expect(onUnauthenticated).not.toHaveBeenCalled();
    expect(await api.session.getAccessToken()).toBe('expired');
  });

  it('when the network stays down, then the call throws a NetworkError, not a 401', async () => {
    const onUnauthenticated = vi.fn();
    const { fetch } = serverWithFlakyRefresh(Array.from({ length: 10 }, () => connectionReset));
    const api = createClient({
      baseUrl: BASE,
      fetch,
      retry: false,
      auth: { onUnauthenticated, refreshRetry: { ...fastRefreshRetry, attempts: 2 } },
    });
    api.session.setAccessToken('expired');
    await expect(api.tasks.get({ projectId: 'p1', taskId: 't1' })).rejects.toBeInstanceOf(NetworkError);
    expect(onUnauthenticated).not.toHaveBeenCalled();
  });

  it('waits as long as the Retry-After of a 429 says', async () => {
    vi.useFakeTimers();
    try {
      const { fetch, refreshCount } = serverWithFlakyRefresh([
        () => problem(429, {}, { 'retry-after': '2' }),
      ]);
      const api = createClient({ baseUrl: BASE, fetch, retry: false, timeoutMs: 0 });
      api.session.setAccessToken('expired');
      const pending = api.tasks.get({ projectId: 'p1', taskId: 't1' });
      await vi.advanceTimersByTimeAsync(1900);
      expect(refreshCount()).toBe(1);
      await vi.advanceTimersByTimeAsync(200);
      await expect(pending).resolves.toEqual(task);
      expect(refreshCount()).toBe(2);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('when the refresh answers 401', () => {
  it('ends the session at once, without retrying', async () => {
    const onUnauthenticated = vi.fn();
    const { fetch, refreshCount } = serverWithFlakyRefresh(
      Array.from({ length: 10 }, () => () => problem(401)),
    );
    const api = createClient({
      baseUrl: BASE,
      fetch,
      auth: { onUnauthenticated, refreshRetry: fastRefreshRetry },
    });
    api.session.setAccessToken('expired');
    await expect(api.tasks.get({ projectId: 'p1', taskId: 't1' })).rejects.toMatchObject({ status: 401 });
    expect(refreshCount()).toBe(1);
    expect(onUnauthenticated).toHaveBeenCalledTimes(1);
    expect(await api.session.getAccessToken()).toBeUndefined();
  });

  it('after transient failures, a final 401 still ends the session', async () => {
    const onUnauthenticated = vi.fn();
    const { fetch, refreshCount } = serverWithFlakyRefresh([() => problem(503), () => problem(401)]);
    const api = createClient({
      baseUrl: BASE,
      fetch,
      auth: { onUnauthenticated, refreshRetry: fastRefreshRetry },
    });
    api.session.setAccessToken('expired');
    await expect(api.tasks.get({ projectId: 'p1', taskId: 't1' })).rejects.toMatchObject({ status: 401 });
    expect(refreshCount()).toBe(2);
    expect(onUnauthenticated).toHaveBeenCalledTimes(1);
  });
});
