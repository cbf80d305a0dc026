import type { IncomingMessage, ServerResponse } from 'node:http';

/** Request bodies larger than this are refused before Prism sees them. */
export const MAX_BODY_BYTES = 10 * 1024 * 1024;

export class BodyError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

/** Whether a media type carries JSON (`application/json`, `application/problem+json`, ...). */
export function isJsonMediaType(contentType: string | undefined): boolean {
  if (contentType === undefined) return false;
  const essence = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  return essence === 'application/json' || essence.endsWith('+json');
}

/** Reads the raw request body, refusing bodies over {@link MAX_BODY_BYTES} with 413. */
export async function readRaw(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES)
      throw new BodyError(413, `The body exceeds ${MAX_BODY_BYTES} bytes.`, 'too_big');
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

/**
 * The body as Prism expects it: parsed JSON for JSON media types, text for
 * everything else (Prism parses forms and multipart itself), undefined when empty.
 */
export function parseBody(raw: Buffer, contentType: string | undefined): unknown {
  if (raw.length === 0) return undefined;
  const text = raw.toString('utf8');
  if (!isJsonMediaType(contentType)) return text;
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new BodyError(400, `The body is not valid JSON: ${(error as Error).message}`, 'invalid_json');
  }
}

/** Writes a response; objects are serialized as JSON, strings and buffers as they are. */
export function send(
  response: ServerResponse,
  status: number,
  headers: Record<string, string | string[]>,
  body: unknown,
  headOnly: boolean,
): void {
  response.statusCode = status;
  for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
  if (body === undefined || body === null || status === 204 || status === 304) {
    if (body === null && status !== 204 && status !== 304) {
      response.end(headOnly ? undefined : 'null');
      return;
    }
    response.end();
    return;
  }
  const payload = typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body);
  if (!response.hasHeader('content-type')) {
    response.setHeader(
      'content-type',
      typeof body === 'string' ? 'text/plain; charset=utf-8' : 'application/json',
    );
  }
  response.setHeader('content-length', Buffer.byteLength(payload));
  response.end(headOnly ? undefined : payload);
}
