/**
 * The runtime behind a generated client: one openapi-fetch client, one
 * transport, and `bind(descriptor)` turning an operation descriptor into a
 * facade method.
 */
import createFetchClient, { type Client } from 'openapi-fetch';
import { type AuthOptions, TokenStore } from './auth.js';
import { headerOptionName, type OperationDescriptor } from './descriptor.js';
import { toFormData } from './multipart.js';
import type { CallOptions } from './operation-types.js';
import { items, pages } from './paginate.js';
import { ProblemError, ResponseValidationError } from './problem.js';
import { randomId } from './random-id.js';
import { type SubscribeOptions, subscribe } from './sse.js';
import { type CallSettings, Transport, type TransportOptions } from './transport.js';

/** A zod-like schema: anything with `safeParse`. */
interface Validator {
  safeParse(value: unknown): { success: boolean; error?: unknown };
}
/** Per operation id: `responses[status][mediaType]` validators, the shape of the generated `zod/operations.ts`. */
export type ResponseValidators = Record<
  string,
  { responses?: Record<string, Record<string, Validator>> } | undefined
>;

export interface ClientOptions extends TransportOptions {
  /** The API's base URL, e.g. `https://api.example.com` (never hard-coded in the SDK). */
  baseUrl: string;
  /** Headers sent with every request. */
  headers?: Record<string, string>;
  auth?: AuthOptions;
  /** Generated response validators (`import * as validators from '<sdk>/validators'`). */
  validators?: ResponseValidators;
  /** Validate every response against the spec (default false; needs `validators`). */
  validateResponses?: boolean;
}

/** Runtime state shared by every method of one client. */
export interface ClientCore<Paths extends {}> {
  /** The underlying openapi-fetch client, for anything the facade does not cover. */
  readonly raw: Client<Paths>;
  readonly transport: Transport;
  readonly options: ClientOptions;
}

/** Creates the openapi-fetch client and the transport for a generated client. */
export function createCore<Paths extends {}>(options: ClientOptions): ClientCore<Paths> {
  if (typeof options?.baseUrl !== 'string' || options.baseUrl === '') {
    throw new TypeError(
      'createClient: `baseUrl` is required, e.g. createClient({ baseUrl: "https://api.example.com" })',
    );
  }
  const tokens = new TokenStore(options.auth ?? {}, {
    name: `specloom.session ${options.baseUrl}`,
    random: options.random,
  });
  const transport = new Transport(options, tokens);
  const raw = createFetchClient<Paths>({
    baseUrl: options.baseUrl,
    headers: options.headers,
    fetch: transport.fetchWith(),
  });
  return { raw, transport, options };
}

/** The positional arguments of a facade method, as the descriptor says they are laid out. */
function splitArgs(descriptor: OperationDescriptor, args: unknown[]) {
  let index = 0;
  const params = descriptor.hasParams ? ((args[index++] as Record<string, unknown> | undefined) ?? {}) : {};
  const body = descriptor.body ? args[index++] : undefined;
  const options = (args[index] as (CallOptions & Record<string, unknown>) | undefined) ?? {};
  return { params, body, options };
}

function pick(
  source: Record<string, unknown>,
  names: readonly string[] | undefined,
): Record<string, unknown> | undefined {
  if (!names || names.length === 0) return undefined;
  const picked: Record<string, unknown> = {};
  for (const name of names) if (source[name] !== undefined) picked[name] = source[name];
  return picked;
}

function headerParams(
  descriptor: OperationDescriptor,
  options: Record<string, unknown>,
): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const name of descriptor.headerParams ?? []) {
    const value = options[headerOptionName(name)];
    if (value !== undefined && value !== null) headers[name] = String(value);
  }
  if (descriptor.idempotencyHeader && headers[descriptor.idempotencyHeader] === undefined) {
    // A key per logical call, reused by every retry, makes the POST safe to repeat.
    headers[descriptor.idempotencyHeader] = randomId();
  }
  return headers;
}

function bodySerializer(descriptor: OperationDescriptor): ((body: unknown) => unknown) | undefined {
  switch (descriptor.body?.kind) {
    case 'multipart':
      return toFormData;
    case 'urlencoded':
      return (body) => new URLSearchParams(body as Record<string, string>);
    case 'raw':
      return (body) => body;
    default:
      return undefined;
  }
}

/** Performs one call and returns the raw openapi-fetch result, throwing `ProblemError` for non-2xx answers. */
async function call<Paths extends {}>(
  core: ClientCore<Paths>,
  descriptor: OperationDescriptor,
  params: Record<string, unknown>,
  body: unknown,
  options: CallOptions & Record<string, unknown>,
  extraHeaders: Record<string, string> = {},
  parseAs = descriptor.parseAs ?? 'json',
  settings: CallSettings = {},
): Promise<{ data: unknown; response: Response }> {
  const contentType =
    descriptor.body && descriptor.body.kind !== 'multipart'
      ? { 'Content-Type': descriptor.body.mediaType }
      : {};
  const init = {
    params: { path: pick(params, descriptor.pathParams), query: pick(params, descriptor.queryParams) },
    body,
    bodySerializer: bodySerializer(descriptor),
    parseAs,
    signal: options.signal,
    headers: { ...contentType, ...options.headers, ...headerParams(descriptor, options), ...extraHeaders },
    fetch: core.transport.fetchWith({
      timeoutMs: options.timeoutMs,
      retry: options.retry,
      ...(descriptor.public ? { refreshOnUnauthorized: false } : {}),
      ...settings,
    }),
    ...(descriptor.credentials ? { credentials: descriptor.credentials } : {}),
  };
  const request = core.raw.request as unknown as (
    method: string,
    path: string,
    init: unknown,
  ) => Promise<{ data?: unknown; error?: unknown; response: Response }>;
  const result = await request(descriptor.method, descriptor.path, init);
  if (!result.response.ok) {
    // A 401 on a call that carried the session means the transport could not renew it.
    const sessionEnded = !descriptor.public && settings.authenticate !== false;
    throw new ProblemError(result.response, result.error, { sessionEnded });
  }
  return { data: result.data, response: result.response };
}

function validate<Paths extends {}>(
  core: ClientCore<Paths>,
  descriptor: OperationDescriptor,
  response: Response,
  data: unknown,
): void {
  const byStatus = core.options.validators?.[descriptor.id]?.responses;
  if (!byStatus) return;
  const byMedia =
    byStatus[String(response.status)] ?? byStatus[`${String(response.status)[0]}XX`] ?? byStatus.default;
  if (!byMedia) return;
  const mediaType = (response.headers.get('content-type') ?? '').split(';')[0]?.trim() ?? '';
  const validator = byMedia[mediaType] ?? Object.values(byMedia)[0];
  const result = validator?.safeParse(data);
  if (result && !result.success)
    throw new ResponseValidationError(descriptor.id, response.status, result.error);
}

/** Turns a descriptor into a facade method (with `pages`/`items` for paginated lists, a subscription for streams). */
export function bind<Paths extends {}>(core: ClientCore<Paths>, descriptor: OperationDescriptor): unknown {
  const operation = { id: descriptor.id, method: descriptor.method.toUpperCase(), path: descriptor.path };
  if (descriptor.sse) return Object.assign(bindStream(core, descriptor), { operation });
  type Options = CallOptions & Record<string, unknown>;
  const invokeWithResponse = async (params: Record<string, unknown>, body: unknown, options: Options) => {
    const result = await call(core, descriptor, params, body, options);
    if (options.validate ?? core.options.validateResponses)
      validate(core, descriptor, result.response, result.data);
    if (descriptor.tokenField) {
      const token = (result.data as Record<string, unknown> | undefined)?.[descriptor.tokenField];
      if (typeof token === 'string') core.transport.tokens.set(token);
    }
    return result;
  };
  const invoke = async (params: Record<string, unknown>, body: unknown, options: Options) =>
    (await invokeWithResponse(params, body, options)).data;
  const method = (...args: unknown[]) => {
    const { params, body, options } = splitArgs(descriptor, args);
    return invoke(params, body, options);
  };
  const withResponse = (...args: unknown[]) => {
    const { params, body, options } = splitArgs(descriptor, args);
    return invokeWithResponse(params, body, options);
  };
  const pagination = descriptor.pagination;
  if (!pagination) return Object.assign(method, { operation, withResponse });
  const fetcher = (args: unknown[]) => {
    const { body, options } = splitArgs(descriptor, args);
    return (params: Record<string, unknown>) => invoke(params, body, options);
  };
  return Object.assign(method, {
    operation,
    withResponse,
    pages: (...args: unknown[]) => pages(fetcher(args), splitArgs(descriptor, args).params, pagination),
    items: (...args: unknown[]) => items(fetcher(args), splitArgs(descriptor, args).params, pagination),
  });
}

function bindStream<Paths extends {}>(core: ClientCore<Paths>, descriptor: OperationDescriptor) {
  const json = descriptor.sse?.json === true;
  return (...args: unknown[]) => {
    const { params, body, options } = splitArgs(descriptor, args);
    const subscribeOptions = options as CallOptions & SubscribeOptions & Record<string, unknown>;
    const open = async (lastEventId: string | undefined, signal: AbortSignal) => {
      const headers: Record<string, string> = { Accept: 'text/event-stream' };
      if (lastEventId !== undefined) headers['Last-Event-ID'] = lastEventId;
      const { data } = await call(
        core,
        descriptor,
        params,
        body,
        { ...subscribeOptions, signal },
        headers,
        'stream',
      );
      if (!(data instanceof ReadableStream))
        throw new TypeError(`${descriptor.id}: the response has no body to stream`);
      return data as ReadableStream<Uint8Array>;
    };
    // An error answer (4xx) will not fix itself by reconnecting; 5xx/429 were already retried by the transport.
    const isFatal = (error: unknown) =>
      error instanceof ProblemError && error.status < 500 && error.status !== 429;
    const decode = json ? (data: string) => JSON.parse(data) as unknown : (data: string) => data;
    return subscribe(open, decode, isFatal, subscribeOptions);
  };
}

/** Controls over the in-memory session, reachable as `api.session`. */
export interface Session {
  /** Use this access token from now on (e.g. one obtained elsewhere). */
  setAccessToken(token: string | undefined): void;
  /** The access token the client would send now. */
  getAccessToken(): Promise<string | undefined>;
  /** Forget the access token (on logout). */
  clear(): void;
  /**
   * Renew the access token now through the refresh operation (shared with concurrent calls and other
   * tabs); `undefined` when the session is over, a rejection when the server could not be reached.
   */
  refresh(): Promise<string | undefined>;
}

/**
 * Wires the spec's refresh operation into the transport: it is called without
 * the Bearer token, with cookies (`credentials: include`), and never itself
 * triggers a refresh.
 */
export function installRefresh<Paths extends {}>(
  core: ClientCore<Paths>,
  descriptor: OperationDescriptor,
  tokenField: string,
): void {
  if (core.options.auth?.refresh === false) return;
  core.transport.setRefresher(async () => {
    const { data } = await call(core, descriptor, {}, undefined, {}, {}, 'json', {
      authenticate: false,
      refreshOnUnauthorized: false,
    });
    const token = (data as Record<string, unknown> | undefined)?.[tokenField];
    return typeof token === 'string' ? token : undefined;
  });
}

/** The `session` controls of a client. */
export function createSession<Paths extends {}>(core: ClientCore<Paths>): Session {
  const tokens = core.transport.tokens;
  return {
    setAccessToken: (token) => tokens.set(token),
    getAccessToken: () => tokens.current(),
    clear: () => tokens.set(undefined),
    refresh: () => core.transport.refreshNow(),
  };
}
