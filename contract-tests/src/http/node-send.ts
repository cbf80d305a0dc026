import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { PreparedRequest } from '../types.js';

/** What `send` needs back from a client: the answer's parts before they are parsed. */
export interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  text: string;
  truncated: boolean;
  durationMs: number;
}

/**
 * Sends a request that `fetch` refuses to send although HTTP allows it: a
 * GET or HEAD with a body (RFC 9110 §9.3.1 gives such a body no defined
 * meaning, but a spec may document one and a server may read it). The body
 * and its Content-Type are encoded by the same `Request` machinery `fetch`
 * uses, so multipart boundaries and defaults are the same as for any other
 * request; only the transport differs.
 */
export async function sendWithNodeHttp(
  request: PreparedRequest,
  encoded: BodyInit | undefined,
  limits: { timeout: number; readTime: (headers: Record<string, string>) => number; maxBodyBytes: number },
  onRefused: (error: unknown) => Error,
  onFailed: (message: string) => Error,
): Promise<RawAnswer> {
  let headers: Record<string, string>;
  let body: Buffer | undefined;
  try {
    // A POST stands in only to encode: `Request` refuses a GET body, the wire does not.
    const carrier = new Request(request.url, {
      method: 'POST',
      headers: request.headers,
      body: encoded ?? null,
    });
    headers = Object.fromEntries(carrier.headers.entries());
    body = encoded === undefined ? undefined : Buffer.from(await carrier.arrayBuffer());
  } catch (error) {
    throw onRefused(error);
  }
  if (body) headers['content-length'] = String(body.byteLength);
  const url = new URL(request.url);
  const started = performance.now();
  return new Promise<RawAnswer>((resolve, reject) => {
    let settled = false;
    const finish = (outcome: RawAnswer | Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (outcome instanceof Error) reject(outcome);
      else resolve(outcome);
    };
    let outgoing: ReturnType<typeof httpRequest>;
    try {
      outgoing = (url.protocol === 'https:' ? httpsRequest : httpRequest)(url, {
        method: request.method,
        headers,
      });
    } catch (error) {
      // Node checks header names and values before anything is written.
      finish(onRefused(error));
      return;
    }
    const timer = setTimeout(() => {
      finish(onFailed(`no complete answer within ${limits.timeout} ms`));
      outgoing.destroy();
    }, limits.timeout);
    outgoing.on('error', (error) => finish(onFailed(error.message)));
    outgoing.on('response', (incoming) => {
      const durationMs = performance.now() - started;
      const answerHeaders: Record<string, string> = {};
      for (const [name, value] of Object.entries(incoming.headers)) {
        if (value !== undefined)
          answerHeaders[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
      }
      const chunks: Buffer[] = [];
      let bytes = 0;
      const cut = () => {
        incoming.destroy();
        outgoing.destroy();
        finish({
          status: incoming.statusCode ?? 0,
          headers: answerHeaders,
          text: Buffer.concat(chunks).toString('utf8'),
          truncated: true,
          durationMs,
        });
      };
      const readTimer = setTimeout(cut, limits.readTime(answerHeaders));
      incoming.on('data', (chunk: Buffer) => {
        chunks.push(chunk);
        bytes += chunk.byteLength;
        if (bytes > limits.maxBodyBytes) {
          clearTimeout(readTimer);
          cut();
        }
      });
      incoming.on('end', () => {
        clearTimeout(readTimer);
        finish({
          status: incoming.statusCode ?? 0,
          headers: answerHeaders,
          text: Buffer.concat(chunks).toString('utf8'),
          truncated: false,
          durationMs,
        });
      });
      incoming.on('error', (error) => {
        clearTimeout(readTimer);
        finish(onFailed(error.message));
      });
    });
    outgoing.end(body);
  });
}
