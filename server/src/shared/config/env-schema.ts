import { z } from 'zod';

/*
 * Every environment variable the server reads, with its development default.
 * Production-only rules (real secrets, explicit CORS origins) live in
 * load-config.ts so that the defaults here stay zero-configuration.
 */

const MEBIBYTE = 1024 * 1024;

/** An integer read from an environment string, with bounds, e.g. `PORT=3000`. */
function integer(defaultValue: number, min: number, max = Number.MAX_SAFE_INTEGER) {
  return z
    .string()
    .trim()
    .regex(/^\d+$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().int().min(min).max(max))
    .default(defaultValue);
}

/** `true`/`false` (also `1`/`0`, `yes`/`no`) read from an environment string. */
function boolean() {
  return z
    .string()
    .trim()
    .toLowerCase()
    .refine((value) => ['true', 'false', '1', '0', 'yes', 'no'].includes(value), 'must be true or false')
    .transform((value) => value === 'true' || value === '1' || value === 'yes')
    .optional();
}

/** A comma-separated list, blanks dropped: `a, b,,c` -> `['a', 'b', 'c']`. */
const commaList = z
  .string()
  .transform((value) =>
    value
      .split(',')
      .map((item) => item.trim())
      .filter((item) => item.length > 0),
  )
  .optional();

/**
 * Express `trust proxy` (https://expressjs.com/en/guide/behind-proxies.html):
 * `false`, a hop count, or a list of addresses/subnets/named ranges. `true`
 * (trust every hop, i.e. any header a client writes) is refused in load-config.ts.
 */
const trustProxy = z
  .string()
  .trim()
  .transform((value): boolean | number | string[] => {
    if (value === 'false' || value === '') return false;
    if (value === 'true') return true;
    if (/^\d+$/.test(value)) return Number(value);
    return value.split(',').map((item) => item.trim());
  })
  .default(false);

export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  HOST: z.string().trim().min(1).default('127.0.0.1'),
  PORT: integer(3000, 0, 65_535),
  TRUST_PROXY: trustProxy,
  DATABASE_URL: z.string().trim().min(1).default('./data/taskboard.sqlite'),
  REDIS_URL: z
    .string()
    .trim()
    .regex(/^rediss?:\/\/\S+$/, 'must be a redis:// or rediss:// URL, e.g. redis://127.0.0.1:6379')
    .optional(),
  JWT_SECRET: z.string().optional(),
  ACCESS_TOKEN_TTL_SECONDS: integer(15 * 60, 30),
  REFRESH_TOKEN_TTL_SECONDS: integer(14 * 24 * 60 * 60, 60),
  REFRESH_REUSE_GRACE_SECONDS: integer(10, 0, 300),
  CORS_ORIGINS: commaList,
  RATE_LIMIT_ENABLED: boolean(),
  RATE_LIMIT_WINDOW_MS: integer(60_000, 1_000),
  RATE_LIMIT_MAX: integer(300, 1),
  AUTH_RATE_LIMIT_MAX: integer(20, 1),
  REFRESH_RATE_LIMIT_MAX: integer(60, 1),
  LOGIN_FAILURE_LIMIT: integer(5, 1),
  LOGIN_ACCOUNT_FAILURE_LIMIT: integer(50, 1),
  LOGIN_FAILURE_WINDOW_MS: integer(15 * 60_000, 1_000),
  BODY_LIMIT_BYTES: integer(MEBIBYTE, 1_024),
  UPLOAD_MAX_BYTES: integer(10 * MEBIBYTE, 1),
  UPLOAD_DIR: z.string().trim().min(1).default('./data/uploads'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  VALIDATE_REQUESTS: boolean(),
  VALIDATE_RESPONSES: boolean(),
  OPENAPI_SPEC_PATH: z.string().trim().min(1).optional(),
  SHUTDOWN_TIMEOUT_MS: integer(10_000, 0),
  SSE_HEARTBEAT_MS: integer(15_000, 100),
  EVENTS_RETENTION_SECONDS: integer(24 * 60 * 60, 60),
  EVENTS_RETENTION_COUNT: integer(1000, 1),
});

export type Env = z.infer<typeof envSchema>;
