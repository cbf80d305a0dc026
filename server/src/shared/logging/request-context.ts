import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger } from 'pino';

/** What code deep inside a request may want without being handed `req`. */
export interface RequestScope {
  requestId: string;
  /** Child logger whose every line carries the request id. */
  logger: Logger;
}

const storage = new AsyncLocalStorage<RequestScope>();

/** Runs `fn` with `scope` as the current request scope (for it and everything it awaits). */
export function runInRequestScope<T>(scope: RequestScope, fn: () => T): T {
  return storage.run(scope, fn);
}

/** The scope of the request being served, or undefined outside a request (start-up, timers). */
export function currentRequestScope(): RequestScope | undefined {
  return storage.getStore();
}

/** The current request's logger, or `fallback` outside a request. */
export function currentLogger(fallback: Logger): Logger {
  return storage.getStore()?.logger ?? fallback;
}
