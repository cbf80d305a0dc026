/**
 * Mounts a generated router in a real Express 5 app on an ephemeral port,
 * with a minimal error handler that exposes the router's error classes.
 */
import type { AddressInfo } from 'node:net';
import express, { type ErrorRequestHandler } from 'express';
import type { ServerPlan } from '../../../src/server/plan.js';

export interface RunningApp {
  url: string;
  close(): Promise<void>;
}

/** The generated `router.ts`, loaded at test time. */
export type RouterModule = {
  createRouter(options: Record<string, unknown>): express.Router;
  operationIndex: Record<string, { method: string; path: string; tags: readonly string[] }>;
};

export type Handler = (input: Record<string, unknown>, context: Record<string, unknown>) => Promise<unknown>;

/** Handler groups for every operation of the plan: the given implementations (by operationId), a 501 for the rest. */
export function handlersFor(
  plan: ServerPlan,
  implementations: Record<string, Handler>,
): Record<string, Record<string, Handler>> {
  const groups: Record<string, Record<string, Handler>> = {};
  for (const group of plan.groups) {
    const methods: Record<string, Handler> = {};
    for (const { operation } of group.operations) {
      methods[operation.name] =
        implementations[operation.operationId] ??
        (async () => {
          throw Object.assign(new Error(`${operation.operationId} is not part of this test`), {
            status: 501,
          });
        });
    }
    groups[group.key] = methods;
  }
  return groups;
}

const errorHandler: ErrorRequestHandler = (error, _req, res, _next) => {
  const failure = error as {
    status?: number;
    kind?: string;
    errors?: unknown;
    allow?: string[];
    message?: string;
  };
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res
    .status(failure.status ?? 500)
    .type('application/problem+json')
    .json({
      kind: failure.kind,
      status: failure.status ?? 500,
      errors: failure.errors,
      detail: failure.message,
    });
};

/** Starts `app.use(router)`, then `after` (e.g. the generated error handler) and the test's error handler, on 127.0.0.1:0. */
export async function startApp(
  router: express.Router,
  before: express.RequestHandler[] = [],
  after: ErrorRequestHandler[] = [],
): Promise<RunningApp> {
  const app = express();
  for (const middleware of before) app.use(middleware);
  app.use(router);
  for (const middleware of after) app.use(middleware);
  app.use(errorHandler);
  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
