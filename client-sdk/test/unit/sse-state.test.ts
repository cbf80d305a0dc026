import type { NetworkStatus } from '@specloom/sdk-runtime';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type ConnectionState, createClient } from '../../src/index.js';
import { fakeFetch } from './helpers/fake-fetch.js';

const BASE = 'http://api.test';

afterEach(() => {
  vi.useRealTimers();
});

/** The browser's online/offline status, switched by the test. */
function fakeNetwork(initiallyOnline = true) {
  let online = initiallyOnline;
  const listeners = new Set<(online: boolean) => void>();
  const status: NetworkStatus = {
    online: () => online,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return {
    status,
    set(value: boolean) {
      online = value;
      for (const listener of [...listeners]) listener(value);
    },
    listening: () => listeners.size,
  };
}

/** A stream that sends `text` and stays open until cancelled. */
function openStream(text: string): Response {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode(text));
    },
  });
  return new Response(body, { headers: { 'content-type': 'text/event-stream' } });
}

const event = (id: number) => `id: ${id}\ndata: {"taskId":"t${id}"}\n\n`;
const refused = () => {
  throw new TypeError('connect ECONNREFUSED');
};
const tick = (ms = 20) => new Promise((resolve) => setTimeout(resolve, ms));

describe('event stream connection state', () => {
  it('goes live, offline when the device is, back live once online, then closed, telling subscribers', async () => {
    const network = fakeNetwork();
    const { fetch } = fakeFetch((_request, index) =>
      index === 1 ? refused() : openStream(event(index + 1)),
    );
    const api = createClient({ baseUrl: BASE, fetch, retry: false });
    const seen: ConnectionState[] = [];
    const subscription = api.events.stream(
      { projectId: 'p1' },
      { reconnectDelayMs: 1, network: network.status },
    );
    subscription.onStateChange((state) => seen.push(state));
    expect(subscription.state).toBe('connecting');
    await subscription.next();
    expect(subscription.state).toBe('live');
    network.set(false); // the connection is dropped when the device goes offline
    await tick();
    expect(subscription.state).toBe('offline');
    network.set(true);
    const next = await subscription.next();
    expect(next.value).toMatchObject({ id: '3' });
    subscription.close();
    expect(subscription.state).toBe('closed');
    expect(seen).toEqual(['live', 'offline', 'reconnecting', 'live', 'closed']);
    expect(network.listening()).toBe(0);
  });

  it('reconnects as soon as the browser is back online instead of waiting out the delay', async () => {
    const network = fakeNetwork(false);
    const { fetch, requests } = fakeFetch((_request, index) =>
      index === 0 ? refused() : openStream(event(1)),
    );
    const api = createClient({ baseUrl: BASE, fetch, retry: false });
    const subscription = api.events.stream(
      { projectId: 'p1' },
      { reconnectDelayMs: 60_000, maxReconnectDelayMs: 60_000, network: network.status },
    );
    const first = subscription.next();
    await tick();
    expect(subscription.state).toBe('offline');
    expect(requests).toHaveLength(1);
    const started = Date.now();
    network.set(true);
    await expect(first).resolves.toMatchObject({ value: { id: '1' } });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(subscription.state).toBe('live');
    subscription.close();
  });

  it('once the endpoint is back after a long outage, reconnects within the bounded delay', async () => {
    vi.useFakeTimers();
    const network = fakeNetwork();
    let up = false;
    const { fetch, requests } = fakeFetch(() => (up ? openStream(event(1)) : refused()));
    const api = createClient({ baseUrl: BASE, fetch, retry: false, timeoutMs: 0 });
    const subscription = api.events.stream({ projectId: 'p1' }, { network: network.status });
    const first = subscription.next();
    await vi.advanceTimersByTimeAsync(60_000); // a minute of failed connections: backoff grows to its cap
    const failed = requests.length;
    expect(failed).toBeGreaterThan(10);
    up = true;
    await vi.advanceTimersByTimeAsync(5_000); // the default cap: never more than 5 s after it is back
    await expect(first).resolves.toMatchObject({ value: { id: '1' } });
    expect(requests.length).toBe(failed + 1);
    subscription.close();
  });

  it('is closed after the server refuses the stream', async () => {
    const { fetch } = fakeFetch(
      () =>
        new Response(JSON.stringify({ title: 'Forbidden', status: 403 }), {
          status: 403,
          headers: { 'content-type': 'application/problem+json' },
        }),
    );
    const api = createClient({ baseUrl: BASE, fetch });
    const states: ConnectionState[] = [];
    const subscription = api.events.stream(
      { projectId: 'p1' },
      { network: fakeNetwork().status, onStateChange: (state) => states.push(state) },
    );
    await expect(subscription.next()).rejects.toMatchObject({ status: 403 });
    expect(subscription.state).toBe('closed');
    expect(states).toEqual(['closed']);
  });
});
