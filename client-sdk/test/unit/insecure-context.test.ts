import { webcrypto } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { combineSignals } from '../../../sdk-runtime/src/abort.js';
import { randomId } from '../../../sdk-runtime/src/random-id.js';
import { createClient } from '../../src/index.js';
import { fakeFetch, json, task } from './helpers/fake-fetch.js';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** What `crypto` looks like on a plain-http LAN origin: no `randomUUID`, only `getRandomValues`. */
const insecureCrypto = { getRandomValues: webcrypto.getRandomValues.bind(webcrypto) };

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('outside a secure context (plain http on a LAN address)', () => {
  it('sends calls with a request id and an idempotency key although crypto.randomUUID is missing', async () => {
    vi.stubGlobal('crypto', insecureCrypto);
    expect((globalThis.crypto as { randomUUID?: unknown }).randomUUID).toBeUndefined();
    const { fetch, requests } = fakeFetch(() => json(201, { ...task, id: 'p1', name: 'Launch' }));
    const api = createClient({ baseUrl: 'http://192.168.1.20:3000', fetch });
    await api.projects.create({ name: 'Launch' });
    expect(requests).toHaveLength(1);
    expect(requests[0]?.headers.get('x-request-id')).toMatch(UUID_V4);
    expect(requests[0]?.headers.get('idempotency-key')).toMatch(UUID_V4);
  });

  it('makes distinct version-4 UUIDs from getRandomValues', () => {
    const ids = new Set(Array.from({ length: 200 }, () => randomId(insecureCrypto)));
    expect(ids.size).toBe(200);
    for (const id of ids) expect(id).toMatch(UUID_V4);
  });

  it('uses crypto.randomUUID where it exists', () => {
    expect(randomId({ randomUUID: () => 'native' })).toBe('native');
  });
});

describe('without AbortSignal.any (Safari before 17.4)', () => {
  it('still enforces timeouts', async () => {
    vi.stubGlobal(
      'AbortSignal',
      Object.assign(function AbortSignal() {}, { prototype: AbortSignal.prototype }),
    );
    expect((AbortSignal as { any?: unknown }).any).toBeUndefined();
    const { fetch } = fakeFetch(() => new Promise<Response>(() => {}));
    const api = createClient({ baseUrl: 'http://api.test', fetch, retry: false });
    await expect(api.tasks.get({ projectId: 'p1', taskId: 't1' }, { timeoutMs: 20 })).rejects.toMatchObject({
      name: 'TimeoutError',
    });
  });

  it('combines signals: the first to abort wins, with its reason', () => {
    const first = new AbortController();
    const second = new AbortController();
    const combined = combineSignals([first.signal, second.signal]);
    expect(combined.aborted).toBe(false);
    second.abort('second');
    first.abort('first');
    expect(combined.aborted).toBe(true);
    expect(combined.reason).toBe('second');
    const late = combineSignals([first.signal]);
    expect(late.reason).toBe('first');
  });
});
