import type { MockRequest, MockResponse } from './types.js';

/**
 * Adapters between the engine and the Fetch API (`Request`/`Response`), as
 * MSW, service workers and edge runtimes speak it. Browser-safe.
 */

/** The path of `url` below the base URL's path (`/api/v1/tasks` with base `/api/v1` -> `/tasks`). */
function relativePath(url: URL, baseUrl: string | undefined): string {
  const basePath =
    baseUrl === undefined ? '' : new URL(baseUrl, 'http://base.invalid').pathname.replace(/\/$/, '');
  const path = url.pathname;
  if (basePath !== '' && (path === basePath || path.startsWith(`${basePath}/`)))
    return path.slice(basePath.length) || '/';
  return path;
}

/** A Fetch `Request` as the engine's request; `baseUrl` is the API's base the client calls. */
export async function fromFetchRequest(request: Request, baseUrl?: string): Promise<MockRequest> {
  const url = new URL(request.url);
  const query: Record<string, string[]> = {};
  for (const [key, value] of url.searchParams) {
    const values = query[key] ?? [];
    values.push(value);
    query[key] = values;
  }
  const headers: Record<string, string> = {};
  request.headers.forEach((value, name) => {
    headers[name.toLowerCase()] = value;
  });
  const method = request.method.toUpperCase();
  const text = method === 'GET' || method === 'HEAD' ? '' : await request.text();
  return {
    method,
    path: relativePath(url, baseUrl),
    query,
    headers,
    ...(text !== '' ? { body: text, bodyBytes: new TextEncoder().encode(text).length } : {}),
  };
}

/** The engine's answer as a Fetch `Response`. */
export function toFetchResponse(
  answer: MockResponse,
  engine?: {
    subscribe(stream: NonNullable<MockResponse['stream']>, send: (text: string) => void): () => void;
  },
): Response {
  const stream = answer.stream;
  if (stream && engine) {
    // An event stream stays open: the engine's events as its stateful changes make them, until the client cancels.
    let stop = () => undefined as unknown;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        const encoder = new TextEncoder();
        controller.enqueue(encoder.encode(': connected\n\n'));
        stop = engine.subscribe(stream, (text) => controller.enqueue(encoder.encode(text)));
      },
      cancel() {
        stop();
      },
    });
    return new Response(body, { status: answer.status, headers: answer.headers });
  }
  const empty = answer.body === undefined || answer.status === 204 || answer.status === 304;
  return new Response(empty ? null : answer.body, { status: answer.status, headers: answer.headers });
}

/**
 * A RegExp matching request URLs of one path template under a base:
 * `/projects/{projectId}` under `http://localhost:3000/api` matches
 * `http://localhost:3000/api/projects/p1`. A base that is only a path
 * (`/api`, or none) matches on any origin, so the handlers work whatever
 * host the client is configured with.
 */
export function routePattern(template: string, base = ''): RegExp {
  const path = template
    .split(/(\{[^}]+\})/)
    .map((part) => (/^\{[^}]+\}$/.test(part) ? '[^/?#]+' : escapeRegExp(part)))
    .join('');
  const trimmed = base.replace(/\/$/, '');
  const prefix = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed)
    ? escapeRegExp(trimmed)
    : `[a-z][a-z0-9+.-]*://[^/?#]+${escapeRegExp(trimmed)}`;
  return new RegExp(`^${prefix}${path}/?(?:[?#].*)?$`, 'i');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
