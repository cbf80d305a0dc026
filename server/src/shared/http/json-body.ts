import type { RequestHandler } from 'express';
import type { FieldError } from '../errors/index.js';
import { PayloadTooLargeError, ValidationError } from '../errors/index.js';

/** `application/json` and every `+json` suffix type (RFC 6839 §3.1). */
const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json$/i;

/**
 * Reads JSON request bodies before the API router (which then uses them as
 * given), holding them to what the API promises rather than what JSON.parse
 * tolerates: at most `limit` bytes (exactly `limit` is fine), strictly UTF-8
 * (a byte sequence that is not UTF-8 is a 400, never stored as U+FFFD), and no
 * NUL characters in any string (PostgreSQL cannot store them in text; a 422
 * naming the field instead of a 500).
 */
export function jsonBody(limit: number): RequestHandler {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  return async (req, _res, next) => {
    const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim() ?? '';
    const hasBody =
      req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0;
    if (!hasBody || !JSON_TYPE.test(type)) {
      next();
      return;
    }
    try {
      const bytes = await readAtMost(req, limit);
      let text: string;
      try {
        text = decoder.decode(bytes);
      } catch {
        throw new ValidationError(
          400,
          [{ path: '/body', message: 'The body is not valid UTF-8 text.', code: 'invalid_encoding' }],
          'The request body must be JSON encoded as UTF-8.',
        );
      }
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        throw new ValidationError(
          400,
          [{ path: '/body', message: 'The body is not valid JSON.', code: 'malformed_json' }],
          'The request body could not be parsed.',
        );
      }
      const nul = nulFields(value, '/body');
      if (nul.length > 0) throw new ValidationError(422, nul);
      req.body = value;
      // The marker body-parser sets: downstream readers (the generated router) use req.body as parsed.
      (req as { _body?: boolean })._body = true;
      next();
    } catch (error) {
      next(error);
    }
  };
}

async function readAtMost(
  req: NodeJS.ReadableStream & { headers: Record<string, unknown> },
  limit: number,
): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? Number.NaN);
  const tooLarge = () => new PayloadTooLargeError(`The request body is larger than ${limit} bytes.`);
  if (Number.isFinite(declared) && declared > limit) {
    // Read (and drop) what the client sends, so it receives the 413 instead of a reset connection.
    req.resume();
    throw tooLarge();
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buffer.length;
    if (size > limit) {
      req.resume();
      throw tooLarge();
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

/** Every string (keys included) holding U+0000, as a field error at its JSON Pointer. */
function nulFields(value: unknown, pointer: string): FieldError[] {
  if (typeof value === 'string') return value.includes('\u0000') ? [nulError(pointer)] : [];
  if (Array.isArray(value)) return value.flatMap((item, index) => nulFields(item, `${pointer}/${index}`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, item]) => {
    const at = `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    return key.includes('\u0000') ? [nulError(at)] : nulFields(item, at);
  });
}

function nulError(path: string): FieldError {
  return { path, message: 'Text may not contain the NUL character (U+0000).', code: 'invalid_character' };
}
