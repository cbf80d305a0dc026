import type { Server } from 'node:http';
import type { Logger } from 'pino';

/** What shutdown does, in order, once asked. */
export interface ShutdownOptions {
  server: Server;
  logger: Logger;
  /** How long in-flight requests may take to finish before their connections are cut. */
  timeoutMs: number;
  /** Aborted first, so long-lived work (SSE streams) ends and new requests are turned away. */
  controller: AbortController;
  /** Runs after the HTTP server has closed (e.g. closing the event listener and the database). */
  afterClose: () => Promise<void>;
}

/**
 * Returns an idempotent `shutdown()` that drains the server: the shutdown
 * signal ends long-lived streams and makes the app answer new requests with
 * 503 (`/ready` included, so a load balancer sees it), every response carries
 * `Connection: close`, and the listener stays open until the requests that
 * were already in flight have finished (or `timeoutMs` passed) — so clients
 * get a 503 or a closed connection between requests, never a refused or reset
 * one. Then the listener closes and `afterClose` runs. Resolves true when
 * everything finished within the deadline.
 */
export function gracefulShutdown(options: ShutdownOptions): () => Promise<boolean> {
  const { server, logger, timeoutMs, controller, afterClose } = options;
  let running: Promise<boolean> | undefined;
  let admitted = 0;
  let drained: () => void = () => {};

  // Before the app's own listener, so the header is set before any response can be written.
  server.prependListener('request', (_req, res) => {
    if (controller.signal.aborted) {
      // While draining, keep-alive clients must reconnect (elsewhere) instead of reusing this connection.
      if (!res.headersSent) res.setHeader('Connection', 'close');
      return;
    }
    admitted += 1;
    res.once('close', () => {
      admitted -= 1;
      if (admitted === 0 && controller.signal.aborted) drained();
    });
  });

  return () => {
    running ??= (async () => {
      logger.info(
        { timeout_ms: timeoutMs, in_flight: admitted },
        'shutting down: draining in-flight requests',
      );
      const allDrained = new Promise<void>((resolve) => {
        drained = resolve;
      });
      controller.abort(new Error('The server is shutting down.'));
      if (admitted === 0) drained();
      let timer: NodeJS.Timeout | undefined;
      const deadline = new Promise<'timeout'>((resolve) => {
        timer = setTimeout(() => resolve('timeout'), timeoutMs);
      });
      const outcome = await Promise.race([allDrained.then(() => 'drained' as const), deadline]);
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      if (outcome === 'timeout') {
        logger.warn('shutdown deadline passed: closing the remaining connections');
        server.closeAllConnections();
      } else {
        // Sockets of requests that were turned away with 503 close once that response is written.
        const rest = await Promise.race([closed.then(() => 'closed' as const), deadline]);
        if (rest === 'timeout') server.closeAllConnections();
      }
      clearTimeout(timer);
      await closed;
      await afterClose();
      logger.info('shutdown complete');
      return outcome === 'drained';
    })();
    return running;
  };
}
