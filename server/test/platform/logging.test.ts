import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentLogger } from '../../src/shared/logging/index.js';
import { requestIdFrom } from '../../src/shared/logging/request-id.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';

/* Structured request logs: one line per request, request id everywhere, no secrets. */

const routes = express.Router();
routes.post('/__test/items/:itemId', express.json(), async (req, res) => {
  await new Promise((resolve) => setTimeout(resolve, 5));
  // A log line written deep inside request handling, without access to req/res.
  currentLogger(undefined as never).info({ credentials: req.body }, 'handling item');
  res.status(201).json({ ok: true });
});

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ extraRoutes: routes });
});
afterAll(async () => {
  await server?.close();
});

describe('request logging', () => {
  it('when a request completes, then one line has method, route template, status and duration', async () => {
    const response = await fetch(`${server.baseUrl}/__test/items/42?token=abc`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    const requestId = response.headers.get('x-request-id');
    const lines = server.logs.where({ msg: 'request completed', request_id: requestId });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      method: 'POST',
      route: '/__test/items/{itemId}',
      status: 201,
      level: 'info',
    });
    expect(lines[0]?.duration_ms).toBeGreaterThanOrEqual(4);
    // The raw URL (with its query string) never reaches the log.
    expect(JSON.stringify(lines[0])).not.toContain('token=abc');
  });

  it('when the caller sends a safe X-Request-Id, then it is echoed and on every line of that request', async () => {
    const response = await fetch(`${server.baseUrl}/__test/items/7`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'trace-abc.123' },
      body: '{}',
    });
    expect(response.headers.get('x-request-id')).toBe('trace-abc.123');
    const lines = server.logs.where({ request_id: 'trace-abc.123' });
    expect(lines.map((line) => line.msg)).toEqual(['handling item', 'request completed']);
  });

  it.each([
    ['too long', 'a'.repeat(129)],
    ['with spaces and quotes', 'evil" injected=1'],
  ])('when the incoming X-Request-Id is %s, then a fresh UUID replaces it', async (_name, incoming) => {
    const response = await fetch(`${server.baseUrl}/__test/items/1`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': incoming },
      body: '{}',
    });
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('when a request carries passwords, tokens, cookies and an authorization header, then none is logged', async () => {
    await fetch(`${server.baseUrl}/__test/items/9`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: 'Bearer super-secret-access-token',
        cookie: 'refresh_token=super-secret-cookie',
      },
      body: JSON.stringify({
        password: 'hunter2-password',
        refreshToken: 'super-secret-refresh',
        email: 'a@b.c',
      }),
    });
    const text = server.logs.text();
    expect(text).toContain('a@b.c');
    expect(text).not.toMatch(/hunter2-password|super-secret/);
    expect(text).toContain('[redacted]');
  });

  it('when a route is unknown, then the line says it was unmatched', async () => {
    const response = await fetch(`${server.baseUrl}/nowhere/123`);
    const [line] = server.logs.where({
      msg: 'request completed',
      request_id: response.headers.get('x-request-id'),
    });
    expect(line).toMatchObject({ route: '(unmatched)', status: 404 });
  });
});

describe('requestIdFrom', () => {
  it.each([
    ['a UUID', '0b7f2c1e-4d3a-4e8b-9a61-2f5c8d9e1a47', true],
    ['a W3C traceparent-like id', '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01', true],
    ['a CR/LF injection', 'abc\r\nSet-Cookie: x=1', false],
    ['an empty value', '', false],
  ])('keeps %s: %s', (_name, value, kept) => {
    expect(requestIdFrom(value) === value).toBe(kept);
  });
});
