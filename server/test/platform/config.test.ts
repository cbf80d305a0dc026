import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, parseDatabaseUrl } from '../../src/shared/config/index.js';

const STRONG_SECRET = 'x'.repeat(32);
const CWD = '/srv/app';

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env, CWD);
  } catch (error) {
    if (error instanceof ConfigError) return [...error.problems];
    throw error;
  }
  return [];
}

describe('loadConfig', () => {
  it('when the environment is empty, then it starts with development defaults', () => {
    const config = loadConfig({}, CWD);
    expect(config.env).toBe('development');
    expect(config.http).toMatchObject({
      host: '127.0.0.1',
      port: 3000,
      trustProxy: false,
      bodyLimitBytes: 1048576,
    });
    // The API's own port and a Vite app (dev server and preview), under both loopback names.
    expect(config.http.corsOrigins).toEqual(
      expect.arrayContaining([
        'http://localhost:3000',
        'http://127.0.0.1:3000',
        'http://localhost:5173',
        'http://127.0.0.1:5173',
      ]),
    );
    expect(
      loadConfig(
        { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32), CORS_ORIGINS: 'https://app.example.com' },
        CWD,
      ).http.corsOrigins,
    ).toEqual(['https://app.example.com']);
    expect(config.database).toEqual({ kind: 'sqlite', filename: path.resolve(CWD, 'data/taskboard.sqlite') });
    expect(config.uploads.dir).toBe(path.resolve(CWD, 'data/uploads'));
    expect(config.openapi.validateResponses).toBe(true);
    expect(config.rateLimit.enabled).toBe(true);
  });

  it('when a variable is set but empty (as in .env.example), then its default applies', () => {
    const config = loadConfig({ JWT_SECRET: '', PORT: ' ', VALIDATE_RESPONSES: '' }, CWD);
    expect(config.auth.jwtSecretGenerated).toBe(true);
    expect(config.http.port).toBe(3000);
    expect(config.openapi.validateResponses).toBe(true);
  });

  it('when REDIS_URL is set, then it is kept; when it is not a redis URL, then the message says what to give', () => {
    expect(loadConfig({ REDIS_URL: 'redis://cache:6379/2' }, CWD).redisUrl).toBe('redis://cache:6379/2');
    expect(loadConfig({}, CWD).redisUrl).toBeUndefined();
    expect(problemsOf({ REDIS_URL: 'cache:6379' })).toEqual([
      'REDIS_URL: must be a redis:// or rediss:// URL, e.g. redis://127.0.0.1:6379',
    ]);
  });

  it('when no JWT_SECRET is set outside production, then a random 32-byte secret is generated per run', () => {
    const first = loadConfig({}, CWD);
    const second = loadConfig({}, CWD);
    expect(first.auth.jwtSecretGenerated).toBe(true);
    expect(first.auth.jwtSecret).toHaveLength(32);
    expect(Buffer.from(first.auth.jwtSecret).equals(Buffer.from(second.auth.jwtSecret))).toBe(false);
  });

  it('when production has real secrets and origins, then it starts with response validation off', () => {
    const config = loadConfig(
      { NODE_ENV: 'production', JWT_SECRET: STRONG_SECRET, CORS_ORIGINS: 'https://app.example.com' },
      CWD,
    );
    expect(config.auth.jwtSecretGenerated).toBe(false);
    expect(new TextDecoder().decode(config.auth.jwtSecret)).toBe(STRONG_SECRET);
    expect(config.http.corsOrigins).toEqual(['https://app.example.com']);
    expect(config.openapi.validateResponses).toBe(false);
  });

  it('when several variables are wrong, then every problem is reported at once', () => {
    const problems = problemsOf({ PORT: 'eighty', LOG_LEVEL: 'loud', BODY_LIMIT_BYTES: '-1' });
    expect(problems).toHaveLength(3);
    expect(problems.join('\n')).toMatch(/PORT/);
    expect(problems.join('\n')).toMatch(/LOG_LEVEL/);
    expect(problems.join('\n')).toMatch(/BODY_LIMIT_BYTES/);
  });

  it.each([
    [
      'production without JWT_SECRET',
      { NODE_ENV: 'production', CORS_ORIGINS: 'https://a.example' },
      /JWT_SECRET: required/,
    ],
    [
      'production with a short JWT_SECRET',
      { NODE_ENV: 'production', JWT_SECRET: 'short', CORS_ORIGINS: 'https://a.example' },
      /at least 32 bytes/,
    ],
    [
      'production without CORS_ORIGINS',
      { NODE_ENV: 'production', JWT_SECRET: STRONG_SECRET },
      /CORS_ORIGINS: required/,
    ],
    ['a wildcard CORS origin', { CORS_ORIGINS: '*' }, /explicit origins/],
    ['a CORS origin with a path', { CORS_ORIGINS: 'https://a.example/app' }, /not an origin/],
    ['a port out of range', { PORT: '70000' }, /PORT/],
    ['an unknown NODE_ENV', { NODE_ENV: 'staging' }, /NODE_ENV/],
    ['a non-boolean flag', { VALIDATE_RESPONSES: 'maybe' }, /VALIDATE_RESPONSES: must be true or false/],
  ])('when %s, then it refuses to start', (_name, env, expected) => {
    expect(problemsOf(env).join('\n')).toMatch(expected);
  });

  it('when production lacks both secrets and origins, then both problems are reported', () => {
    expect(problemsOf({ NODE_ENV: 'production' })).toHaveLength(2);
  });

  it('when a type error and production rules fail together, then all are reported in one go', () => {
    const problems = problemsOf({ NODE_ENV: 'production', PORT: 'abc' });
    expect(problems).toEqual([
      'PORT: must be a whole number',
      'JWT_SECRET: required in production (at least 32 random bytes)',
      'CORS_ORIGINS: required in production (comma-separated origins allowed to call the API)',
    ]);
  });

  it.each([
    ['false', false],
    ['1', 1],
    ['2', 2],
    ['loopback, 10.0.0.0/8', ['loopback', '10.0.0.0/8']],
  ])('when TRUST_PROXY is %j, then Express gets %j', (value, expected) => {
    expect(loadConfig({ TRUST_PROXY: value }, CWD).http.trustProxy).toEqual(expected);
  });
});

describe('TRUST_PROXY=true', () => {
  it('when set, then start-up refuses it and says to name the proxies (any client could forge X-Forwarded-For)', () => {
    expect(problemsOf({ TRUST_PROXY: 'true' })).toEqual([
      expect.stringMatching(
        /^TRUST_PROXY: "true" would believe any X-Forwarded-For .* set the number of proxies/,
      ),
    ]);
  });
});

describe('parseDatabaseUrl', () => {
  it.each([
    ['postgres://u:p@db:5432/app', { kind: 'postgres', url: 'postgres://u:p@db:5432/app' }],
    ['postgresql://db/app', { kind: 'postgres', url: 'postgresql://db/app' }],
    ['./data/app.sqlite', { kind: 'sqlite', filename: path.resolve(CWD, 'data/app.sqlite') }],
    ['sqlite:./x.db', { kind: 'sqlite', filename: path.resolve(CWD, 'x.db') }],
    ['file:/var/lib/app.db', { kind: 'sqlite', filename: '/var/lib/app.db' }],
    [':memory:', { kind: 'sqlite', filename: ':memory:' }],
  ])('reads %s', (url, expected) => {
    expect(parseDatabaseUrl(url, CWD)).toEqual(expected);
  });
});
