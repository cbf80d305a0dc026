import { randomUUID } from 'node:crypto';

/** Longest incoming X-Request-Id kept; anything longer is replaced, so logs cannot be flooded through it. */
export const MAX_REQUEST_ID_LENGTH = 128;

/*
 * Letters, digits and a few separators: enough for UUIDs, ULIDs and tracing ids,
 * and nothing that could forge log lines or headers (no spaces, quotes, CR/LF).
 */
const SAFE_REQUEST_ID = /^[A-Za-z0-9._:@/+=-]+$/;

/** Keeps a caller's request id when it is safe to echo and log, otherwise makes a new UUID. */
export function requestIdFrom(header: string | string[] | undefined): string {
  const candidate = Array.isArray(header) ? header[0] : header;
  if (candidate && candidate.length <= MAX_REQUEST_ID_LENGTH && SAFE_REQUEST_ID.test(candidate)) {
    return candidate;
  }
  return randomUUID();
}
