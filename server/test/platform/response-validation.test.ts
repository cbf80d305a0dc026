import express from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/test-server.js';

/*
 * In development and tests every documented response is checked against the
 * spec, so a handler that drifts from the contract fails loudly (500 + log).
 * The routes below stand in for such a handler on a documented path.
 */

const drifting = express.Router();
drifting.get('/health', (_req, res) => {
  res.json({ status: 'fine', uptime: 'a while' });
});

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('response validation', () => {
  it('when a documented response breaks the schema, then the client gets 500 and the violation is logged', async () => {
    server = await startTestServer({ extraRoutes: drifting });
    const response = await fetch(`${server.baseUrl}/health`);
    expect(response.status).toBe(500);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    const [logged] = server.logs.where({
      msg: 'request failed',
      request_id: response.headers.get('x-request-id'),
    });
    expect(JSON.stringify(logged)).toMatch(/response\/status must be equal to one of the allowed values/);
  });

  it('when response validation is turned off (production), then the same response goes out unchecked', async () => {
    server = await startTestServer({ extraRoutes: drifting, env: { VALIDATE_RESPONSES: 'false' } });
    const response = await fetch(`${server.baseUrl}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'fine', uptime: 'a while' });
  });
});
