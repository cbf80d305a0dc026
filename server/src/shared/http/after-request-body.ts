import type { IncomingMessage } from 'node:http';

/** How long an early answer waits for the rest of the body before it is sent anyway. */
const DRAIN_TIMEOUT_MS = 5_000;

/**
 * Runs `send` once the client has finished sending the request body (read and
 * dropped here), or at once when there is nothing left to read. An answer sent
 * while the client is still uploading (401, 413, 415...) on a connection that
 * closes after it makes the client's next write fail with EPIPE or a reset
 * before it reads the answer; reading the rest first lets it see the problem.
 * A body still arriving after 5 s is not waited for.
 */
export function afterRequestBody(req: IncomingMessage, send: () => void): void {
  if (req.complete || req.readableEnded || req.destroyed) {
    send();
    return;
  }
  let sent = false;
  const once = () => {
    if (sent) return;
    sent = true;
    clearTimeout(timer);
    req.off('end', once);
    req.off('close', once);
    req.off('error', once);
    send();
  };
  const timer = setTimeout(once, DRAIN_TIMEOUT_MS);
  timer.unref();
  req.once('end', once);
  req.once('close', once);
  req.once('error', once);
  req.resume();
}
