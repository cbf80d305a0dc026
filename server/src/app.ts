import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express, { type Express, type RequestHandler } from 'express';
import { apiRouter } from './api-router.js';
import { AuthRepository } from './auth/auth.repository.js';
import { knownDeviceCheck, loginThrottle } from './auth/login-throttle.js';
import { createEventBus } from './events/create-event-bus.js';
import type { EventBus } from './events/event-bus.js';
import type { Config } from './shared/config/index.js';
import { createMigrator, type DatabaseHandle, openDatabase } from './shared/db/index.js';
import { migrations } from './shared/db/migrations/index.js';
import type { Database } from './shared/db/schema.js';
import {
  docsRouter,
  documentedResponseHeaders,
  loadOpenApiDocument,
  type OpenApiDocument,
  pathsOfOperations,
} from './shared/docs/index.js';
import {
  BadRequestError,
  errorHandler,
  notFoundHandler,
  ServiceUnavailableError,
} from './shared/errors/index.js';
import { type CounterStore, DatabaseCounterStore, MemoryCounterStore } from './shared/http/counter-store.js';
import { corsPolicy, rateLimiters, responseValidation, securityHeaders } from './shared/http/index.js';
import { jsonBody } from './shared/http/json-body.js';
import { answerParserErrors } from './shared/http/parser-errors.js';
import { RedisCounterStore } from './shared/http/redis-counter-store.js';
import { gracefulShutdown } from './shared/lifecycle/index.js';
import { createLogger, type Logger, requestLogging } from './shared/logging/index.js';

/** Operations where a client proves who it is: rate-limited harder against credential guessing. */
const CREDENTIAL_OPERATIONS = ['login', 'register'];

/**
 * Refreshing has a bucket of its own: a burst of failed sign-ins from one
 * address (a shared office NAT) must not end the sessions of its users.
 */
const REFRESH_OPERATIONS = ['refreshSession'];

/** Probes answer however often an orchestrator asks; they are never rate-limited. */
const PROBE_OPERATIONS = ['getHealth', 'getReadiness'];

/** What the HTTP application is assembled from. */
export interface AppDeps {
  config: Config;
  logger: Logger;
  /** The bundled OpenAPI document: served, and the contract responses are checked against. */
  openapi: OpenApiDocument;
  /** The API itself: the generated router bound to the features' handlers. */
  api: RequestHandler;
  /** Rate-limit counters (memory for one process, the database for several). */
  counters: CounterStore;
  /** Whether a refresh token was issued to the account with this email (see auth/login-throttle.ts). */
  isKnownDevice(email: string, refreshToken: string | undefined): Promise<boolean>;
  /** True once shutdown has begun: new requests other than the probes are turned away with 503. */
  isDraining?: () => boolean;
}

/** Sign-in: failed attempts are also limited per account. */
const LOGIN_OPERATIONS = ['login'];

/**
 * The Express application: request ids and logging, security headers, CORS,
 * rate limits, the docs, response validation (when configured), the API,
 * then 404 and the problem+json error handler. Pure assembly, no I/O.
 */
export function createApp({
  config,
  logger,
  openapi,
  api,
  counters,
  isKnownDevice,
  isDraining = () => false,
}: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  // Express' automatic weak ETags would answer undocumented 304s; ETags are the API's own business.
  app.set('etag', false);
  app.set('trust proxy', config.http.trustProxy);

  app.use(requestLogging(logger));
  app.use(rejectMalformedPaths);
  app.use(securityHeaders());
  app.use(
    corsPolicy(config.http.corsOrigins, [...documentedResponseHeaders(openapi), 'X-Request-Id'], {
      // Development only: say why a reload would sign the user out (localhost vs 127.0.0.1).
      warn: config.env === 'development' ? (message, details) => logger.warn(details, message) : undefined,
    }),
  );
  app.use(docsRouter(openapi));

  const limiters = rateLimiters(config.rateLimit, counters);
  const probePaths = new Set(pathsOfOperations(openapi, PROBE_OPERATIONS));
  // While draining, only the probes answer (/ready with 503): the load balancer moves traffic elsewhere.
  app.use((req, _res, next) =>
    next(
      isDraining() && !probePaths.has(req.path)
        ? new ServiceUnavailableError('The server is shutting down; retry the request.')
        : undefined,
    ),
  );
  const credentialPaths = pathsOfOperations(openapi, CREDENTIAL_OPERATIONS).map(toExpressPath);
  if (credentialPaths.length > 0) app.use(credentialPaths, limiters.credentials);
  const refreshPaths = pathsOfOperations(openapi, REFRESH_OPERATIONS).map(toExpressPath);
  if (refreshPaths.length > 0) app.use(refreshPaths, limiters.refresh);
  app.use((req, res, next) => (probePaths.has(req.path) ? next() : limiters.api(req, res, next)));

  app.use(jsonBody(config.http.bodyLimitBytes));
  const loginPaths = pathsOfOperations(openapi, LOGIN_OPERATIONS).map(toExpressPath);
  if (config.rateLimit.enabled && loginPaths.length > 0) {
    app.post(
      loginPaths,
      loginThrottle(counters, {
        perClientLimit: config.rateLimit.loginFailureLimit,
        perAccountLimit: config.rateLimit.loginAccountFailureLimit,
        windowMs: config.rateLimit.loginFailureWindowMs,
        isKnownDevice,
      }),
    );
  }

  if (config.openapi.validateResponses) app.use(responseValidation(openapi));
  app.use(api);
  app.use(notFoundHandler);
  app.use(errorHandler(logger));
  return app;
}

/** Options for {@link buildServer}, mostly for tests. */
export interface BuildOptions {
  /** Use this logger instead of one writing to stdout (tests capture lines this way). */
  logger?: Logger;
  /** Extra routes mounted before the API (tests use them to exercise the platform in isolation). */
  extraRoutes?: RequestHandler;
}

/** A built, not yet listening, server with everything it owns. */
export interface AppServer {
  app: Express;
  httpServer: Server;
  logger: Logger;
  database: DatabaseHandle<Database>;
  /** Aborted when shutdown starts: long-lived work (SSE streams) ends on it. */
  shutdownSignal: AbortSignal;
  /** Starts listening on the configured host and port (0 = any free port); resolves to the base URL. */
  listen(): Promise<URL>;
  /** Graceful shutdown; resolves true when in-flight requests all finished within the deadline. */
  shutdown(): Promise<boolean>;
}

/**
 * The composition root: loads the spec, opens and migrates the database,
 * builds services and handlers, and wires them into the application.
 */
export async function buildServer(config: Config, options: BuildOptions = {}): Promise<AppServer> {
  const logger = options.logger ?? createLogger(config);
  const openapi = await loadOpenApiDocument(config.openapi.specPath);
  const database = openDatabase<Database>(config.database);
  try {
    const applied = await createMigrator(database.db, migrations).up();
    if (applied.length > 0) logger.info({ migrations: applied }, 'database migrated');
  } catch (error) {
    await database.close();
    throw error;
  }

  let events: EventBus;
  try {
    events = await createEventBus(config, database, logger);
  } catch (error) {
    await database.close();
    throw error;
  }

  const shutdownController = new AbortController();
  const api = apiRouter({ config, logger, database, shutdownSignal: shutdownController.signal, events });
  const routes: RequestHandler = options.extraRoutes ? express.Router().use(options.extraRoutes, api) : api;
  // Redis when configured; else one process on SQLite counts in memory, and PostgreSQL means possibly
  // many processes sharing one limit in its table.
  let counters: CounterStore;
  try {
    counters = config.redisUrl
      ? await RedisCounterStore.connect(config.redisUrl, logger)
      : database.dialect === 'postgres'
        ? new DatabaseCounterStore(database.db)
        : new MemoryCounterStore();
  } catch (error) {
    await events.close();
    await database.close();
    throw error;
  }
  const app = createApp({
    config,
    logger,
    openapi,
    api: routes,
    counters,
    isKnownDevice: knownDeviceCheck(new AuthRepository(database.db)),
    isDraining: () => shutdownController.signal.aborted,
  });
  const httpServer = createServer(app);
  answerParserErrors(httpServer, logger);
  // Outlive a load balancer's usual 60 s idle timeout, so it (not this server) closes idle keep-alive sockets.
  httpServer.keepAliveTimeout = 65_000;
  httpServer.headersTimeout = 66_000;
  const shutdown = gracefulShutdown({
    server: httpServer,
    logger,
    timeoutMs: config.http.shutdownTimeoutMs,
    controller: shutdownController,
    afterClose: async () => {
      // The listener first, so no delivery starts on a closing pool.
      await events.close();
      counters.close();
      await database.close();
    },
  });

  return {
    app,
    httpServer,
    logger,
    database,
    shutdownSignal: shutdownController.signal,
    shutdown,
    listen: () =>
      new Promise<URL>((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(config.http.port, config.http.host, () => {
          httpServer.off('error', reject);
          resolve(baseUrl(httpServer.address() as AddressInfo));
        });
      }),
  };
}

/**
 * A path whose percent-encoding does not decode (`/projects/%ff`) is the
 * client's mistake: 400 here, before any router tries to decode it (Express
 * and the response validator would each turn it into a 500).
 */
const rejectMalformedPaths: RequestHandler = (req, _res, next) => {
  try {
    decodeURIComponent(req.path);
    next();
  } catch {
    next(new BadRequestError('The URL path contains a percent-encoded sequence that is not valid UTF-8.'));
  }
};

/** OpenAPI `{param}` templates as Express 5 paths (`:param`). */
function toExpressPath(template: string): string {
  return template.replace(/\{([^}]+)\}/g, ':$1');
}

function baseUrl(address: AddressInfo): URL {
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return new URL(`http://${host}:${address.port}`);
}
