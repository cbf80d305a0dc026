/**
 * Builds the Express router from the generated operation descriptors: one
 * route per path, each method's pipeline (security -> input -> handler ->
 * send), and a 405 for the path's undocumented methods.
 */
import { randomUUID } from 'node:crypto';
import express, {
  type NextFunction,
  type Request,
  type RequestHandler,
  type Response,
  type Router,
} from 'express';
import { unacceptable } from './accept.js';
import type { OperationDescriptor, SecuritySchemeDescriptor } from './descriptors.js';
import { documentError, documentMethodError, FALLBACK_HEADER } from './documented-status.js';
import { buildInput, type ReceivedBody, receiveBody, type ValidationMode } from './input.js';
import {
  type DocumentedAnswer,
  isRouterError,
  MethodNotAllowedError,
  NotAcceptableError,
  NotImplementedError,
  SecurityError,
} from './runtime.js';
import { authenticate, type SecurityChecks, wwwAuthenticate } from './security.js';
import { type AnyResult, sendResult } from './send.js';

export interface EngineOptions<TAuth> {
  /** Handler groups keyed like `Handlers`; methods are called with their group as `this`. */
  handlers: Readonly<Record<string, object>>;
  security: SecurityChecks<TAuth, Request>;
  validateRequests: ValidationMode;
  /** express-openapi-validator's middleware chain, required in `openapi-validator` mode. */
  requestValidator?: readonly RequestHandler[];
  /** Largest JSON/form/text body read, in bytes. */
  bodyLimit: number;
  sseHeartbeatMs: number;
  requestId: (req: Request) => string;
}

/** The options every generated `createRouter` accepts besides `handlers` and `security`. */
export interface RouterOptionsBase {
  /**
   * `zod` (default): the generated zod schemas validate and coerce every input.
   * `openapi-validator`: express-openapi-validator validates against `apiSpec`.
   * `off`: values reach handlers as read (strings), unchecked.
   */
  validateRequests?: ValidationMode;
  /** The bundled spec (object or file path); required for `openapi-validator`. */
  apiSpec?: string | object;
  /** Largest JSON/form/text body read, in bytes (default 1 MiB); larger bodies get 413. */
  bodyLimit?: number;
  /** Interval of `: ping` comments on idle Server-Sent Events streams (default 15 s; 0 disables). */
  sseHeartbeatMs?: number;
  /** The request id handed to handlers (default: `req.id`, else `X-Request-Id`, else a new UUID). */
  requestId?: (req: Request) => string;
}

/** Builds express-openapi-validator's request-validation chain for a spec. */
export type RequestValidatorFactory = (apiSpec: string | object) => RequestHandler[];

/** Applies the defaults to a generated router's options and builds the router. */
export function createOperationsRouter(
  operations: readonly OperationDescriptor[],
  schemes: Readonly<Record<string, SecuritySchemeDescriptor>>,
  options: RouterOptionsBase & { handlers: object; security?: object },
  validatorFactory?: RequestValidatorFactory,
): Router {
  const validateRequests = options.validateRequests ?? 'zod';
  if (
    validateRequests === 'openapi-validator' &&
    (validatorFactory === undefined || options.apiSpec === undefined)
  ) {
    throw new Error(
      validatorFactory === undefined
        ? "validateRequests: 'openapi-validator' is not available: the router was generated with openApiValidator: false."
        : "validateRequests: 'openapi-validator' needs the bundled spec: pass `apiSpec`.",
    );
  }
  return buildRouter(operations, schemes, {
    handlers: options.handlers as Readonly<Record<string, object>>,
    security: (options.security ?? {}) as SecurityChecks<unknown, Request>,
    validateRequests,
    ...(validateRequests === 'openapi-validator' &&
    validatorFactory !== undefined &&
    options.apiSpec !== undefined
      ? { requestValidator: validatorFactory(options.apiSpec) }
      : {}),
    bodyLimit: options.bodyLimit ?? 1_048_576,
    sseHeartbeatMs: options.sseHeartbeatMs ?? 15_000,
    requestId: options.requestId ?? defaultRequestId,
  });
}

/** The request id: the one set by a logger (pino-http's `req.id`), else `X-Request-Id`, else a new UUID. */
export function defaultRequestId(req: Request): string {
  const fromLogger = (req as { id?: unknown }).id;
  if (typeof fromLogger === 'string' || typeof fromLogger === 'number') return String(fromLogger);
  const header = req.headers['x-request-id'];
  return typeof header === 'string' && header !== '' ? header : randomUUID();
}

/** Mounts every operation on a new router. Throws at start-up when a handler or security check is missing. */
export function buildRouter<TAuth>(
  operations: readonly OperationDescriptor[],
  schemes: Readonly<Record<string, SecuritySchemeDescriptor>>,
  options: EngineOptions<TAuth>,
): Router {
  assertComplete(operations, schemes, options);
  const router = express.Router({ caseSensitive: true });
  const byPath = new Map<string, OperationDescriptor[]>();
  for (const operation of operations) {
    const group = byPath.get(operation.expressPath) ?? [];
    group.push(operation);
    byPath.set(operation.expressPath, group);
  }
  for (const [expressPath, group] of byPath) {
    const route = router.route(expressPath);
    for (const operation of group) route[operation.method](operationHandler(operation, schemes, options));
    const allow = group.map((operation) => operation.method.toUpperCase());
    route.all((_req: Request, res: Response, next: NextFunction) => {
      res.setHeader('Allow', allow.join(', '));
      const error = new MethodNotAllowedError(allow);
      markFallback(res, documentMethodError(error, group));
      next(error);
    });
  }
  return router;
}

function assertComplete<TAuth>(
  operations: readonly OperationDescriptor[],
  schemes: Readonly<Record<string, SecuritySchemeDescriptor>>,
  options: EngineOptions<TAuth>,
): void {
  const missing: string[] = [];
  for (const operation of operations) {
    const group = options.handlers[operation.group] as Record<string, unknown> | undefined;
    if (typeof group?.[operation.handler] !== 'function')
      missing.push(`handlers.${operation.group}.${operation.handler}`);
    for (const scheme of operation.security.flat()) {
      // A requirement naming an undeclared scheme can never pass; it needs no check.
      if (scheme in schemes && typeof options.security[scheme] !== 'function')
        missing.push(`security.${scheme}`);
    }
  }
  if (missing.length > 0) throw new Error(`createRouter: missing ${[...new Set(missing)].join(', ')}.`);
}

function operationHandler<TAuth>(
  operation: OperationDescriptor,
  schemes: Readonly<Record<string, SecuritySchemeDescriptor>>,
  options: EngineOptions<TAuth>,
): RequestHandler {
  const group = options.handlers[operation.group] as Record<string, unknown>;
  return async (req, res, next) => {
    try {
      const authResult = await authenticate(req, operation.security, schemes, options.security);
      if (!authResult.ok) throw new SecurityError([...new Set(operation.security.flat())]);
      let received: ReceivedBody | undefined;
      let mode = options.validateRequests;
      if (mode === 'openapi-validator') {
        received = await receiveBody(req, operation, options.bodyLimit);
        if (received.present && isStream(operation, received.mediaType)) {
          // The validator wants multipart bodies parsed (by multer); here they stay unread for the
          // handler, so the parameters of such requests are checked by the zod schemas instead.
          mode = 'zod';
        } else {
          if (received.present) req.body = received.value;
          await runChain(options.requestValidator ?? [], req, res);
        }
      }
      const input = await buildInput(req, operation, mode, options.bodyLimit, received);
      const refused = unacceptable(req.headers.accept, operation.responses);
      if (refused !== undefined) throw new NotAcceptableError(req.headers.accept ?? '', refused);
      const controller = new AbortController();
      const onClose = () => {
        if (!res.writableFinished) controller.abort();
      };
      res.once('close', onClose);
      const context = { requestId: options.requestId(req), signal: controller.signal, auth: authResult.auth };
      const handler = group[operation.handler];
      if (typeof handler !== 'function') throw new NotImplementedError(operation.operationId);
      const result = (await handler.call(group, input, context)) as AnyResult;
      await sendResult(res, result, operation.responses, { sseHeartbeatMs: options.sseHeartbeatMs });
      res.off('close', onClose);
    } catch (error) {
      // A client's mistake is answered with the status the operation documents for it.
      if (isRouterError(error) && !res.headersSent) {
        markFallback(res, documentError(error, operation));
        if (error instanceof SecurityError && error.status === 401 && !res.hasHeader('WWW-Authenticate'))
          res.setHeader('WWW-Authenticate', wwwAuthenticate(error.schemes, schemes));
      }
      next(error);
    }
  };
}

/** Says in {@link FALLBACK_HEADER} that the answer stands in for an undocumented status. */
function markFallback(res: Response, answer: DocumentedAnswer): void {
  if (answer.fallback !== undefined && !res.headersSent) res.setHeader(FALLBACK_HEADER, answer.fallback);
}

function isStream(operation: OperationDescriptor, mediaType: string | undefined): boolean {
  return operation.body?.media.find((entry) => entry.mediaType === mediaType)?.kind === 'stream';
}

/** Runs middleware in order as if Express had; rejects with the first error one passes to `next`. */
async function runChain(chain: readonly RequestHandler[], req: Request, res: Response): Promise<void> {
  for (const middleware of chain) {
    await new Promise<void>((resolve, reject) => {
      const result = middleware(req, res, (error?: unknown) =>
        error === undefined || error === null ? resolve() : reject(error),
      );
      Promise.resolve(result).catch(reject);
    });
  }
}
