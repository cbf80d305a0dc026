/** Where the data lives: an embedded SQLite file (default) or a PostgreSQL server. */
export type DatabaseConfig = { kind: 'sqlite'; filename: string } | { kind: 'postgres'; url: string };

/** The whole server configuration, parsed once from the environment at start-up. */
export interface Config {
  env: 'development' | 'test' | 'production';
  http: {
    host: string;
    port: number;
    /** Express `trust proxy` setting. */
    trustProxy: boolean | number | string[];
    /** Largest JSON request body accepted, in bytes (413 beyond). */
    bodyLimitBytes: number;
    /** Origins allowed to call the API from a browser, with credentials. */
    corsOrigins: string[];
    /** How long shutdown waits for in-flight requests before closing their connections. */
    shutdownTimeoutMs: number;
    /** Interval of SSE heartbeat comments, keeping proxies from closing idle streams. */
    sseHeartbeatMs: number;
  };
  database: DatabaseConfig;
  /** Redis for the rate-limit and sign-in counters of every process (REDIS_URL); absent: see `counters`. */
  redisUrl?: string;
  auth: {
    /** HMAC key for access tokens (HS256). */
    jwtSecret: Uint8Array;
    /** True when no JWT_SECRET was given and a random one was made for this run (never in production). */
    jwtSecretGenerated: boolean;
    accessTokenTtlSeconds: number;
    refreshTokenTtlSeconds: number;
    /** How long a just-rotated refresh token may be presented again (concurrent tabs); 0 = never. */
    refreshReuseGraceSeconds: number;
  };
  rateLimit: {
    enabled: boolean;
    windowMs: number;
    /** Requests per window per client on the API as a whole. */
    max: number;
    /** Requests per window per client on login and register (credential guessing). */
    authMax: number;
    /** Requests per window per client on refresh: its own bucket, so sign-in attempts never starve a session. */
    refreshMax: number;
    /** Failed sign-ins per account from one address per `loginFailureWindowMs`. */
    loginFailureLimit: number;
    /** Failed sign-ins per account from all addresses (devices never signed in to it are then refused). */
    loginAccountFailureLimit: number;
    loginFailureWindowMs: number;
  };
  uploads: { dir: string; maxBytes: number };
  events: {
    /** Events older than this (seconds) are no longer replayed for `Last-Event-ID`. */
    retentionSeconds: number;
    /** At most this many recent events per project are replayed. */
    retentionCount: number;
  };
  log: { level: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent' };
  openapi: {
    /** The OpenAPI document served at /openapi.json and used for response validation. */
    specPath: string;
    /** Validate requests with the generated zod schemas (on unless explicitly turned off, e.g. to benchmark). */
    validateRequests: boolean;
    /** Check every response against the spec (development and test; off in production by default). */
    validateResponses: boolean;
  };
}
