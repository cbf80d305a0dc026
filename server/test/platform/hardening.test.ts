import { afterEach, describe, expect, it } from 'vitest';
import { PROBLEM_TYPE_BASE } from '../../src/shared/errors/index.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';

/* Security headers, CORS and rate limits, as a browser or an attacker sees them. */

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('security headers', () => {
  it('when any response is sent, then helmet headers are present and X-Powered-By is not', async () => {
    server = await startTestServer();
    const response = await fetch(`${server.baseUrl}/nowhere`);
    expect(response.headers.get('x-powered-by')).toBeNull();
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('strict-transport-security')).toMatch(/max-age=/);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
  });
});

describe('CORS', () => {
  it('when the origin is allowed, then it is echoed with credentials and exposed API headers', async () => {
    server = await startTestServer({ env: { CORS_ORIGINS: 'https://app.example.com' } });
    const response = await fetch(`${server.baseUrl}/openapi.json`, {
      headers: { origin: 'https://app.example.com' },
    });
    expect(response.headers.get('access-control-allow-origin')).toBe('https://app.example.com');
    expect(response.headers.get('access-control-allow-credentials')).toBe('true');
    const exposed = response.headers.get('access-control-expose-headers') ?? '';
    expect(exposed.split(',')).toEqual(
      expect.arrayContaining(['ETag', 'Location', 'Retry-After', 'X-Request-Id']),
    );
  });

  it('when the origin is not allowed, then no CORS header is sent (never *)', async () => {
    server = await startTestServer({ env: { CORS_ORIGINS: 'https://app.example.com' } });
    const response = await fetch(`${server.baseUrl}/openapi.json`, {
      headers: { origin: 'https://evil.example' },
    });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('when a preflight comes from an allowed origin, then it is answered without reaching the API', async () => {
    server = await startTestServer({ env: { CORS_ORIGINS: 'https://app.example.com' } });
    const response = await fetch(`${server.baseUrl}/projects`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://app.example.com',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type,authorization',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('https://app.example.com');
    expect(response.headers.get('access-control-allow-methods')).toContain('POST');
  });
});

describe('body size limit', () => {
  it('when a JSON body exceeds BODY_LIMIT_BYTES, then 413 problem+json before any handler runs', async () => {
    server = await startTestServer({ env: { BODY_LIMIT_BYTES: '1024' } });
    const response = await fetch(`${server.baseUrl}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'someone@example.com', password: 'x'.repeat(2048) }),
    });
    expect(response.status).toBe(413);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(await response.json()).toMatchObject({
      type: `${PROBLEM_TYPE_BASE}payload-too-large`,
      status: 413,
    });
  });
});

describe('rate limits', () => {
  it('when a client exceeds the API limit, then 429 problem+json with Retry-After', async () => {
    server = await startTestServer({ env: { RATE_LIMIT_MAX: '3', RATE_LIMIT_WINDOW_MS: '60000' } });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i += 1) statuses.push((await fetch(`${server.baseUrl}/nowhere`)).status);
    expect(statuses).toEqual([404, 404, 404, 429]);
    const response = await fetch(`${server.baseUrl}/nowhere`);
    expect(response.status).toBe(429);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    const retryAfter = Number(response.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(await response.json()).toMatchObject({
      type: `${PROBLEM_TYPE_BASE}rate-limited`,
      status: 429,
      detail: 'Rate limit of 3 requests per minute exceeded.',
    });
  });

  it('when a client hammers the credential endpoints, then the stricter limit applies to them only', async () => {
    server = await startTestServer({ env: { RATE_LIMIT_MAX: '100', AUTH_RATE_LIMIT_MAX: '2' } });
    const login = () =>
      fetch(`${server?.baseUrl}/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'nobody@example.com', password: 'wrong-password' }),
      });
    const statuses = [(await login()).status, (await login()).status, (await login()).status];
    // Wrong credentials are 401 until the limit, then 429 whatever the credentials.
    expect(statuses).toEqual([401, 401, 429]);
    expect((await fetch(`${server.baseUrl}/nowhere`)).status).toBe(404);
    // Refresh has its own bucket: failed sign-ins from this address do not block refreshing a session.
    expect((await fetch(`${server.baseUrl}/auth/refresh`, { method: 'POST' })).status).toBe(401);
  });

  it('when a client refreshes too often, then the refresh limit answers 429 and sign-in is unaffected', async () => {
    server = await startTestServer({ env: { REFRESH_RATE_LIMIT_MAX: '2', AUTH_RATE_LIMIT_MAX: '5' } });
    const refresh = () => fetch(`${server?.baseUrl}/auth/refresh`, { method: 'POST' });
    expect([(await refresh()).status, (await refresh()).status, (await refresh()).status]).toEqual([
      401, 401, 429,
    ]);
    const login = await fetch(`${server.baseUrl}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'nobody@example.com', password: 'wrong-password' }),
    });
    expect(login.status).toBe(401);
  });

  it('when the probes are called often, then they are never rate-limited', async () => {
    server = await startTestServer({ env: { RATE_LIMIT_MAX: '1' } });
    const statuses: number[] = [];
    for (let i = 0; i < 3; i += 1) statuses.push((await fetch(`${server.baseUrl}/health`)).status);
    for (let i = 0; i < 3; i += 1) statuses.push((await fetch(`${server.baseUrl}/ready`)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200]);
  });
});

describe('client addresses behind proxies', () => {
  it('when one proxy is trusted, then a client cannot escape the limit by writing its own X-Forwarded-For', async () => {
    server = await startTestServer({ env: { TRUST_PROXY: '1', RATE_LIMIT_MAX: '3' } });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      // What the proxy forwards: the client's forged entry, then the address the proxy itself saw.
      const response = await fetch(`${server.baseUrl}/nowhere`, {
        headers: { 'x-forwarded-for': `203.0.113.${i}, 198.51.100.7` },
      });
      statuses.push(response.status);
    }
    expect(statuses).toEqual([404, 404, 404, 429, 429]);
  });
});

describe('failed sign-ins per account', () => {
  const login = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${server?.baseUrl}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
  const register = async (email: string) => {
    const response = await fetch(`${server?.baseUrl}/auth/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: 'correct-horse-battery-staple', displayName: 'Ada' }),
    });
    return (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  };

  it('when one address keeps guessing an account, then it is stopped there while the owner elsewhere still signs in', async () => {
    server = await startTestServer({ env: { TRUST_PROXY: '1', LOGIN_FAILURE_LIMIT: '3' } });
    await register('ada@example.com');
    const from = (address: string) => ({ 'x-forwarded-for': address });
    const guesses: number[] = [];
    for (let i = 0; i < 4; i += 1) {
      guesses.push(
        (await login({ email: 'ada@example.com', password: `guess-${i}` }, from('198.51.100.1'))).status,
      );
    }
    expect(guesses).toEqual([401, 401, 401, 429]);
    // Even the right password is refused from the guessing address until the window ends...
    const blocked = await login(
      { email: 'ADA@example.com', password: 'correct-horse-battery-staple' },
      from('198.51.100.1'),
    );
    expect(blocked.status).toBe(429);
    expect(blocked.headers.get('content-type')).toBe('application/problem+json');
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    // ...while the owner, elsewhere, is not affected, nor are other accounts from the guessing address.
    expect(
      (await login({ email: 'ada@example.com', password: 'correct-horse-battery-staple' }, from('192.0.2.9')))
        .status,
    ).toBe(200);
    expect((await login({ email: 'bob@example.com', password: 'x' }, from('198.51.100.1'))).status).toBe(401);
  });

  it('when many addresses guess one account, then new devices are refused but a device signed in before is not', async () => {
    server = await startTestServer({
      env: { TRUST_PROXY: '1', LOGIN_FAILURE_LIMIT: '100', LOGIN_ACCOUNT_FAILURE_LIMIT: '3' },
    });
    const ownersCookie = await register('grace@example.com');
    for (let i = 0; i < 3; i += 1) {
      const response = await login(
        { email: 'grace@example.com', password: 'guess' },
        { 'x-forwarded-for': `198.51.100.${i}` },
      );
      expect(response.status).toBe(401);
    }
    const stranger = await login(
      { email: 'grace@example.com', password: 'correct-horse-battery-staple' },
      { 'x-forwarded-for': '203.0.113.50' },
    );
    expect(stranger.status).toBe(429);
    // The owner's browser carries a refresh cookie of the account: the lock-out cannot be turned against it.
    const owner = await login(
      { email: 'grace@example.com', password: 'correct-horse-battery-staple' },
      { 'x-forwarded-for': '203.0.113.51', cookie: ownersCookie },
    );
    expect(owner.status).toBe(200);
  });
});
