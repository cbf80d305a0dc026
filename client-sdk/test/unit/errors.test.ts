import { describe, expect, it } from 'vitest';
import { createClient, getErrorMessage, NetworkError, ProblemError, TimeoutError } from '../../src/index.js';
import { fakeFetch, json, problem, task } from './helpers/fake-fetch.js';

const BASE = 'http://api.test';

async function errorFor(response: () => Response): Promise<unknown> {
  const { fetch } = fakeFetch(response);
  const api = createClient({ baseUrl: BASE, fetch, retry: false, auth: { refresh: false } });
  return api.tasks.get({ projectId: 'p1', taskId: 't1' }).catch((caught: unknown) => caught);
}

describe('ProblemError', () => {
  it('exposes the problem members, the raw response and the request id', async () => {
    const error = (await errorFor(() =>
      problem(422, {
        detail: 'Invalid body',
        request_id: 'req-1',
        errors: [{ path: '/title', message: 'is required', code: 'required' }],
      }),
    )) as ProblemError;
    expect(error).toBeInstanceOf(ProblemError);
    expect(error).toMatchObject({
      status: 422,
      title: 'Status 422',
      detail: 'Invalid body',
      requestId: 'req-1',
      type: 'about:blank',
    });
    expect(error.errors).toEqual([{ path: '/title', message: 'is required', code: 'required' }]);
    expect(error.response.status).toBe(422);
    expect(error.message).toBe('Status 422: Invalid body');
  });

  it('falls back to the X-Request-Id header and the status text for non-problem bodies', async () => {
    const error = (await errorFor(
      () =>
        new Response('upstream down', {
          status: 502,
          statusText: 'Bad Gateway',
          headers: { 'x-request-id': 'req-2' },
        }),
    )) as ProblemError;
    expect(error).toMatchObject({
      status: 502,
      title: 'Bad Gateway',
      requestId: 'req-2',
      body: 'upstream down',
      errors: [],
    });
  });
});

describe('getErrorMessage', () => {
  const answer = (
    status: number,
    extra: Record<string, unknown> = {},
    headers: Record<string, string> = {},
  ) => errorFor(() => problem(status, extra, headers));

  it.each([
    [401, /log in/],
    [403, /permission/],
    [404, /could not find/],
    [409, /conflicts/],
    [412, /changed by someone else/],
    [500, /our side/],
    [503, /our side/],
  ])('maps %i to a human message', async (status, want) => {
    expect(getErrorMessage(await answer(status))).toMatch(want);
  });

  it('lists field messages of a 422', async () => {
    const error = await answer(422, {
      errors: [{ path: '/title', message: 'is required' }, { message: 'too many labels' }],
    });
    expect(getErrorMessage(error)).toBe('Some fields are not valid. title: is required; too many labels');
  });

  it('says how long to wait after a 429 with Retry-After', async () => {
    expect(getErrorMessage(await answer(429, {}, { 'retry-after': '30' }))).toMatch(/wait.*about 30 s/);
  });

  it.each([
    ['a network failure', new NetworkError('fetch failed'), /could not reach the server/],
    ['a timeout', new TimeoutError(10), /too long/],
    ['anything else', new Error('boom'), /Something went wrong/],
  ])('maps %s', (_name, error, want) => {
    expect(getErrorMessage(error)).toMatch(want);
  });

  it('takes overrides, e.g. for translations', async () => {
    expect(getErrorMessage(await answer(404), { 404: 'Introuvable' })).toBe('Introuvable');
  });

  it('reports a network failure through the client as NetworkError', async () => {
    const api = createClient({
      baseUrl: BASE,
      fetch: () => Promise.reject(new TypeError('fetch failed')),
      retry: false,
    });
    const error = await api.health.get().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NetworkError);
    expect(getErrorMessage(error)).toMatch(/could not reach the server/);
  });
});

describe('configuration', () => {
  it('requires a base URL instead of assuming one', () => {
    expect(() => createClient({ baseUrl: '' })).toThrow(/baseUrl/);
  });

  it('gives the response next to the data when asked, e.g. for the ETag', async () => {
    const { fetch } = fakeFetch(() => json(200, task, { etag: '"1"' }));
    const api = createClient({ baseUrl: BASE, fetch });
    const { data, response } = await api.tasks.get.withResponse({ projectId: 'p1', taskId: 't1' });
    expect(data).toEqual(task);
    expect(response.headers.get('etag')).toBe('"1"');
    expect(api.tasks.get.operation).toEqual({
      id: 'getTask',
      method: 'GET',
      path: '/projects/{projectId}/tasks/{taskId}',
    });
  });

  it('keeps the raw openapi-fetch client reachable', async () => {
    const { fetch, requests } = fakeFetch(() => json(200, { status: 'ok' }));
    const api = createClient({ baseUrl: BASE, fetch, headers: { 'x-app': 'test' } });
    const { data } = await api.raw.GET('/health');
    expect(data).toEqual({ status: 'ok' });
    expect(requests[0]?.headers.get('x-app')).toBe('test');
    expect(requests[0]?.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});
