import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express';
import type { Logger } from 'pino';
import { afterRequestBody } from '../http/after-request-body.js';
import type { AppError } from './app-error.js';
import { PROBLEM_CONTENT_TYPE, problemFrom } from './problem.js';
import { InternalError, NotFoundError } from './registry.js';
import { toAppError } from './to-app-error.js';

/**
 * The one place errors become responses: every error — from services, the
 * generated router, body parsers or a bug — leaves as the spec's
 * problem+json. Unknown errors are logged with their stack and answered
 * with a generic 500 that reveals nothing.
 */
export function errorHandler(fallbackLogger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    const logger = (res.locals.logger as Logger | undefined) ?? fallbackLogger;
    if (res.headersSent) {
      // Too late for a problem document (e.g. a stream failed midway): let Express close the connection.
      logger.error({ err: error }, 'error after the response started');
      next(error);
      return;
    }
    const appError = toAppError(error);
    if (appError === undefined || appError.status >= 500) {
      logger.error({ err: error }, 'request failed');
    }
    // After the client's upload, if one is still arriving: it reads the problem instead of a reset.
    afterRequestBody(req, () =>
      sendProblem(req, res, appError && appError.status !== 500 ? appError : new InternalError()),
    );
  };
}

/** Final handler for paths no route knows: 404 problem. */
export const notFoundHandler: RequestHandler = (req, _res, next) => {
  next(new NotFoundError(`No resource at ${req.path}.`));
};

/** Writes `error` as problem+json, with its extra headers (Allow, Retry-After, WWW-Authenticate). */
export function sendProblem(req: Request, res: Response, error: AppError): void {
  const body = problemFrom(error, {
    instance: req.originalUrl.split('?')[0],
    requestId: res.locals.requestId as string | undefined,
  });
  res.status(error.status);
  for (const [name, value] of Object.entries(error.headers)) res.setHeader(name, value);
  res.setHeader('Content-Type', PROBLEM_CONTENT_TYPE);
  res.setHeader('Cache-Control', 'no-store');
  res.end(JSON.stringify(body));
}
