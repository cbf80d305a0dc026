import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AccessTokens } from '../../../src/auth/access-tokens.js';
import { DEFAULT_REFRESH_REUSE_GRACE_SECONDS } from '../../../src/auth/auth.service.js';
import { hashPassword, verifyPassword } from '../../../src/auth/password-hasher.js';
import { clearedRefreshCookie, refreshCookie } from '../../../src/auth/refresh-cookie.js';
import { ConflictError, UnauthorizedError } from '../../../src/shared/errors/index.js';
import { createWorld, type World } from '../support/world.js';

const registration = {
  email: 'Ada@Example.com',
  password: 'correct-horse-battery-staple',
  displayName: 'Ada',
};

describe('password hashing', () => {
  it('when the password is right, then it verifies; when wrong or the hash is malformed, then it does not', async () => {
    const hash = await hashPassword('s3cret-pass', { N: 1024, r: 8, p: 1 });
    expect(hash).toMatch(/^scrypt\$1024\$8\$1\$[\w-]+\$[\w-]+$/);
    expect(await verifyPassword('s3cret-pass', hash)).toBe(true);
    expect(await verifyPassword('s3cret-pasS', hash)).toBe(false);
    expect(await verifyPassword('s3cret-pass', 'bcrypt$whatever')).toBe(false);
  });

  it('when the same password is hashed twice, then the salts differ', async () => {
    const params = { N: 1024, r: 8, p: 1 };
    expect(await hashPassword('same', params)).not.toBe(await hashPassword('same', params));
  });
});

describe('access tokens', () => {
  const secret = 'k'.repeat(32);

  it('when a token is fresh, then it yields the user; when expired or tampered, then nothing', async () => {
    let now = Date.parse('2026-11-25T09:00:00Z');
    const tokens = new AccessTokens({ secret, now: () => now });
    const { token, expiresIn } = await tokens.issue('user-1');
    expect(expiresIn).toBe(900);
    expect(await tokens.verify(token)).toEqual({ userId: 'user-1', expiresAt: now + 900_000 });

    const [header, payload, signature] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ sub: 'user-2', iat: 1, exp: 9_999_999_999 })).toString(
      'base64url',
    );
    expect(await tokens.verify(`${header}.${forged}.${signature}`)).toBeUndefined();
    expect(await tokens.verify(`${header}.${payload}.${signature?.slice(0, -2)}xx`)).toBeUndefined();
    expect(await new AccessTokens({ secret: 'z'.repeat(32), now: () => now }).verify(token)).toBeUndefined();
    expect(await tokens.verify('not-a-jwt')).toBeUndefined();

    now += 901_000;
    expect(await tokens.verify(token)).toBeUndefined();
  });

  it('when the secret is shorter than 32 bytes, then the issuer refuses to start', () => {
    expect(() => new AccessTokens({ secret: 'short' })).toThrow(/32 bytes/);
  });
});

describe('refresh cookie', () => {
  it('is httpOnly, Secure, SameSite=Strict and scoped to /auth, and clearing expires it', () => {
    expect(refreshCookie('abc', 60)).toBe(
      'refresh_token=abc; Max-Age=60; Path=/auth; HttpOnly; Secure; SameSite=Strict',
    );
    expect(clearedRefreshCookie()).toBe(
      'refresh_token=; Max-Age=0; Path=/auth; HttpOnly; Secure; SameSite=Strict',
    );
  });
});

describe('AuthService', () => {
  let world: World;
  beforeEach(async () => {
    world = await createWorld();
  });
  afterEach(() => world.destroy());

  it('when a user registers, then they are signed in with a verifiable access token and a refresh token', async () => {
    const session = await world.auth.register(registration);
    expect(session.user).toMatchObject({ email: 'ada@example.com', displayName: 'Ada', avatarUrl: null });
    expect(session.tokenType).toBe('Bearer');
    expect(await world.accessTokens.verify(session.accessToken)).toMatchObject({ userId: session.user.id });
    expect(session.refreshToken).toMatch(/^[\w-]{43}$/);
    const stored = await world.db.selectFrom('refresh_tokens').selectAll().execute();
    expect(stored).toHaveLength(1);
    expect(stored[0]?.token_hash).not.toBe(session.refreshToken);
  });

  it('when the email address is taken in any letter case, then registering is a conflict', async () => {
    await world.auth.register(registration);
    await expect(world.auth.register({ ...registration, email: 'ADA@example.com' })).rejects.toBeInstanceOf(
      ConflictError,
    );
  });

  it('when the password or the email is wrong, then login is 401 either way', async () => {
    await world.auth.register(registration);
    await expect(world.auth.login('ada@example.com', 'wrong-password')).rejects.toBeInstanceOf(
      UnauthorizedError,
    );
    await expect(world.auth.login('nobody@example.com', 'whatever')).rejects.toBeInstanceOf(
      UnauthorizedError,
    );
    const session = await world.auth.login('ADA@example.com', registration.password);
    expect(session.user.email).toBe('ada@example.com');
  });

  it('when a refresh token is used, then it rotates and the new one works once', async () => {
    const first = await world.auth.register(registration);
    const second = await world.auth.refresh(first.refreshToken);
    expect(second.refreshToken).not.toBe(first.refreshToken);
    const third = await world.auth.refresh(second.refreshToken);
    expect(third.user.id).toBe(first.user.id);
  });

  it('when the refresh token is reused after the grace window, then the whole family is revoked', async () => {
    const first = await world.auth.register(registration);
    const second = await world.auth.refresh(first.refreshToken);
    world.tick(DEFAULT_REFRESH_REUSE_GRACE_SECONDS * 1000 + 1);
    await expect(world.auth.refresh(first.refreshToken)).rejects.toBeInstanceOf(UnauthorizedError);
    // The legitimate successor dies with the family: a thief cannot keep a session alive.
    await expect(world.auth.refresh(second.refreshToken)).rejects.toBeInstanceOf(UnauthorizedError);
    const other = await world.auth.login(registration.email, registration.password);
    expect((await world.auth.refresh(other.refreshToken)).user.id).toBe(first.user.id);
  });

  it('when the just-rotated token is presented again within the grace window, then it gets its own successor', async () => {
    const first = await world.auth.register(registration);
    const second = await world.auth.refresh(first.refreshToken);
    world.tick(DEFAULT_REFRESH_REUSE_GRACE_SECONDS * 1000);
    const sibling = await world.auth.refresh(first.refreshToken);
    expect(sibling.refreshToken).not.toBe(second.refreshToken);
    // Both tabs keep working...
    expect((await world.auth.refresh(second.refreshToken)).user.id).toBe(first.user.id);
    expect((await world.auth.refresh(sibling.refreshToken)).user.id).toBe(first.user.id);
    // ...and reuse detection is intact once the window has passed.
    world.tick(1);
    await expect(world.auth.refresh(first.refreshToken)).rejects.toBeInstanceOf(UnauthorizedError);
    await expect(world.auth.refresh(sibling.refreshToken)).rejects.toBeInstanceOf(UnauthorizedError);
  });

  it('when a token of a revoked family is presented within the grace window, then it stays revoked', async () => {
    const first = await world.auth.register(registration);
    await world.auth.refresh(first.refreshToken);
    await world.auth.logout(first.refreshToken);
    await expect(world.auth.refresh(first.refreshToken)).rejects.toBeInstanceOf(UnauthorizedError);
  });

  it('when the same refresh token is presented twice at once, then one rotates it and the other gets a grace successor', async () => {
    const first = await world.auth.register(registration);
    const results = await Promise.all([
      world.auth.refresh(first.refreshToken),
      world.auth.refresh(first.refreshToken),
    ]);
    const rows = await world.db.selectFrom('refresh_tokens').selectAll().execute();
    // The original (used once) and two successors, all alive.
    expect(rows).toHaveLength(3);
    expect(rows.filter((row) => row.used_at !== null)).toHaveLength(1);
    for (const session of results)
      expect((await world.auth.refresh(session.refreshToken)).user.id).toBe(first.user.id);
  });

  it('when the grace window is off and the same token is presented twice at once, then only one wins and the family is revoked', async () => {
    const strict = world.authWith({ reuseGraceSeconds: 0 });
    const first = await strict.register(registration);
    const results = await Promise.allSettled([
      strict.refresh(first.refreshToken),
      strict.refresh(first.refreshToken),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const winner = results.find((r) => r.status === 'fulfilled');
    if (winner?.status !== 'fulfilled') throw new Error('one refresh must succeed');
    await expect(strict.refresh(winner.value.refreshToken)).rejects.toBeInstanceOf(UnauthorizedError);
  });

  it('when the refresh token is expired, unknown or missing, then refreshing is 401', async () => {
    const first = await world.auth.register(registration);
    await expect(world.auth.refresh(undefined)).rejects.toBeInstanceOf(UnauthorizedError);
    await expect(world.auth.refresh('made-up-token')).rejects.toBeInstanceOf(UnauthorizedError);
    world.tick(15 * 24 * 60 * 60 * 1000);
    await expect(world.auth.refresh(first.refreshToken)).rejects.toBeInstanceOf(UnauthorizedError);
  });

  it('when the user logs out, then their refresh token stops working', async () => {
    const first = await world.auth.register(registration);
    await world.auth.logout(first.refreshToken);
    await world.auth.logout(undefined);
    await world.auth.logout('unknown');
    await expect(world.auth.refresh(first.refreshToken)).rejects.toBeInstanceOf(UnauthorizedError);
  });

  it('when the current user is asked for, then it is the account of the token', async () => {
    const session = await world.auth.register(registration);
    expect(await world.auth.currentUser(session.user.id)).toEqual(session.user);
    await expect(world.auth.currentUser('00000000-0000-4000-8000-000000000000')).rejects.toBeInstanceOf(
      UnauthorizedError,
    );
  });
});
