import type { Server } from 'node:http';
import type { Logger } from 'pino';

const IDLE_SWEEP_MS = 50;

/** What shutdown does, in order, once asked. */
export interface ShutdownOptions {
  server: Server;
  logger: Logger;
  /** How long in-flight requests may take to finish before their connections are cut. */
  timeoutMs: number;
  /** Aborted first, so long-lived work (SSE streams) ends and lets its requests complete. */
  controller: AbortController;
  /** Runs after the HTTP server has closed (e.g. closing the database). */
  afterClose: () => Promise<void>;
}

/**
 * Returns an idempotent `shutdown()` that stops accepting connections, ends
 * long-lived streams through the shutdown signal, lets in-flight requests
 * finish (cutting them after `timeoutMs`), then runs `afterClose`.
 * Resolves true when everything finished within the deadline.
 */
export function gracefulShutdown(options: ShutdownOptions): () => Promise<boolean> {
  const { server, logger, timeoutMs, controller, afterClose } = options;
  let running: Promise<boolean> | undefined;

  // While draining, ask keep-alive clients to reconnect elsewhere instead of reusing this process.
  server.on('request', (_req, res) => {
    if (controller.signal.aborted && !res.headersSent) res.setHeader('Connection', 'close');
  });

  return () => {
    running ??= (async () => {
      logger.info({ timeout_ms: timeoutMs }, 'shutting down: draining in-flight requests');
      controller.abort(new Error('The server is shutting down.'));
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Keep-alive sockets hold close() open until they time out; close each as soon as its request is done.
      server.closeIdleConnections();
      const sweeper = setInterval(() => server.closeIdleConnections(), IDLE_SWEEP_MS);
      let timer: NodeJS.Timeout | undefined;
      const deadline = new Promise<'timeout'>((resolve) => {
        timer = setTimeout(() => resolve('timeout'), timeoutMs);
      });
      const outcome = await Promise.race([closed.then(() => 'closed' as const), deadline]);
      clearTimeout(timer);
      clearInterval(sweeper);
      if (outcome === 'timeout') {
        logger.warn('shutdown deadline passed: closing the remaining connections');
        server.closeAllConnections();
        await closed;
      }
      await afterClose();
      logger.info('shutdown complete');
      return outcome === 'closed';
    })();
    return running;
  };
}
