import { type FSWatcher, watch as watchFile } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type LoadedSpec, loadSpec } from '../load/index.js';
import { applyCors } from './cors.js';
import { createMockEngine, type MockEngine, mockSpecOf } from './engine/index.js';
import type { MockRequest, MockResponse } from './engine/types.js';
import type { MockOptions } from './options.js';
import { readSeedFile } from './stateful/seed-file.js';
import type { SeedData } from './stateful/store.js';

/** A running mock server. */
export interface MockServer {
  /** Base URL, e.g. `http://127.0.0.1:4010`. */
  url: string;
  /** Reloads the spec from disk (what `watch` does on a change). */
  reload(): Promise<void>;
  /** Restores the stateful seed state. */
  reset(): void;
  /** Stops listening, the watchers and open connections. */
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 10 * 1024 * 1024;

/**
 * Starts a mock of the spec on specloom's own engine (`engine/`): requests
 * are validated, errors answered in the status and schema the operation
 * documents, responses served from valid examples or generated data.
 * Resolves once the server listens.
 */
export async function startMock(options: MockOptions): Promise<MockServer> {
  const specPath = typeof options.spec === 'string' ? options.spec : undefined;
  // The seed file is read first: a mistake in it should not wait for the spec to load.
  const seed: SeedData =
    typeof options.seedFile === 'string' ? await readSeedFile(options.seedFile) : (options.seedFile ?? {});
  const load = (path: string) => loadSpec(path, { validate: options.validateSpec ?? false });
  let spec = typeof options.spec === 'string' ? await load(options.spec) : options.spec;
  if (typeof options.spec === 'string') options.onLoaded?.(spec);
  const build = (loaded: LoadedSpec): MockEngine =>
    createMockEngine(mockSpecOf(loaded.model), {
      dynamic: options.dynamic ?? false,
      ...(options.seed !== undefined ? { seed: options.seed } : {}),
      stateful: options.stateful ?? false,
      ...(options.tokens ? { tokens: options.tokens } : {}),
      seedData: seed,
      maxBodyBytes: MAX_BODY_BYTES,
    });
  let engine = build(spec);
  const log = options.log ?? (() => undefined);
  if (options.stateful) log(describeAuth(engine));

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      log(`mock: internal error: ${(error as Error).message}`);
      if (!response.headersSent) {
        response.statusCode = 500;
        response.setHeader('content-type', 'application/problem+json');
        response.end(
          JSON.stringify({
            type: 'about:blank',
            title: 'Internal Server Error',
            status: 500,
            detail: 'The mock failed unexpectedly.',
          }),
        );
      } else response.destroy();
    });
  });

  // Node closes idle keep-alive sockets after 5 s, barely above fetch's (undici's) 4 s reuse window:
  // on a busy machine a client reuses a socket the mock is closing and gets ECONNRESET. Idle sockets
  // of a development mock cost nothing, so they stay open well past any client's window.
  server.keepAliveTimeout = 65_000;

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const started = performance.now();
    response.on('finish', () => {
      log(
        `${request.method} ${request.url} -> ${response.statusCode} (${(performance.now() - started).toFixed(1)} ms)`,
      );
    });
    if (applyCors({ origins: options.origins ?? ['*'] }, request, response)) return;
    if (options.delay) await new Promise((resolve) => setTimeout(resolve, options.delay));
    const { text, bytes } = await readBody(request, MAX_BODY_BYTES);
    const url = new URL(request.url ?? '/', 'http://mock.invalid');
    const mockRequest: MockRequest = {
      method: request.method ?? 'GET',
      path: url.pathname,
      query: queryOf(url),
      headers: flatHeaders(request),
      ...(text !== undefined ? { body: text } : {}),
      bodyBytes: bytes,
    };
    const current = engine;
    const answer = current.handle(mockRequest);
    response.statusCode = answer.status;
    for (const [name, value] of Object.entries(answer.headers)) response.setHeader(name, value);
    if (answer.stream && request.method !== 'HEAD') {
      follow(current, answer.stream, request, response);
      return;
    }
    if (answer.body === undefined) {
      response.end();
      return;
    }
    response.setHeader('content-length', Buffer.byteLength(answer.body));
    response.end(request.method === 'HEAD' ? undefined : answer.body);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4010, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;

  let watchers: FSWatcher[] = [];
  let timer: NodeJS.Timeout | undefined;
  let closed = false;
  // Files are re-watched after each reload: a change may add or drop `$ref`'d files, and editors that
  // save by renaming leave the old watcher pointing at a deleted inode.
  const rewatch = () => {
    for (const watcher of watchers) watcher.close();
    watchers = [];
    if (!options.watch || specPath === undefined || closed) return;
    for (const file of spec.files) {
      try {
        watchers.push(
          watchFile(file, () => {
            clearTimeout(timer);
            timer = setTimeout(() => void reload(), 100);
          }),
        );
      } catch {
        log(`mock: cannot watch ${file}`);
      }
    }
  };
  const reload = async () => {
    if (specPath === undefined || closed) return;
    try {
      spec = await load(specPath);
      engine = build(spec);
      log(`mock: reloaded ${specPath} (${spec.model.operations.length} operations)`);
    } catch (error) {
      // Keep serving the last good spec; the message says what to fix.
      log(`mock: reload failed, still serving the previous spec: ${(error as Error).message}`);
    }
    rewatch();
  };
  rewatch();

  return {
    url: `http://${host}:${address.port}`,
    reload,
    reset: () => engine.reset(),
    close: async () => {
      closed = true;
      clearTimeout(timer);
      for (const watcher of watchers) watcher.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Which operations the stateful mock treats as sign-up, sign-in, refresh, sign-out and "me", so a wrong guess is visible. */
function describeAuth(engine: MockEngine): string {
  const found = Object.entries(engine.authOperations());
  if (found.length === 0)
    return 'mock: no sign-in operation recognised; secured operations accept any well-formed credential.';
  return `mock: sessions: ${found.map(([id, role]) => `${role}=${id}`).join(', ')} (override with x-specloom-auth).`;
}

/** Keeps an event stream open: the engine's events as they happen, a comment every 15 s so proxies keep it. */
function follow(
  engine: MockEngine,
  subscription: NonNullable<MockResponse['stream']>,
  request: IncomingMessage,
  response: ServerResponse,
): void {
  response.flushHeaders();
  response.write(': connected\n\n');
  const stop = engine.subscribe(subscription, (text) => response.write(text));
  const ping = setInterval(() => response.write(': ping\n\n'), 15_000);
  request.socket.on('close', () => {
    clearInterval(ping);
    stop();
  });
}

/** The body as text; past `limit` bytes the rest is drained and only the size is kept (the engine answers 413). */
async function readBody(request: IncomingMessage, limit: number): Promise<{ text?: string; bytes: number }> {
  const chunks: Buffer[] = [];
  let bytes = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    bytes += buffer.length;
    if (bytes <= limit) chunks.push(buffer);
  }
  if (bytes === 0) return { bytes };
  return bytes > limit ? { text: '', bytes } : { text: Buffer.concat(chunks).toString('utf8'), bytes };
}

function flatHeaders(request: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

function queryOf(url: URL): Record<string, string[]> {
  const query: Record<string, string[]> = {};
  for (const [key, value] of url.searchParams) {
    const values = query[key] ?? [];
    values.push(value);
    query[key] = values;
  }
  return query;
}
