import { describe, expect, it } from 'vitest';
import { createClient, TimeoutError } from '../../src/index.js';
import { json, task } from './helpers/fake-fetch.js';

const BASE = 'http://api.test';

/** A fetch that answers after `ms` (and honours abort like the platform's). */
function slowFetch(ms: number) {
  return (request: Request) =>
    new Promise<Response>((resolve, reject) => {
      const timer = setTimeout(() => resolve(json(200, task)), ms);
      request.signal.addEventListener('abort', () => {
        clearTimeout(timer);
        reject(request.signal.reason);
      });
    });
}

describe('timeouts', () => {
  it('fails with TimeoutError after the default timeout', async () => {
    const api = createClient({ baseUrl: BASE, fetch: slowFetch(1000), timeoutMs: 20, retry: false });
    await expect(api.tasks.get({ projectId: 'p1', taskId: 't1' })).rejects.toBeInstanceOf(TimeoutError);
  });

  it('lets one call wait longer than the default', async () => {
    const api = createClient({ baseUrl: BASE, fetch: slowFetch(50), timeoutMs: 10 });
    await expect(api.tasks.get({ projectId: 'p1', taskId: 't1' }, { timeoutMs: 1000 })).resolves.toEqual(
      task,
    );
  });

  it('times out even a fetch that ignores abort signals', async () => {
    const neverSettles = () => new Promise<Response>(() => undefined);
    const api = createClient({ baseUrl: BASE, fetch: neverSettles, retry: false });
    await expect(api.tasks.get({ projectId: 'p1', taskId: 't1' }, { timeoutMs: 20 })).rejects.toMatchObject({
      name: 'TimeoutError',
      timeoutMs: 20,
    });
  });

  it('passes a caller abort through as an abort, not a timeout', async () => {
    const api = createClient({ baseUrl: BASE, fetch: slowFetch(1000) });
    const controller = new AbortController();
    const call = api.tasks.get({ projectId: 'p1', taskId: 't1' }, { signal: controller.signal });
    controller.abort();
    const error = await call.catch((caught: unknown) => caught);
    expect(error).not.toBeInstanceOf(TimeoutError);
    expect((error as Error).name).toBe('AbortError');
  });
});
