import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { Logger } from 'pino';
import { runInRequestScope } from './request-context.js';
import { requestIdFrom } from './request-id.js';

/** Per-request values the middleware leaves on `res.locals` for later layers. */
export interface RequestLocals {
  requestId: string;
  logger: Logger;
}

/** The request id and logger that {@link requestLogging} put on `res.locals`. */
export function requestLocals(res: Response): RequestLocals {
  return res.locals as RequestLocals;
}

/**
 * Gives each request an id (the caller's `X-Request-Id` when safe, else a new
 * UUID), echoes it in the response, binds a child logger carrying it (on
 * `res.locals.logger` and in the async request scope), and writes one line
 * per request when it ends: method, route template, status and duration.
 */
export function requestLogging(logger: Logger): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    const startedAt = process.hrtime.bigint();
    const requestId = requestIdFrom(req.headers['x-request-id']);
    const child = logger.child({ request_id: requestId });
    res.locals.requestId = requestId;
    // `req.id` is the pino-http convention the generated router reads the id from.
    (req as Request & { id?: string }).id = requestId;
    res.locals.logger = child;
    res.setHeader('X-Request-Id', requestId);

    let logged = false;
    const logCompletion = () => {
      if (logged) return;
      logged = true;
      const durationMs = Number(process.hrtime.bigint() - startedAt) / 1e6;
      const aborted = !res.writableFinished;
      const line = {
        method: req.method,
        route: routeTemplate(req),
        status: res.statusCode,
        duration_ms: Math.round(durationMs * 100) / 100,
        ...(aborted ? { aborted: true } : {}),
      };
      const level = res.statusCode >= 500 ? 'error' : 'info';
      child[level](line, aborted ? 'request aborted' : 'request completed');
    };
    res.once('finish', logCompletion);
    res.once('close', logCompletion);

    runInRequestScope({ requestId, logger: child }, () => next());
  };
}

/**
 * The matched route in OpenAPI form (`/projects/{projectId}`), so logs group by
 * endpoint instead of by id; `(unmatched)` when no route handled the request.
 * The raw URL is deliberately not logged: query strings may carry secrets.
 */
function routeTemplate(req: Request): string {
  const route = req.route as { path?: unknown } | undefined;
  if (typeof route?.path !== 'string') return '(unmatched)';
  const template = `${req.baseUrl}${route.path}`.replace(/:(\w+)/g, '{$1}');
  return template === '' ? '/' : template;
}
