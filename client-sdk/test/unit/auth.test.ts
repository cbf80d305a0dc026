import { describe, expect, it, vi } from 'vitest';
import { createClient, ProblemError } from '../../src/index.js';
import { fakeFetch, json, problem, session, task } from './helpers/fake-fetch.js';

const BASE = 'http://api.test';

describe('authentication', () => {
  it('sends the token a login returned as a Bearer header, with cookies on the login call', async () => {
    const { fetch, requests } = fakeFetch((request) =>
      new URL(request.url).pathname === '/auth/login' ? json(200, session('t-1')) : json(200, task),
    );
    const api = createClient({ baseUrl: BASE, fetch });
    await api.auth.login({ email: 'ada@example.com', password: 'correct horse battery' });
    await api.tasks.get({ projectId: 'p1', taskId: 't1' });
    expect(requests[0]?.credentials).toBe('include');
    expect(requests[0]?.headers.get('authorization')).toBeNull();
    expect(requests[1]?.headers.get('authorization')).toBe('Bearer t-1');
    expect(requests[1]?.url.href).toBe(`${BASE}/projects/p1/tasks/t1`);
  });

  it('uses a caller-supplied token provider', async () => {
    const { fetch, requests } = fakeFetch(() => json(200, task));
    const api = createClient({ baseUrl: BASE, fetch, auth: { getAccessToken: async () => 'from-provider' } });
    await api.tasks.get({ projectId: 'p1', taskId: 't1' });
    expect(requests[0]?.headers.get('authorization')).toBe('Bearer from-provider');
  });

  it('when concurrent calls get 401, then one refresh runs and every call is retried once with the new token', async () => {
    let refreshes = 0;
    const { fetch, requests } = fakeFetch(async (request) => {
      const path = new URL(request.url).pathname;
      if (path === '/auth/refresh') {
        refreshes++;
        await new Promise((resolve) => setTimeout(resolve, 10));
        return json(200, session('fresh'));
      }
      return request.headers.get('authorization') === 'Bearer fresh' ? json(200, task) : problem(401);
    });
    const api = createClient({ baseUrl: BASE, fetch });
    api.session.setAccessToken('expired');
    const results = await Promise.all([1, 2, 3].map(() => api.tasks.get({ projectId: 'p1', taskId: 't1' })));
    expect(results).toEqual([task, task, task]);
    expect(refreshes).toBe(1);
    const refresh = requests.find((request) => request.url.pathname === '/auth/refresh');
    expect(refresh?.credentials).toBe('include');
    expect(refresh?.headers.get('authorization')).toBeNull();
    expect(requests.filter((request) => request.url.pathname !== '/auth/refresh')).toHaveLength(6);
    expect(await api.session.getAccessToken()).toBe('fresh');
  });

  it('when the refresh fails, then onUnauthenticated fires once and the 401 is thrown', async () => {
    const onUnauthenticated = vi.fn();
    const { fetch, requests } = fakeFetch(() => problem(401));
    const api = createClient({ baseUrl: BASE, fetch, auth: { onUnauthenticated } });
    api.session.setAccessToken('expired');
    const error = await api.tasks.get({ projectId: 'p1', taskId: 't1' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ProblemError);
    expect((error as ProblemError).status).toBe(401);
    expect(onUnauthenticated).toHaveBeenCalledTimes(1);
    expect(requests.map((request) => request.url.pathname)).toEqual([
      '/projects/p1/tasks/t1',
      '/auth/refresh',
    ]);
    expect(await api.session.getAccessToken()).toBeUndefined();
  });

  it('when the retried call is still 401, then it does not refresh a second time', async () => {
    const onUnauthenticated = vi.fn();
    const { fetch, requests } = fakeFetch((request) =>
      new URL(request.url).pathname === '/auth/refresh' ? json(200, session('fresh')) : problem(401),
    );
    const api = createClient({ baseUrl: BASE, fetch, auth: { onUnauthenticated } });
    await expect(api.tasks.get({ projectId: 'p1', taskId: 't1' })).rejects.toBeInstanceOf(ProblemError);
    expect(requests.map((request) => request.url.pathname)).toEqual([
      '/projects/p1/tasks/t1',
      '/auth/refresh',
      '/projects/p1/tasks/t1',
    ]);
    expect(onUnauthenticated).toHaveBeenCalledTimes(1);
  });
});

describe('public operations', () => {
  it('when a login is refused with 401, then no refresh runs and the session is not ended', async () => {
    const onUnauthenticated = vi.fn();
    const { fetch, requests } = fakeFetch(() => problem(401, { detail: 'Wrong email or password' }));
    const api = createClient({ baseUrl: BASE, fetch, auth: { onUnauthenticated } });
    await expect(
      api.auth.login({ email: 'ada@example.com', password: 'wrong password!' }),
    ).rejects.toMatchObject({ status: 401 });
    expect(requests.map((request) => request.url.pathname)).toEqual(['/auth/login']);
    expect(onUnauthenticated).not.toHaveBeenCalled();
  });
});
