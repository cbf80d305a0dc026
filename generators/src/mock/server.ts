import { randomUUID } from 'node:crypto';
import { type FSWatcher, watch as watchFile } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type LoadedSpec, loadSpec } from '../load/index.js';
import type { OperationModel } from '../model/types.js';
import { BodyError, parseBody, readRaw, send } from './body.js';
import { applyCors } from './cors.js';
import { type MockOptions, RESET_PATH } from './options.js';
import { PreferError, parsePrefer } from './prefer.js';
import { PrismEngine, type PrismMockSettings, type PrismRequest, prismOperations } from './prism.js';
import { buildProblem, documentedError, type FieldError, fieldErrors, fitToSchema } from './problem.js';
import { OperationRouter, type RouteMatch } from './router.js';
import { handleStateful } from './stateful/handle.js';
import { discoverResources, type OperationRole } from './stateful/resources.js';
import { readSeedFile } from './stateful/seed-file.js';
import { ResourceStore, type SeedData } from './stateful/store.js';

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

/** Everything derived from one version of the spec; swapped as a whole on reload. */
interface Loaded {
  spec: LoadedSpec;
  engine: PrismEngine;
  router: OperationRouter;
  roles: Map<string, OperationRole>;
}

async function prepare(spec: LoadedSpec): Promise<Loaded> {
  return {
    spec,
    engine: new PrismEngine(await prismOperations(spec.document)),
    router: new OperationRouter(spec.model.operations),
    roles: discoverResources(spec.model),
  };
}

/**
 * Starts a mock of the spec with Prism as the engine. Requests are validated;
 * invalid ones get the documented error status with a problem+json body in the
 * spec's own shape. Resolves once the server listens.
 */
export async function startMock(options: MockOptions): Promise<MockServer> {
  const specPath = typeof options.spec === 'string' ? options.spec : undefined;
  // The seed file is read first: a mistake in it should not wait for the spec to load.
  const seed: SeedData =
    typeof options.seedFile === 'string' ? await readSeedFile(options.seedFile) : (options.seedFile ?? {});
  let current = await prepare(typeof options.spec === 'string' ? await loadSpec(options.spec) : options.spec);
  const store = new ResourceStore(seed);
  const log = options.log ?? (() => undefined);
  const defaults: PrismMockSettings = {
    dynamic: options.dynamic ?? false,
    ...(options.seed ? { seed: options.seed } : {}),
  };

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      log(`mock: internal error: ${(error as Error).message}`);
      if (!response.headersSent)
        send(response, 500, { 'content-type': 'application/problem+json' }, internal(), false);
      else response.destroy();
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const started = performance.now();
    const requestId = randomUUID();
    response.setHeader('X-Request-Id', requestId);
    response.on('finish', () => {
      log(
        `${request.method} ${request.url} -> ${response.statusCode} (${(performance.now() - started).toFixed(1)} ms)`,
      );
    });
    if (applyCors({ origins: options.origins ?? ['*'] }, request, response)) return;
    if (options.delay) await new Promise((resolve) => setTimeout(resolve, options.delay));

    const url = new URL(request.url ?? '/', 'http://mock.invalid');
    const method = (request.method ?? 'GET').toLowerCase();
    const headOnly = method === 'head';
    if (options.stateful && url.pathname === RESET_PATH && method === 'post') {
      store.reset();
      send(response, 204, {}, undefined, false);
      return;
    }
    const { engine, router, roles, spec } = current;
    const match = router.match(method === 'head' ? 'get' : method, url.pathname);
    const problem = (
      status: number,
      detail: string,
      errors?: FieldError[],
      extraHeaders: Record<string, string> = {},
    ) => {
      const documented = documentedError(match?.operation, status);
      const body = buildProblem({
        status,
        detail,
        instance: url.pathname,
        requestId,
        errors,
        example: documented?.example,
      });
      const mediaType = documented?.mediaType.includes('json')
        ? documented.mediaType
        : 'application/problem+json';
      send(
        response,
        status,
        { ...extraHeaders, 'content-type': mediaType },
        fitToSchema(body, documented?.schema, { document: spec.document }),
        headOnly,
      );
    };

    let body: unknown;
    let settings: PrismMockSettings;
    try {
      body = parseBody(await readRaw(request), request.headers['content-type']);
      settings = parsePrefer(headerValue(request.headers.prefer), defaults);
    } catch (error) {
      if (error instanceof BodyError) {
        return problem(error.status, error.message, [
          { path: '/', message: error.message, code: error.code },
        ]);
      }
      if (error instanceof PreferError)
        return problem(400, error.message, [
          { path: 'header/Prefer', message: error.message, code: 'invalid_prefer' },
        ]);
      throw error;
    }

    const prismRequest: PrismRequest = {
      method,
      url: { path: url.pathname, query: queryOf(url) },
      headers: flatHeaders(request),
      ...(body === undefined ? {} : { body }),
    };
    const outcome = await engine.run(prismRequest, { mode: 'mock', mock: settings });
    if (outcome.kind === 'failure') {
      // Prism's own errors (no route, method not allowed, undocumented Prefer code) are client mistakes.
      const status = outcome.status >= 500 ? 404 : outcome.status;
      const allow: Record<string, string> =
        status === 405 ? { Allow: router.allowedMethods(url.pathname).join(', ') } : {};
      return problem(status, outcome.detail, undefined, allow);
    }
    const securityFailure = outcome.input.find(
      (finding) => finding.severity === 0 && (finding.code === 401 || finding.code === 403),
    );
    if (securityFailure) {
      const status = Number(securityFailure.code);
      return problem(
        status,
        status === 401
          ? 'This operation needs credentials: send a valid Authorization header.'
          : securityFailure.message,
      );
    }
    if (options.tokens && match && requiresCredentials(match.operation)) {
      const token = bearerToken(headerValue(request.headers.authorization));
      if (token !== undefined && !options.tokens.includes(token)) {
        return problem(401, 'The bearer token is not valid: the mock accepts only its configured tokens.');
      }
    }
    const errors = fieldErrors(outcome.input);
    if (errors.length > 0) {
      const status = outcome.response.statusCode >= 400 ? outcome.response.statusCode : 422;
      const noun = errors.length === 1 ? 'field is' : 'fields are';
      return problem(status, `The request is invalid: ${errors.length} ${noun} wrong.`, errors);
    }

    const headers = responseHeaders(outcome.response.headers);
    const role = match ? roles.get(match.operation.operationId) : undefined;
    const status = outcome.response.statusCode;
    if (options.stateful && role && match && settings.code === undefined && status < 300) {
      const answer = handleStateful(store, {
        role,
        path: url.pathname,
        params: (match as RouteMatch).params,
        query: queryOf(url),
        body,
        mocked: { status, headers, body: outcome.response.body },
      });
      if (answer.kind === 'not-found') return problem(404, answer.detail);
      return send(response, answer.status, answer.headers, answer.body, headOnly);
    }
    send(response, status, headers, outcome.response.body, headOnly);
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
    for (const file of current.spec.files) {
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
      current = await prepare(await loadSpec(specPath));
      log(`mock: reloaded ${specPath} (${current.spec.model.operations.length} operations)`);
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
    reset: () => store.reset(),
    close: async () => {
      closed = true;
      clearTimeout(timer);
      for (const watcher of watchers) watcher.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** OAS 3.1 §4.8.30: an empty requirement object (`{}`) makes credentials optional. */
function requiresCredentials(operation: OperationModel): boolean {
  return (
    operation.security.length > 0 &&
    operation.security.every((requirement) => Object.keys(requirement).length > 0)
  );
}

function bearerToken(authorization: string | undefined): string | undefined {
  const found = /^Bearer\s+(.+)$/i.exec(authorization?.trim() ?? '');
  return found?.[1]?.trim();
}

function internal() {
  return {
    type: 'about:blank',
    title: 'Internal Server Error',
    status: 500,
    detail: 'The mock failed unexpectedly.',
  };
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(', ') : value;
}

function flatHeaders(request: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

function queryOf(url: URL): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const key of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(key);
    query[key] = values.length === 1 ? (values[0] ?? '') : values;
  }
  return query;
}

function responseHeaders(
  headers: Record<string, string | string[]> | undefined,
): Record<string, string | string[]> {
  return { ...(headers ?? {}) };
}
