import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Config, DatabaseConfig } from './config.js';
import { envSchema } from './env-schema.js';

/** HS256 needs a key at least as long as its output (RFC 7518 §3.2). */
const MIN_JWT_SECRET_BYTES = 32;

/**
 * Origins allowed in development without configuration: the API's own port and
 * Vite's dev server (5173) and preview (4173), each under both loopback names.
 * Use the same name for the app and the API (both 127.0.0.1, or both
 * localhost): they are different sites to a browser, and the SameSite=Strict
 * refresh cookie does not cross sites.
 */
export const DEVELOPMENT_ORIGINS: readonly string[] = [3000, 5173, 4173].flatMap((port) => [
  `http://localhost:${port}`,
  `http://127.0.0.1:${port}`,
]);

/** Thrown when the environment is invalid; carries every problem found, not only the first. */
export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Parses and checks the configuration from an environment (usually `process.env`).
 * Relative paths resolve against `cwd`. Throws a {@link ConfigError} listing
 * every problem at once, so an operator fixes them in one round.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  // `NAME=` (as in .env.example) means "use the default", not "set to empty".
  const given = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value.trim() !== ''),
  );
  const parsed = envSchema.safeParse(given);
  const problems = [
    ...(parsed.success
      ? []
      : parsed.error.issues.map((issue) => `${issue.path.join('.') || 'environment'}: ${issue.message}`)),
    ...policyProblems(given),
  ];
  if (!parsed.success || problems.length > 0) throw new ConfigError(problems);
  const values = parsed.data;

  const production = values.NODE_ENV === 'production';
  return {
    env: values.NODE_ENV,
    http: {
      host: values.HOST,
      port: values.PORT,
      trustProxy: values.TRUST_PROXY,
      bodyLimitBytes: values.BODY_LIMIT_BYTES,
      corsOrigins: values.CORS_ORIGINS ?? (production ? [] : [...DEVELOPMENT_ORIGINS]),
      shutdownTimeoutMs: values.SHUTDOWN_TIMEOUT_MS,
      sseHeartbeatMs: values.SSE_HEARTBEAT_MS,
    },
    database: parseDatabaseUrl(values.DATABASE_URL, cwd),
    redisUrl: values.REDIS_URL,
    auth: {
      jwtSecret: values.JWT_SECRET ? new TextEncoder().encode(values.JWT_SECRET) : randomBytes(32),
      jwtSecretGenerated: !values.JWT_SECRET,
      accessTokenTtlSeconds: values.ACCESS_TOKEN_TTL_SECONDS,
      refreshTokenTtlSeconds: values.REFRESH_TOKEN_TTL_SECONDS,
      refreshReuseGraceSeconds: values.REFRESH_REUSE_GRACE_SECONDS,
    },
    rateLimit: {
      enabled: values.RATE_LIMIT_ENABLED ?? true,
      windowMs: values.RATE_LIMIT_WINDOW_MS,
      max: values.RATE_LIMIT_MAX,
      authMax: values.AUTH_RATE_LIMIT_MAX,
      refreshMax: values.REFRESH_RATE_LIMIT_MAX,
      loginFailureLimit: values.LOGIN_FAILURE_LIMIT,
      loginAccountFailureLimit: values.LOGIN_ACCOUNT_FAILURE_LIMIT,
      loginFailureWindowMs: values.LOGIN_FAILURE_WINDOW_MS,
    },
    uploads: { dir: path.resolve(cwd, values.UPLOAD_DIR), maxBytes: values.UPLOAD_MAX_BYTES },
    events: {
      retentionSeconds: values.EVENTS_RETENTION_SECONDS,
      retentionCount: values.EVENTS_RETENTION_COUNT,
    },
    log: { level: values.LOG_LEVEL },
    openapi: {
      specPath: values.OPENAPI_SPEC_PATH ? path.resolve(cwd, values.OPENAPI_SPEC_PATH) : defaultSpecPath(),
      validateRequests: values.VALIDATE_REQUESTS ?? true,
      validateResponses: values.VALIDATE_RESPONSES ?? !production,
    },
  };
}

/**
 * Rules across variables, checked on the raw strings so they are reported
 * together with any type errors: secrets strong enough, origins well-formed,
 * and in production no development conveniences (generated secret, implicit origins).
 */
function policyProblems(given: Record<string, string | undefined>): string[] {
  const problems: string[] = [];
  const secret = given.JWT_SECRET;
  const origins = given.CORS_ORIGINS?.split(',')
    .map((origin) => origin.trim())
    .filter((origin) => origin !== '');
  if (secret !== undefined && Buffer.byteLength(secret) < MIN_JWT_SECRET_BYTES) {
    problems.push(`JWT_SECRET: must be at least ${MIN_JWT_SECRET_BYTES} bytes`);
  }
  if (given.TRUST_PROXY?.trim().toLowerCase() === 'true') {
    problems.push(
      'TRUST_PROXY: "true" would believe any X-Forwarded-For a client sends (and let it escape rate limits); ' +
        'set the number of proxies in front of the server (e.g. 1) or their addresses (e.g. 10.0.0.0/8, loopback)',
    );
  }
  if (origins?.includes('*')) {
    problems.push('CORS_ORIGINS: list explicit origins; "*" cannot be combined with credentials');
  }
  for (const origin of origins ?? []) {
    if (origin !== '*' && !isOrigin(origin)) {
      problems.push(`CORS_ORIGINS: "${origin}" is not an origin like https://app.example.com`);
    }
  }
  if (given.NODE_ENV !== 'production') return problems;
  if (secret === undefined) {
    problems.push(`JWT_SECRET: required in production (at least ${MIN_JWT_SECRET_BYTES} random bytes)`);
  }
  if (origins === undefined || origins.length === 0) {
    problems.push('CORS_ORIGINS: required in production (comma-separated origins allowed to call the API)');
  }
  return problems;
}

/** An origin is scheme://host[:port] with nothing after it (RFC 6454 §7). */
function isOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === value;
  } catch {
    return false;
  }
}

/**
 * `postgres://` / `postgresql://` select PostgreSQL; anything else is a SQLite file,
 * written as a path, `file:path` or `sqlite:path` (`:memory:` for an in-memory database).
 */
export function parseDatabaseUrl(url: string, cwd = process.cwd()): DatabaseConfig {
  if (/^postgres(ql)?:\/\//i.test(url)) return { kind: 'postgres', url };
  const filename = url.replace(/^(sqlite|file):(\/\/)?/i, '');
  if (filename === ':memory:') return { kind: 'sqlite', filename };
  return { kind: 'sqlite', filename: path.resolve(cwd, filename) };
}

/**
 * The bundled spec written next to the compiled server by the build
 * (`dist/openapi.json`), else the source spec in the repository.
 */
function defaultSpecPath(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const serverRoot = path.resolve(here, '../../..');
  const bundled = path.join(serverRoot, 'dist', 'openapi.json');
  return existsSync(bundled) ? bundled : path.resolve(serverRoot, '../openapi/openapi.yaml');
}
