import type { ObservedResponse, PreparedRequest } from '../types.js';
import { sendWithNodeHttp } from './node-send.js';
import { isJsonMediaType } from './serialize.js';
import { isStreamingMediaType } from './streams.js';

export interface SendOptions {
  /** Milliseconds before the whole exchange is aborted. */
  timeout: number;
  /** Milliseconds a streaming response (`text/event-stream`) is read before the connection is closed. */
  streamReadTime: number;
  /** Bytes of body kept; the rest is discarded (and the connection closed). */
  maxBodyBytes?: number;
  /** The operation documents a streaming answer: whatever its Content-Type, read a bounded prefix. */
  expectStream?: boolean;
}

/** A request that got no HTTP answer (refused, reset, timed out). */
export class TransportError extends Error {
  override name = 'TransportError';
}

/**
 * A request the HTTP client itself refused to send (a header value it
 * cannot encode, ...): the server never saw it, so it says nothing about
 * the server and is never a finding.
 */
export class ClientRefusal extends Error {
  override name = 'ClientRefusal';
}

/** Methods `fetch` will not send a body with (the Fetch standard's rule, not HTTP's). */
const BODILESS_IN_FETCH = new Set(['GET', 'HEAD']);

/**
 * Sends the request with the global `fetch` and reads the answer within a
 * bounded time: a stream that never ends (Server-Sent Events) is read for
 * `streamReadTime` and then aborted, so no case can hang the run. A GET or
 * HEAD with a body, which `fetch` refuses, goes out through `node:http`.
 */
export async function send(request: PreparedRequest, options: SendOptions): Promise<ObservedResponse> {
  const maxBodyBytes = options.maxBodyBytes ?? 1_000_000;
  const readTime = (headers: Record<string, string>) =>
    options.expectStream === true || isStreamingMediaType(headers['content-type'] ?? '')
      ? options.streamReadTime
      : options.timeout;
  if (request.body && BODILESS_IN_FETCH.has(request.method.toUpperCase())) {
    const answer = await sendWithNodeHttp(
      request,
      encode(request),
      { timeout: options.timeout, readTime, maxBodyBytes },
      (error) => refusal(request, error),
      (message) => new TransportError(`${request.method} ${request.url}: ${message}`),
    );
    return observe(answer.status, answer.headers, answer.text, answer.durationMs, answer.truncated);
  }
  const controller = new AbortController();
  let prepared: Request;
  try {
    // The constructor does every client-side check (header values, body rules) before anything is sent.
    prepared = new Request(request.url, {
      method: request.method,
      headers: request.headers,
      body: encode(request) ?? null,
      redirect: 'manual',
      signal: controller.signal,
    });
  } catch (error) {
    throw refusal(request, error);
  }
  const timer = setTimeout(
    () => controller.abort(new TransportError(`no complete answer within ${options.timeout} ms`)),
    options.timeout,
  );
  const started = performance.now();
  try {
    const response = await fetch(prepared);
    const durationMs = performance.now() - started;
    const headers: Record<string, string> = {};
    response.headers.forEach((value, name) => {
      headers[name.toLowerCase()] = value;
    });
    const { text, truncated } = await readBody(response, readTime(headers), maxBodyBytes);
    if (truncated) controller.abort();
    return observe(response.status, headers, text, durationMs, truncated);
  } catch (error) {
    const reason = controller.signal.reason instanceof TransportError ? controller.signal.reason : error;
    throw new TransportError(
      `${request.method} ${request.url}: ${reason instanceof Error ? (reason.cause instanceof Error ? reason.cause.message : reason.message) : String(reason)}`,
    );
  } finally {
    clearTimeout(timer);
  }
}

function observe(
  status: number,
  headers: Record<string, string>,
  text: string,
  durationMs: number,
  truncated: boolean,
): ObservedResponse {
  const observed: ObservedResponse = { status, headers, bodyText: text, durationMs, truncated };
  if (isJsonMediaType(headers['content-type'] ?? '') && text.trim() !== '' && !truncated) {
    try {
      observed.json = JSON.parse(text);
    } catch (error) {
      observed.jsonError = error instanceof Error ? error.message : String(error);
    }
  }
  return observed;
}

function refusal(request: PreparedRequest, error: unknown): ClientRefusal {
  const reason = error instanceof Error ? error.message : String(error);
  return new ClientRefusal(`${request.method} ${request.url}: ${reason}`, { cause: error });
}

function encode(request: PreparedRequest): BodyInit | undefined {
  const body = request.body;
  if (!body) return undefined;
  if (body.kind === 'text') return body.text;
  if (body.kind === 'form') return new URLSearchParams(body.fields).toString();
  const form = new FormData();
  for (const part of body.parts) {
    if (part.filename !== undefined || part.contentType !== undefined) {
      form.append(
        part.name,
        new Blob([part.value], { type: part.contentType ?? 'application/octet-stream' }),
        part.filename ?? part.name,
      );
    } else {
      form.append(part.name, part.value);
    }
  }
  return form;
}

async function readBody(
  response: Response,
  limitMs: number,
  maxBytes: number,
): Promise<{ text: string; truncated: boolean }> {
  if (!response.body) return { text: '', truncated: false };
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const deadline = performance.now() + limitMs;
  let text = '';
  let bytes = 0;
  for (;;) {
    const remaining = deadline - performance.now();
    if (remaining <= 0) break;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), remaining);
    });
    const chunk = await Promise.race([reader.read(), timeout]);
    clearTimeout(timer);
    if (chunk === 'timeout') break;
    if (chunk.done) return { text: text + decoder.decode(), truncated: false };
    bytes += chunk.value.byteLength;
    text += decoder.decode(chunk.value, { stream: true });
    if (bytes > maxBytes) break;
  }
  await reader.cancel().catch(() => undefined);
  return { text, truncated: true };
}
