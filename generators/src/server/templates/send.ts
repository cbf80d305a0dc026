/**
 * Sends a handler's typed result: status, documented headers, the documented
 * media type, and a JSON, text, binary or Server-Sent Events body.
 */
import type { ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ResponseBodyKind, ResponseDescriptor } from './descriptors.js';
import type { SseEvent } from './runtime.js';

/** The runtime shape of every `<Op>Result` variant. */
export interface AnyResult {
  status: number;
  contentType?: string;
  body?: unknown;
  headers?: Record<string, unknown>;
  events?: AsyncIterable<SseEvent>;
}

/** The response a status selects: exact code, then its class (`4XX`), then `default`. */
export function selectResponse(
  responses: readonly ResponseDescriptor[],
  status: number,
): ResponseDescriptor | undefined {
  const code = String(status);
  return (
    responses.find((response) => response.status === code) ??
    responses.find((response) => response.status.toUpperCase() === `${code[0]}XX`) ??
    responses.find((response) => response.status === 'default')
  );
}

/** Writes `result` to `res`; resolves when the body has been handed to the socket (or the client left). */
export async function sendResult(
  res: ServerResponse,
  result: AnyResult,
  responses: readonly ResponseDescriptor[],
  options: { sseHeartbeatMs: number },
): Promise<void> {
  const response = selectResponse(responses, result.status);
  const media =
    response?.media.find((entry) => entry.mediaType === result.contentType) ??
    response?.media[0] ??
    (result.body === undefined
      ? undefined
      : { mediaType: 'application/json', kind: 'json' as ResponseBodyKind });
  res.statusCode = result.status;
  for (const [name, value] of Object.entries(result.headers ?? {})) {
    if (value === undefined) continue;
    res.setHeader(name, Array.isArray(value) ? value.map(String) : String(value));
  }
  // RFC 9110 §15.3.5, §15.4.5: 204 and 304 never carry content, nor do informational answers.
  const bodiless = result.status === 204 || result.status === 304 || result.status < 200;
  if (media === undefined || bodiless) {
    res.end();
    return;
  }
  res.setHeader('Content-Type', sendable(media.mediaType, media.kind));
  switch (media.kind) {
    case 'sse':
      await sendEvents(res, result.events ?? emptyEvents(), options.sseHeartbeatMs);
      return;
    case 'json': {
      if (result.body === undefined) {
        res.end();
        return;
      }
      // Express's res.json keeps the Content-Type set above and is what response validators hook into.
      const json = (res as { json?: (body: unknown) => void }).json;
      if (typeof json === 'function') json.call(res, result.body);
      else res.end(JSON.stringify(result.body));
      return;
    }
    case 'text':
      res.end(result.body === undefined ? undefined : String(result.body));
      return;
    case 'binary':
      await sendBinary(res, result.body);
      return;
  }
}

/** Ranges like `*\/*` or `image/*` may be documented but cannot be sent as a `Content-Type`. */
function sendable(mediaType: string, kind: ResponseBodyKind): string {
  if (!mediaType.includes('*')) return mediaType;
  return kind === 'json' ? 'application/json' : kind === 'text' ? 'text/plain' : 'application/octet-stream';
}

async function sendBinary(res: ServerResponse, body: unknown): Promise<void> {
  if (body instanceof Readable) {
    // pipeline applies backpressure and destroys the source if the client disconnects.
    await pipeline(body, res).catch((error: unknown) => {
      if ((error as { code?: string }).code !== 'ERR_STREAM_PREMATURE_CLOSE') throw error;
    });
    return;
  }
  if (body instanceof Uint8Array) {
    res.end(Buffer.from(body.buffer, body.byteOffset, body.byteLength));
    return;
  }
  res.end(body === undefined ? undefined : String(body));
}

async function* emptyEvents(): AsyncGenerator<SseEvent> {}

/** Formats one event as `id:`/`event:`/`retry:`/`data:` lines and a blank line (WHATWG HTML §9.2.6). */
export function formatEvent(event: SseEvent): string {
  let frame = '';
  if (event.id !== undefined) frame += `id: ${event.id.replace(/[\r\n]/g, '')}\n`;
  if (event.event !== undefined) frame += `event: ${event.event.replace(/[\r\n]/g, '')}\n`;
  if (event.retry !== undefined) frame += `retry: ${Math.trunc(event.retry)}\n`;
  const data = typeof event.data === 'string' ? event.data : JSON.stringify(event.data);
  for (const line of (data ?? '').split(/\r\n|\r|\n/)) frame += `data: ${line}\n`;
  return `${frame}\n`;
}

async function sendEvents(
  res: ServerResponse,
  events: AsyncIterable<SseEvent>,
  heartbeatMs: number,
): Promise<void> {
  res.setHeader('Cache-Control', 'no-cache');
  res.setHeader('Connection', 'keep-alive');
  // Keeps reverse proxies (nginx) from buffering the stream.
  res.setHeader('X-Accel-Buffering', 'no');
  res.flushHeaders();
  const iterator = events[Symbol.asyncIterator]();
  let closed = false;
  const flush = () => (res as { flush?: () => void }).flush?.();
  const heartbeat =
    heartbeatMs > 0
      ? setInterval(() => {
          res.write(': ping\n\n');
          flush();
        }, heartbeatMs)
      : undefined;
  const onClose = () => {
    closed = true;
    void iterator.return?.();
  };
  res.once('close', onClose);
  try {
    while (!closed) {
      const next = await iterator.next();
      if (next.done === true || closed) break;
      const accepted = res.write(formatEvent(next.value));
      flush();
      if (!accepted) await drained(res);
    }
  } finally {
    clearInterval(heartbeat);
    res.off('close', onClose);
    if (!closed) res.end();
  }
}

function drained(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.once('drain', done);
    res.once('close', done);
  });
}
