import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RequestHandler } from 'express';
import { type AppServer, buildServer } from '../../src/app.js';
import { type Config, loadConfig } from '../../src/shared/config/index.js';
import { createLogger } from '../../src/shared/logging/index.js';
import { LogCapture } from './log-capture.js';

const SPEC_PATH = fileURLToPath(new URL('../../../openapi/openapi.yaml', import.meta.url));

/** What a test can change about the server it starts. */
export interface TestServerOptions {
  /** Environment variables on top of the test defaults (e.g. `{ RATE_LIMIT_MAX: '3' }`). */
  env?: Record<string, string>;
  /** Routes mounted before the API, to exercise the platform with controlled behaviour. */
  extraRoutes?: RequestHandler;
}

/** A running server on a free port with its own temporary database and upload folder. */
export interface TestServer {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  baseUrl: string;
  server: AppServer;
  config: Config;
  /** Every log line the server wrote. */
  logs: LogCapture;
  /** Shuts the server down gracefully and deletes its temporary files. */
  close(): Promise<void>;
}

/**
 * Starts the real application (the same composition root as `npm start`) on
 * 127.0.0.1 port 0 with a temporary SQLite file, a fixed JWT secret and
 * generous rate limits; `env` overrides any of it (DATABASE_URL for PostgreSQL).
 */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const dir = await mkdtemp(path.join(tmpdir(), 'taskboard-test-'));
  try {
    const config = loadConfig({
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: '0',
      DATABASE_URL: path.join(dir, 'taskboard.sqlite'),
      UPLOAD_DIR: path.join(dir, 'uploads'),
      JWT_SECRET: 'test-secret-that-is-at-least-32-bytes-long',
      OPENAPI_SPEC_PATH: SPEC_PATH,
      RATE_LIMIT_MAX: '100000',
      AUTH_RATE_LIMIT_MAX: '100000',
      REFRESH_RATE_LIMIT_MAX: '100000',
      SHUTDOWN_TIMEOUT_MS: '5000',
      LOG_LEVEL: 'info',
      ...options.env,
    });
    const logs = new LogCapture();
    const server = await buildServer(config, {
      logger: createLogger(config, logs),
      extraRoutes: options.extraRoutes,
    });
    const url = await server.listen();
    return {
      baseUrl: url.origin,
      server,
      config,
      logs,
      async close() {
        await server.shutdown();
        await rm(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}
