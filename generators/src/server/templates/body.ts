/**
 * Request bodies: media-type negotiation (415), size limit (413), and parsing
 * of JSON, form-urlencoded and text bodies (malformed -> 400).
 */
import type { IncomingMessage } from 'node:http';
import type { RequestBodyDescriptor, RequestBodyKind } from './descriptors.js';
import { PayloadTooLargeError, RequestValidationError } from './runtime.js';

/** `Application/JSON; charset=utf-8` -> `application/json`. */
export function essence(contentType: string): string {
  return (contentType.split(';')[0] ?? '').trim().toLowerCase();
}

/**
 * The documented media type a request's `Content-Type` selects: exact match
 * first, then ranges like `image/*` and `*\/*` (OAS 3.1 §4.8.14: the most
 * specific key wins).
 */
export function selectMediaType(
  contentType: string | undefined,
  media: RequestBodyDescriptor['media'],
): { mediaType: string; kind: RequestBodyKind } | undefined {
  if (contentType === undefined) return undefined;
  const actual = essence(contentType);
  const [type] = actual.split('/');
  return (
    media.find((entry) => essence(entry.mediaType) === actual) ??
    media.find((entry) => essence(entry.mediaType) === `${type}/*`) ??
    media.find((entry) => essence(entry.mediaType) === '*/*')
  );
}

/** True when the request carries a body (RFC 9112 §6.3: Content-Length or Transfer-Encoding). */
export function hasBody(req: IncomingMessage): boolean {
  if (req.headers['transfer-encoding'] !== undefined) return true;
  const length = Number(req.headers['content-length'] ?? 0);
  return Number.isFinite(length) && length > 0;
}

/** Reads the whole body, failing fast with 413 once it exceeds `limit` bytes. */
export async function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? Number.NaN);
  if (Number.isFinite(declared) && declared > limit) {
    req.resume();
    throw new PayloadTooLargeError(limit);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buffer.length;
    if (size > limit) {
      req.resume();
      throw new PayloadTooLargeError(limit);
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

/** Decodes a read body by kind; malformed JSON is a 400 with one issue on the whole body (`''`). */
export function parseBody(kind: Exclude<RequestBodyKind, 'stream'>, buffer: Buffer): unknown {
  const text = buffer.toString('utf8');
  switch (kind) {
    case 'json':
      try {
        return JSON.parse(text);
      } catch (error) {
        throw new RequestValidationError(400, [
          {
            path: '',
            message: `is not valid JSON (${(error as Error).message})`,
            code: 'malformed_json',
          },
        ]);
      }
    case 'form': {
      const form: Record<string, string | string[]> = {};
      for (const [key, value] of new URLSearchParams(text)) {
        const existing = form[key];
        form[key] =
          existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing, value];
      }
      return form;
    }
    case 'text':
      return text;
  }
}

/** A body already consumed by an app-level parser (e.g. `express.json()` mounted before the router). */
export function preParsedBody(
  req: IncomingMessage & { body?: unknown; _body?: boolean },
): { body: unknown } | undefined {
  return req._body === true || (req.readableEnded && req.body !== undefined) ? { body: req.body } : undefined;
}
