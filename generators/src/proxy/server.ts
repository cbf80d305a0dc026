import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type LoadedSpec, loadSpec } from '../load/index.js';
import { parseBody, readRaw, send } from '../mock/body.js';
import { PrismEngine, type PrismRequest, prismOperations } from '../mock/prism.js';
import { OperationRouter } from '../mock/router.js';
import {
  type ContractViolation,
  requestViolations,
  responseViolations,
  violationsHeader,
} from './violations.js';

/** Header carrying the violations of one exchange; absent when there were none. */
export const VIOLATIONS_HEADER = 'X-Specloom-Violations';

export interface ProxyOptions {
  spec: string | LoadedSpec;
  /** Base URL of the running backend. */
  target: string;
  host?: string;
  /** Default 4011; 0 picks a free port. */
  port?: number;
  /** One line per violation, naming the operation and the failing path. */
  log?: (line: string) => void;
  /** Called with every exchange's violations (also when empty), e.g. for a summary. */
  onExchange?: (exchange: {
    operationId: string | undefined;
    method: string;
    path: string;
    violations: ContractViolation[];
  }) => void;
}

export interface ProxyServer {
  url: string;
  close(): Promise<void>;
}

/** Hop-by-hop and re-encoded headers that must not be copied from the backend's response. */
const DROPPED = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'content-length',
  'content-encoding',
]);

/**
 * Starts a validating proxy: every request is forwarded to `target` through
 * Prism, and each contract violation of request or response is reported in
 * the `X-Specloom-Violations` header and a log line.
 */
export async function startProxy(options: ProxyOptions): Promise<ProxyServer> {
  const spec = typeof options.spec === 'string' ? await loadSpec(options.spec) : options.spec;
  const upstream = new URL(options.target);
  const engine = new PrismEngine(await prismOperations(spec.document));
  const router = new OperationRouter(spec.model.operations);
  const log = options.log ?? (() => undefined);

  const server = createServer((request, response) => {
    exchange(request)
      .then(({ status, headers, body }) => send(response, status, headers, body, request.method === 'HEAD'))
      .catch((error: unknown) => {
        log(`proxy: internal error: ${(error as Error).message}`);
        if (!response.headersSent)
          send(
            response,
            502,
            { 'content-type': 'application/problem+json' },
            badGateway(String(error)),
            false,
          );
        else response.destroy();
      });
  });

  async function exchange(request: IncomingMessage) {
    const url = new URL(request.url ?? '/', 'http://proxy.invalid');
    const method = (request.method ?? 'GET').toLowerCase();
    const body = parseBody(await readRaw(request), request.headers['content-type']);
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(request.headers)) {
      if (value !== undefined && name !== 'host' && name !== 'content-length')
        headers[name] = Array.isArray(value) ? value.join(', ') : value;
    }
    const query: Record<string, string | string[]> = {};
    for (const key of new Set(url.searchParams.keys())) {
      const values = url.searchParams.getAll(key);
      query[key] = values.length === 1 ? (values[0] ?? '') : values;
    }
    const prismRequest: PrismRequest = {
      method,
      url: { path: url.pathname, query },
      headers,
      ...(body === undefined ? {} : { body }),
    };
    const match = router.match(method === 'head' ? 'get' : method, url.pathname);
    const name = match?.operation.operationId ?? '(no operation)';
    const outcome = await engine.run(prismRequest, { mode: 'proxy', upstream });

    if (outcome.kind === 'failure') {
      const violations: ContractViolation[] = [
        { side: 'request', rule: 'operation', path: url.pathname, message: outcome.detail },
      ];
      report(name, method, url.pathname, violations);
      const status = outcome.status >= 500 ? 502 : outcome.status;
      return {
        status,
        headers: {
          'content-type': 'application/problem+json',
          [VIOLATIONS_HEADER]: violationsHeader(violations),
        },
        body: {
          type: 'about:blank',
          title: status === 502 ? 'Bad Gateway' : 'Not Found',
          status,
          detail: outcome.detail,
          instance: url.pathname,
        },
      };
    }
    const responseHeaders: Record<string, string | string[]> = {};
    let contentType: string | undefined;
    for (const [key, value] of Object.entries(outcome.response.headers ?? {})) {
      if (DROPPED.has(key.toLowerCase())) continue;
      responseHeaders[key] = value;
      if (key.toLowerCase() === 'content-type') contentType = Array.isArray(value) ? value[0] : value;
    }
    const violations = [
      ...requestViolations(outcome.input),
      ...(match
        ? responseViolations(
            match.operation,
            { status: outcome.response.statusCode, contentType },
            outcome.output,
          )
        : []),
    ];
    report(name, method, url.pathname, violations);
    if (violations.length > 0) responseHeaders[VIOLATIONS_HEADER] = violationsHeader(violations);
    return { status: outcome.response.statusCode, headers: responseHeaders, body: outcome.response.body };
  }

  function report(name: string, method: string, path: string, violations: ContractViolation[]) {
    for (const violation of violations) {
      log(
        `${name} ${method.toUpperCase()} ${path}: ${violation.side} ${violation.path}: ${violation.message} (${violation.rule})`,
      );
    }
    options.onExchange?.({ operationId: name, method, path, violations });
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4011, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function badGateway(detail: string) {
  return { type: 'about:blank', title: 'Bad Gateway', status: 502, detail };
}
