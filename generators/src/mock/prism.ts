import { createRequire } from 'node:module';

/**
 * The slice of Prism (`@stoplight/prism-http` 5.12) the mock and the proxy use.
 * Prism ships CommonJS with fp-ts return types; this file is the only place
 * that knows about either, so the rest of the code sees plain promises.
 */

const require = createRequire(import.meta.url);

/** A request in Prism's shape. */
export interface PrismRequest {
  method: string;
  url: { path: string; query?: Record<string, string | string[]>; baseUrl?: string };
  headers: Record<string, string>;
  body?: unknown;
}

export interface PrismResponse {
  statusCode: number;
  headers?: Record<string, string | string[]>;
  body?: unknown;
}

/** One finding of Prism's validator; `path` starts with the location (`body`, `query`, `header`, `path`). */
export interface PrismDiagnostic {
  path?: Array<string | number>;
  code?: string | number;
  message: string;
  /** 0 error, 1 warning, 2 information, 3 hint (`@stoplight/types` DiagnosticSeverity). */
  severity: number;
  tags?: string[];
}

/** Prism's operation objects are opaque to us apart from these fields. */
export interface PrismOperation {
  method: string;
  path: string;
  iid?: string;
  [key: string]: unknown;
}

export interface PrismMockSettings {
  dynamic: boolean;
  seed?: string;
  code?: number;
  exampleKey?: string;
}

/** Prism answered: the response it chose or fetched, and what its validator found. */
export interface PrismOutcome {
  kind: 'response';
  response: PrismResponse;
  input: PrismDiagnostic[];
  output: PrismDiagnostic[];
}

/** Prism refused: no route, no response defined, or a bad `Prefer` value. */
export interface PrismFailure {
  kind: 'failure';
  status: number;
  /** Prism's error type URI, e.g. `https://stoplight.io/prism/errors#NO_PATH_MATCHED_ERROR`. */
  name: string;
  detail: string;
}

interface PrismHttpModule {
  getHttpOperationsFromSpec(spec: object): Promise<PrismOperation[]>;
  createInstance(
    config: object,
    components: { logger: unknown },
  ): {
    request(
      input: PrismRequest,
      operations: PrismOperation[],
      config: object,
    ): () => Promise<
      | {
          _tag: 'Right';
          right: {
            output: PrismResponse;
            validations: { input: PrismDiagnostic[]; output: PrismDiagnostic[] };
          };
        }
      | { _tag: 'Left'; left: { name?: string; status?: number; detail?: string; message?: string } }
    >;
  };
}

const prismHttp = require('@stoplight/prism-http') as PrismHttpModule;

/** Prism's operations for a bundled (internally referenced) OpenAPI document. */
export function prismOperations(document: Record<string, unknown>): Promise<PrismOperation[]> {
  // Prism dereferences in place; give it a copy so our document stays intact.
  return prismHttp.getHttpOperationsFromSpec(structuredClone(document));
}

/** A logger that discards everything: we log in our own format. */
function silentLogger(): unknown {
  const noop = () => undefined;
  const logger: Record<string, unknown> = {};
  for (const level of ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'success', 'log'])
    logger[level] = noop;
  logger.child = () => logger;
  return logger;
}

export type PrismMode = { mode: 'mock'; mock: PrismMockSettings } | { mode: 'proxy'; upstream: URL };

/** A Prism engine bound to one set of operations; `run` never throws for client mistakes. */
export class PrismEngine {
  private readonly instance;

  constructor(private readonly operations: PrismOperation[]) {
    this.instance = prismHttp.createInstance(baseConfig({ mode: 'mock', mock: { dynamic: false } }), {
      logger: silentLogger(),
    });
  }

  /** Routes, validates and mocks (or forwards) one request. */
  async run(request: PrismRequest, mode: PrismMode): Promise<PrismOutcome | PrismFailure> {
    const result = await this.instance.request(request, this.operations, baseConfig(mode))();
    if (result._tag === 'Right') {
      return {
        kind: 'response',
        response: result.right.output,
        input: result.right.validations.input,
        output: result.right.validations.output,
      };
    }
    const error = result.left;
    return {
      kind: 'failure',
      status: typeof error.status === 'number' ? error.status : 500,
      name: error.name ?? 'https://stoplight.io/prism/errors#UNKNOWN',
      detail: error.detail ?? error.message ?? 'The mock could not answer this request.',
    };
  }
}

function baseConfig(mode: PrismMode): object {
  const common = { validateRequest: true, checkSecurity: true, errors: false };
  if (mode.mode === 'mock') return { ...common, mock: mode.mock, validateResponse: false, isProxy: false };
  return {
    ...common,
    mock: { dynamic: false },
    validateResponse: true,
    isProxy: true,
    upstream: mode.upstream,
    upstreamProxy: undefined,
  };
}
