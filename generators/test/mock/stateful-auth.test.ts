import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSpec } from '../../src/load/index.js';
import { createMockEngine, type MockEngine, mockSpecOf } from '../../src/mock/engine/index.js';

const EXAMPLE = resolve(import.meta.dirname, '../../../openapi/openapi.yaml');
const FOREIGN = resolve(import.meta.dirname, '../fixtures/specs/mock-auth-foreign.yaml');

async function engineFor(path: string, tokens?: string[]): Promise<MockEngine> {
  const spec = await loadSpec(path);
  return createMockEngine(mockSpecOf(spec.model), { stateful: true, ...(tokens ? { tokens } : {}) });
}

function caller(engine: MockEngine) {
  return (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const answer = engine.handle({
      method,
      path,
      query: {},
      headers: { 'content-type': 'application/json', ...headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { ...answer, json: answer.body ? JSON.parse(answer.body) : undefined };
  };
}

const cookieOf = (headers: Record<string, string>) => (headers['set-cookie'] ?? '').split(';')[0] ?? '';

describe('stateful auth on the example spec (cookie refresh, bearer tokens)', () => {
  let engine: MockEngine;
  let call: ReturnType<typeof caller>;
  const ada = { email: 'ada@example.com', password: 'correct-horse-battery', displayName: 'Ada' };
  beforeAll(async () => {
    engine = await engineFor(EXAMPLE);
    call = caller(engine);
  }, 60_000);

  it('when the spec is loaded, then its auth operations are recognised from their schemas', () => {
    expect(engine.authOperations()).toEqual({
      register: 'register',
      login: 'login',
      refreshSession: 'refresh',
      logout: 'logout',
      getCurrentUser: 'me',
    });
  });

  it('when a user registers, logs in, refreshes and logs out, then each step is enforced', () => {
    const unknown = call('post', '/auth/login', { email: ada.email, password: ada.password });
    expect(unknown.status).toBe(401);

    const registered = call('post', '/auth/register', ada);
    expect(registered.status).toBe(201);
    expect(registered.json.user).toMatchObject({ email: ada.email, displayName: 'Ada' });
    expect(registered.json.user).not.toHaveProperty('password');
    expect(call('post', '/auth/register', ada).status).toBe(409);

    expect(call('post', '/auth/login', { email: ada.email, password: 'wrong-password!' }).status).toBe(401);
    const login = call('post', '/auth/login', { email: ada.email, password: ada.password });
    expect(login.status).toBe(200);
    const bearer = { authorization: `Bearer ${login.json.accessToken}` };
    const me = call('get', '/auth/me', undefined, bearer);
    expect(me.status).toBe(200);
    expect(me.json).toEqual(registered.json.user);

    expect(call('get', '/projects', undefined, { authorization: 'Bearer made-up-token' }).status).toBe(401);
    expect(call('get', '/projects', undefined, bearer).status).toBe(200);

    const cookie = cookieOf(login.headers);
    expect(cookie).toMatch(/^refresh_token=.+/);
    const refreshed = call('post', '/auth/refresh', undefined, { cookie });
    expect(refreshed.status).toBe(200);
    expect(refreshed.json.accessToken).not.toBe(login.json.accessToken);
    expect(call('post', '/auth/refresh', undefined, { cookie }).status).toBe(401);
    const rotated = cookieOf(refreshed.headers);
    expect(rotated).not.toBe(cookie);

    const newBearer = { authorization: `Bearer ${refreshed.json.accessToken}` };
    expect(call('post', '/auth/logout', undefined, { cookie: rotated, ...newBearer }).status).toBe(204);
    expect(call('get', '/auth/me', undefined, newBearer).status).toBe(401);
    expect(call('get', '/projects', undefined, bearer).status).toBe(401);
    expect(call('post', '/auth/refresh', undefined, { cookie: rotated }).status).toBe(401);
  });

  it('when the mock is reset, then accounts and sessions are gone', () => {
    const login = call('post', '/auth/login', { email: ada.email, password: ada.password });
    expect(login.status).toBe(200);
    engine.reset();
    expect(
      call('get', '/auth/me', undefined, { authorization: `Bearer ${login.json.accessToken}` }).status,
    ).toBe(401);
    expect(call('post', '/auth/login', { email: ada.email, password: ada.password }).status).toBe(401);
  });

  it('when tokens are given as options, then they stay accepted beside issued ones', async () => {
    const given = caller(await engineFor(EXAMPLE, ['fixed-token']));
    expect(given('get', '/projects', undefined, { authorization: 'Bearer fixed-token' }).status).toBe(200);
    expect(given('get', '/projects', undefined, { authorization: 'Bearer other' }).status).toBe(401);
  });
});

describe('stateful auth on a foreign spec (other names, paths, an API-key scheme, body refresh)', () => {
  let engine: MockEngine;
  let call: ReturnType<typeof caller>;
  beforeAll(async () => {
    engine = await engineFor(FOREIGN);
    call = caller(engine);
  }, 60_000);

  it('when the spec is loaded, then its auth operations are recognised from their schemas', () => {
    expect(engine.authOperations()).toEqual({
      enrol: 'register',
      openGrant: 'login',
      renewGrant: 'refresh',
      revokeGrant: 'logout',
      whoAmI: 'me',
    });
  });

  it('when a member enrols, signs in, renews and revokes, then the API key scheme only takes issued tokens', () => {
    const credentials = { handle: 'grace', secret: 'hopper-1906' };
    const enrolled = call('post', '/members', { ...credentials, nickname: 'Amazing' });
    expect(enrolled.status).toBe(201);
    expect(enrolled.json.member).toMatchObject({ handle: 'grace', nickname: 'Amazing' });
    expect(call('post', '/members', credentials).status).toBe(409);

    const wrong = call('post', '/grants', { handle: 'grace', secret: 'not-her-secret' });
    expect(wrong.status).toBe(400);
    expect(wrong.json).toHaveProperty('reason');
    const grant = call('post', '/grants', credentials);
    expect(grant.status).toBe(200);
    const key = { 'x-api-token': grant.json.token };
    expect(call('get', '/notes', undefined, { 'x-api-token': 'guessed' }).status).toBe(401);
    expect(call('get', '/notes', undefined, key).status).toBe(200);
    expect(call('get', '/whoami', undefined, key).json).toEqual(enrolled.json.member);

    const renewed = call('post', '/grants/renewal', { refresh_token: grant.json.refresh_token });
    expect(renewed.status).toBe(200);
    expect(call('post', '/grants/renewal', { refresh_token: grant.json.refresh_token }).status).toBe(401);
    expect(call('post', '/grants/revocation', { refresh_token: renewed.json.refresh_token }).status).toBe(
      204,
    );
    expect(call('get', '/notes', undefined, { 'x-api-token': renewed.json.token }).status).toBe(401);
    expect(call('post', '/grants/renewal', { refresh_token: renewed.json.refresh_token }).status).toBe(401);
  });
});

describe('a spec without a sign-in operation', () => {
  it('when a secured operation gets any well-formed credential, then it is accepted as before', async () => {
    const spec = await loadSpec(FOREIGN);
    const operations = spec.model.operations.filter((operation) => operation.path.startsWith('/notes'));
    const engine = createMockEngine(mockSpecOf({ ...spec.model, operations }), { stateful: true });
    expect(engine.authOperations()).toEqual({});
    expect(caller(engine)('get', '/notes', undefined, { 'x-api-token': 'anything' }).status).toBe(200);
  });
});
