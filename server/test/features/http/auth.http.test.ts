import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/test-server.js';
import { apiClient, cookieValue, expectProblem } from './client.js';

/** The harness signs tokens with this secret, so tests can forge expired ones. */
const TEST_JWT_SECRET = new TextEncoder().encode('test-secret-that-is-at-least-32-bytes-long');

describe('auth over HTTP', () => {
  let server: TestServer;
  let api: ReturnType<typeof apiClient>;
  beforeAll(async () => {
    server = await startTestServer();
    api = apiClient(server.baseUrl);
  });
  afterAll(() => server.close());

  it('when a user registers, then 201 with a session, Location and a locked-down refresh cookie', async () => {
    const result = await api.call('POST', '/auth/register', {
      body: { email: 'Ada@Example.com', password: 'correct-horse-battery-staple', displayName: 'Ada' },
    });
    expect(result.status).toBe(201);
    expect(result.headers.get('location')).toBe('/auth/me');
    expect(result.json).toMatchObject({
      tokenType: 'Bearer',
      expiresIn: 900,
      user: { email: 'ada@example.com' },
    });
    const cookie = result.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(
      /^refresh_token=[\w-]+; Max-Age=\d+; Path=\/auth; HttpOnly; Secure; SameSite=Strict$/,
    );
  });

  it('when the email address is taken, then 409 problem+json', async () => {
    const { email } = await api.signUp('taken');
    const again = await api.call('POST', '/auth/register', {
      body: { email, password: 'another-password', displayName: 'Again' },
    });
    expectProblem(again, 409);
  });

  it('when the registration body breaks the schema, then 422 with one error per field', async () => {
    const result = await api.call('POST', '/auth/register', {
      body: { email: 'not-an-email', password: 'short' },
    });
    expectProblem(result, 422);
    const paths = (result.json.errors as { path: string }[]).map((e) => e.path).sort();
    expect(paths).toEqual(['/displayName', '/email', '/password']);
  });

  it('when the password is wrong, then 401; when right, then 200 with a new session', async () => {
    const { email } = await api.signUp('login');
    expectProblem(
      await api.call('POST', '/auth/login', { body: { email, password: 'wrong-password' } }),
      401,
    );
    const ok = await api.call('POST', '/auth/login', {
      body: { email, password: 'correct-horse-battery-staple' },
    });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('set-cookie')).toMatch(/^refresh_token=/);
  });

  it('when the access token is valid, then /auth/me answers; missing, tampered or expired, then 401', async () => {
    const user = await api.signUp('me');
    const me = await api.call('GET', '/auth/me', { token: user.token });
    expect(me.status).toBe(200);
    expect(me.json).toMatchObject({ id: user.id, email: user.email });

    expectProblem(await api.call('GET', '/auth/me'), 401);
    const [header, , signature] = user.token.split('.');
    const otherPayload = Buffer.from(
      JSON.stringify({ sub: 'someone-else', iat: 1, exp: 4102444800 }),
    ).toString('base64url');
    expectProblem(
      await api.call('GET', '/auth/me', { token: `${header}.${otherPayload}.${signature}` }),
      401,
    );

    const past = Math.floor(Date.now() / 1000) - 3600;
    const expired = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(user.id)
      .setIssuedAt(past - 900)
      .setExpirationTime(past)
      .sign(TEST_JWT_SECRET);
    expectProblem(await api.call('GET', '/auth/me', { token: expired }), 401);
  });

  it('when the refresh cookie is used, then it rotates; when the old one is reused, then the whole family is revoked', async () => {
    const strict = await startTestServer({ env: { REFRESH_REUSE_GRACE_SECONDS: '0' } });
    try {
      const strictApi = apiClient(strict.baseUrl);
      const user = await strictApi.signUp('refresh');
      const first = await strictApi.call('POST', '/auth/refresh', {
        headers: { cookie: user.refreshCookie },
      });
      expect(first.status).toBe(200);
      const rotated = cookieValue(first.headers);
      expect(rotated).not.toBe(user.refreshCookie);

      expectProblem(
        await strictApi.call('POST', '/auth/refresh', { headers: { cookie: user.refreshCookie } }),
        401,
      );
      // The thief replayed the old token: the legitimate successor is revoked too.
      expectProblem(await strictApi.call('POST', '/auth/refresh', { headers: { cookie: rotated } }), 401);
    } finally {
      await strict.close();
    }
  });

  it('when two tabs refresh with the same cookie at the same moment, then both stay signed in', async () => {
    const user = await api.signUp('two-tabs');
    const refresh = () => api.call('POST', '/auth/refresh', { headers: { cookie: user.refreshCookie } });
    const [tabA, tabB] = await Promise.all([refresh(), refresh()]);
    expect([tabA.status, tabB.status]).toEqual([200, 200]);
    for (const tab of [tabA, tabB]) {
      const next = await api.call('POST', '/auth/refresh', { headers: { cookie: cookieValue(tab.headers) } });
      expect(next.status).toBe(200);
    }
  });

  it('when the refresh cookie is missing or made up, then 401', async () => {
    expectProblem(await api.call('POST', '/auth/refresh'), 401);
    expectProblem(
      await api.call('POST', '/auth/refresh', { headers: { cookie: 'refresh_token=made-up' } }),
      401,
    );
  });

  it('when the user logs out, then 204 clears the cookie and the refresh token no longer works', async () => {
    const user = await api.signUp('logout');
    const result = await api.call('POST', '/auth/logout', { headers: { cookie: user.refreshCookie } });
    expect(result.status).toBe(204);
    expect(result.headers.get('set-cookie')).toMatch(/^refresh_token=; Max-Age=0; Path=\/auth/);
    expectProblem(await api.call('POST', '/auth/refresh', { headers: { cookie: user.refreshCookie } }), 401);
    expect((await api.call('POST', '/auth/logout')).status).toBe(204);
  });
});

describe('deleted accounts', () => {
  it('when the account behind a valid access token is deleted, then the token is refused with 401, never 500', async () => {
    const server = await startTestServer();
    try {
      const api = apiClient(server.baseUrl);
      const user = await api.signUp('leaving');
      expect((await api.call('GET', '/projects', { token: user.token })).status).toBe(200);
      await server.server.database.db.deleteFrom('users').where('id', '=', user.id).execute();
      expectProblem(await api.call('GET', '/projects', { token: user.token }), 401);
      expectProblem(
        await api.call('POST', '/projects', { token: user.token, body: { name: 'Orphan' } }),
        401,
      );
    } finally {
      await server.close();
    }
  });
});
