import { afterEach, describe, expect, it } from 'vitest';
import { PROBLEM_TYPE_BASE } from '../../src/shared/errors/index.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';

/* The probes through the generated router, with response validation on. */

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('GET /health and GET /ready', () => {
  it('when the server is up, then /health is 200 ok', async () => {
    server = await startTestServer();
    const response = await fetch(`${server.baseUrl}/health`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('when the database answers, then /ready is 200 with the database and event checks up', async () => {
    server = await startTestServer();
    const response = await fetch(`${server.baseUrl}/ready`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ready', checks: { database: 'up', events: 'up' } });
  });

  it('when the database is gone, then /ready is 503 problem+json while /health stays 200', async () => {
    server = await startTestServer();
    await server.server.database.close();
    const ready = await fetch(`${server.baseUrl}/ready`);
    expect(ready.status).toBe(503);
    expect(ready.headers.get('content-type')).toBe('application/problem+json');
    expect(await ready.json()).toMatchObject({
      type: `${PROBLEM_TYPE_BASE}service-unavailable`,
      status: 503,
      detail: 'Unreachable: database.',
      instance: '/ready',
    });
    expect((await fetch(`${server.baseUrl}/health`)).status).toBe(200);
  });

  it('when a probe is called with a wrong method, then 405 problem+json with Allow', async () => {
    server = await startTestServer();
    const response = await fetch(`${server.baseUrl}/health`, { method: 'DELETE' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toMatch(/GET/);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
  });
});
