import { Agent, request } from 'node:http';
import express from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/test-server.js';

/* Graceful shutdown: in-flight requests finish, streams end, new work is refused, the database closes. */

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Routes whose timing the test controls: a slow request, a stream, a request that never ends. */
function controlledRoutes(current: () => TestServer | undefined) {
  const routes = express.Router();
  let arrived: () => void = () => {};
  const arrival = new Promise<void>((resolve) => {
    arrived = resolve;
  });
  routes.get('/__test/slow', async (_req, res) => {
    arrived();
    await new Promise((resolve) => setTimeout(resolve, 300));
    res.json({ finished: true });
  });
  routes.get('/__test/stream', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    res.write('data: first\n\n');
    arrived();
    const signal = current()?.server.shutdownSignal;
    signal?.addEventListener('abort', () => res.end('data: bye\n\n'), { once: true });
  });
  routes.get('/__test/hang', () => {
    arrived();
  });
  return { routes, arrival };
}

/** A GET over a keep-alive agent through node:http, which shows the Connection header (fetch hides it). */
function get(url: string): Promise<{ status: number; type?: string; connection?: string }> {
  return new Promise((resolve, reject) => {
    const agent = new Agent({ keepAlive: true });
    request(url, { agent }, (res) => {
      res.resume();
      res.on('end', () => {
        agent.destroy();
        resolve({
          status: res.statusCode ?? 0,
          type: res.headers['content-type'],
          connection: res.headers.connection,
        });
      });
    })
      .on('error', reject)
      .end();
  });
}

describe('graceful shutdown', () => {
  it('when a request is in flight, then it completes, the signal fires and the database closes', async () => {
    const { routes, arrival } = controlledRoutes(() => server);
    server = await startTestServer({ extraRoutes: routes });
    const { baseUrl } = server;
    const inFlight = fetch(`${baseUrl}/__test/slow`);
    await arrival;

    const shutdown = server.server.shutdown();
    expect(server.server.shutdownSignal.aborted).toBe(true);
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ finished: true });
    expect(await shutdown).toBe(true);

    await expect(fetch(`${baseUrl}/__test/slow`)).rejects.toThrow();
    await expect(server.server.database.ping()).rejects.toThrow();
    expect(server.logs.where({ msg: 'shutdown complete' })).toHaveLength(1);
  });

  it('when a stream is open, then the shutdown signal ends it and shutdown completes in time', async () => {
    const { routes, arrival } = controlledRoutes(() => server);
    server = await startTestServer({ extraRoutes: routes });
    const response = await fetch(`${server.baseUrl}/__test/stream`);
    await arrival;
    const body = response.text();
    const startedAt = Date.now();
    expect(await server.server.shutdown()).toBe(true);
    expect(Date.now() - startedAt).toBeLessThan(2_000);
    expect(await body).toBe('data: first\n\ndata: bye\n\n');
  });

  it('when a request outlives the deadline, then its connection is cut and shutdown still finishes', async () => {
    const { routes, arrival } = controlledRoutes(() => server);
    server = await startTestServer({ extraRoutes: routes, env: { SHUTDOWN_TIMEOUT_MS: '200' } });
    const hanging = fetch(`${server.baseUrl}/__test/hang`);
    await arrival;
    expect(await server.server.shutdown()).toBe(false);
    await expect(hanging).rejects.toThrow();
    expect(
      server.logs.where({ msg: 'shutdown deadline passed: closing the remaining connections' }),
    ).toHaveLength(1);
  });

  it('when requests arrive while draining, then /ready and the API answer 503 with Connection: close, never a refused connection', async () => {
    const { routes, arrival } = controlledRoutes(() => server);
    server = await startTestServer({ extraRoutes: routes });
    const { baseUrl } = server;
    const inFlight = fetch(`${baseUrl}/__test/slow`);
    await arrival;
    const shutdown = server.server.shutdown();

    const ready = await get(`${baseUrl}/ready`);
    expect(ready).toMatchObject({ status: 503, type: 'application/problem+json', connection: 'close' });
    expect(await get(`${baseUrl}/projects`)).toMatchObject({ status: 503, connection: 'close' });
    expect(await get(`${baseUrl}/health`)).toMatchObject({ status: 200, connection: 'close' });

    expect((await inFlight).status).toBe(200);
    expect(await shutdown).toBe(true);
    await expect(fetch(`${baseUrl}/ready`)).rejects.toThrow();
  });

  it('when shutdown is called twice, then it runs once', async () => {
    server = await startTestServer();
    const [first, second] = [server.server.shutdown(), server.server.shutdown()];
    expect(first).toBe(second);
    await first;
    expect(server.logs.where({ msg: 'shutdown complete' })).toHaveLength(1);
  });
});
