import type { JsonSchema, MediaTypeModel, OperationModel, SecuritySchemeModel } from '../../model/types.js';
import { flatten, type Realism, type SchemaScope } from '../../sampling/index.js';
import { OperationRouter } from '../router.js';
import { AuthSessions } from '../stateful/auth.js';
import { EventLog, type EventSubscription } from '../stateful/events.js';
import { etagOf, handleStateful } from '../stateful/handle.js';
import { discoverResources, type OperationRole, resolveIdField } from '../stateful/resources.js';
import { ResourceStore } from '../stateful/store.js';
import { errorResponse, FALLBACK_HEADER, type Failure, type FieldError } from './errors.js';
import { covers, essence, isJson, negotiate } from './media.js';
import { readParameters } from './params.js';
import { PreferError, type Preferences, parsePrefer } from './prefer.js';
import {
  conform,
  type DataChoice,
  type DataContext,
  documentedResponse,
  generate,
  responseHeaders,
  serialize,
  statusKept,
  successStatus,
  valueFor,
} from './respond.js';
import { checkCredentials } from './security.js';
import type { EngineOptions, MockRequest, MockResponse, MockSpec } from './types.js';
import { KEYWORD_CODES, SchemaValidators } from './validators.js';

/** Path of the endpoint that restores the seed state in stateful mode. */
export const RESET_PATH = '/__specloom/reset';

const DEFAULT_MAX_BODY = 10 * 1024 * 1024;

/**
 * The mock engine: routes a request to its operation, validates it against
 * the spec (credentials, parameters, content type, body, Accept), and answers
 * with a documented response — examples first, generated data otherwise, or
 * the stateful store's resources. It has no I/O of its own, so the same
 * engine runs behind `specloom mock` (node:http) and the MSW handlers (fetch).
 */
export class MockEngine {
  private readonly router: OperationRouter;
  private readonly validators: SchemaValidators;
  private readonly scope: SchemaScope;
  private readonly schemes: Map<string, SecuritySchemeModel>;
  private readonly roles: Map<string, OperationRole>;
  private readonly store: ResourceStore;
  private readonly data: DataContext;
  /** Accounts and sessions of stateful mode; undefined when stateless. */
  private readonly auth: AuthSessions | undefined;
  /** Events made from stateful changes, for the spec's event streams; undefined when stateless. */
  private readonly events: EventLog | undefined;
  private counter = 0;
  /** Per resource kind, the members its read operation's answer declares (computed on first create). */
  private readonly readable = new Map<OperationRole['kind'], Set<string>>();
  private readonly operations: OperationModel[];
  /** The path of the spec's first server (`/api` of `https://host/api`), '' when it names none. */
  private readonly serverPath: string;

  constructor(
    spec: MockSpec,
    private readonly options: EngineOptions,
    realism: Realism,
  ) {
    this.router = new OperationRouter(spec.operations);
    this.operations = spec.operations;
    this.validators = new SchemaValidators(spec.schemas);
    this.scope = { document: spec.document };
    this.schemes = new Map(spec.securitySchemes.map((scheme) => [scheme.name, scheme]));
    this.roles = options.stateful ? discoverResources({ operations: spec.operations } as never) : new Map();
    this.store = new ResourceStore(options.seedData ?? {});
    this.data = { scope: this.scope, validators: this.validators, realism };
    this.serverPath = serverPathOf(spec.document);
    this.auth = options.stateful
      ? new AuthSessions(spec.operations, spec.securitySchemes, this.scope, (schema, value) =>
          this.validators.valid(schema, value, 'response'),
        )
      : undefined;
    this.events = options.stateful
      ? new EventLog(spec.operations, this.scope, (schema, seed) =>
          generate(schema, `${this.options.seed ?? 'specloom'}:${seed}`, this.data, 'response', false),
        )
      : undefined;
  }

  /**
   * Follows an event stream the engine opened (a response with `stream`): events after its
   * `Last-Event-ID`, then each one the stateful changes make. Returns the function that stops it.
   */
  subscribe(subscription: EventSubscription, send: (text: string) => void): () => void {
    return this.events?.subscribe(subscription, send) ?? (() => undefined);
  }

  /** The auth operations stateful mode recognised, by operation id. */
  authOperations(): Record<string, string> {
    return this.auth?.describe() ?? {};
  }

  /**
   * Clients configured with the spec's server URL call `/api/books` where the spec says `/books`:
   * the mock answers both, preferring a path the spec documents as it is.
   */
  private routePath(path: string): string {
    const prefix = this.serverPath;
    if (prefix === '' || !(path === prefix || path.startsWith(`${prefix}/`))) return path;
    if (this.router.allowedMethods(path).length > 0) return path;
    return path.slice(prefix.length) || '/';
  }

  /** Restores the stateful seed state. */
  reset(): void {
    this.store.reset();
    this.auth?.reset();
    this.events?.reset();
  }

  /** Answers one request. Never throws for anything a client sends. */
  handle(request: MockRequest): MockResponse {
    const method = request.method.toLowerCase();
    const requestId = globalThis.crypto.randomUUID();
    const answer = this.answer({ ...request, method }, requestId);
    answer.headers['x-request-id'] = requestId;
    if (method === 'head') return { status: answer.status, headers: answer.headers };
    return answer;
  }

  private answer(received: MockRequest, requestId: string): MockResponse {
    const request = { ...received, path: this.routePath(received.path) };
    if (this.options.stateful && request.path === RESET_PATH && request.method === 'post') {
      this.reset();
      return { status: 204, headers: {} };
    }
    const match = this.router.match(
      request.method === 'head' ? 'get' : request.method,
      request.path,
      request,
    );
    const fail = (operation: OperationModel | undefined, failure: Failure) =>
      errorResponse(operation, failure, this.data, {
        instance: request.path,
        requestId,
        seed: this.options.seed ?? 'specloom',
      });
    if (!match) {
      const allowed = this.router.allowedMethods(request.path);
      if (allowed.length > 0)
        return fail(undefined, {
          statuses: [405],
          detail: `${request.method.toUpperCase()} is not allowed on ${request.path}; allowed: ${allowed.join(', ')}.`,
          headers: { allow: allowed.join(', ') },
        });
      return fail(undefined, {
        statuses: [404],
        detail: `No operation of the spec matches ${request.path}.`,
      });
    }
    const { operation, params } = match;

    let prefer: Preferences;
    try {
      prefer = parsePrefer(request.headers.prefer);
    } catch (error) {
      if (!(error instanceof PreferError)) throw error;
      return fail(operation, {
        statuses: [400, 422],
        detail: error.message,
        errors: [{ path: '/header/Prefer', message: error.message, code: 'invalid_prefer' }],
      });
    }

    const credentials = checkCredentials(operation, request, this.schemes, (credential) =>
      this.accepts(credential),
    );
    if (credentials) {
      return fail(operation, {
        statuses: [401],
        detail:
          credentials.kind === 'missing'
            ? 'This operation needs credentials: send them as the spec\u2019s security scheme says.'
            : 'The credentials are not valid.',
        headers: { 'www-authenticate': wwwAuthenticate(operation, this.schemes) },
      });
    }

    const bodyCheck = this.readBody(operation, request);
    if ('failure' in bodyCheck) return fail(operation, bodyCheck.failure);
    const parameters = readParameters(operation, request, params, this.validators, this.scope);
    if (parameters.issues.length > 0) {
      const noun = parameters.issues.length === 1 ? 'parameter is' : 'parameters are';
      return fail(operation, {
        statuses: [400, 422],
        detail: `The request is not valid: ${parameters.issues.length} ${noun} wrong.`,
        errors: parameters.issues,
      });
    }
    if (bodyCheck.errors.length > 0) {
      const noun = bodyCheck.errors.length === 1 ? 'field is' : 'fields are';
      return fail(operation, {
        statuses: [422, 400],
        detail: `The request body is not valid: ${bodyCheck.errors.length} ${noun} wrong.`,
        errors: bodyCheck.errors,
      });
    }

    const choice: DataChoice = {
      dynamic: prefer.dynamic ?? this.options.dynamic ?? false,
      seed: prefer.seed ?? this.options.seed ?? `${operation.operationId}`,
      ...(prefer.exampleKey !== undefined ? { exampleKey: prefer.exampleKey } : {}),
    };
    if (prefer.code !== undefined) return this.preferred(operation, prefer.code, choice, request, fail);

    const success = successStatus(operation);
    if (!success)
      return fail(operation, { statuses: [501], detail: `${operation.operationId} documents no response.` });
    const media = negotiate(success.response.content, request.headers.accept);
    if (success.response.content.length > 0 && media === undefined) {
      return fail(operation, {
        statuses: [406],
        detail: `None of the accepted media types (${request.headers.accept}) is documented; available: ${success.response.content.map((entry) => entry.mediaType).join(', ')}.`,
      });
    }
    const headers = responseHeaders(success.response.headers, choice, this.data);
    let value = media ? valueFor(media, choice, this.data) : undefined;
    let status = success.status;

    const authRole = this.auth?.role(operation.operationId);
    if (this.auth && authRole && status < 300) {
      const outcome = this.auth.handle(authRole, {
        request,
        body: bodyCheck.value,
        value,
        headers,
        schema: media?.schema,
      });
      if (outcome.kind === 'failure')
        return fail(operation, { statuses: outcome.statuses, detail: outcome.detail });
      value = outcome.value;
    }

    const subscription =
      status < 300 ? this.events?.subscription(operation, request.path, request.headers) : undefined;
    if (subscription)
      return {
        status,
        headers: { ...headers, 'content-type': 'text/event-stream', 'cache-control': 'no-cache' },
        stream: subscription,
      };

    const role = this.roles.get(operation.operationId);
    if (role && status < 300) {
      const answer = handleStateful(this.store, {
        role,
        path: request.path.replace(/\/$/, ''),
        params,
        query: withDefaults(operation, parameters.query, this.scope),
        body: bodyCheck.value,
        mocked: { status, headers, body: value },
        fresh: (sent, identity) => this.fresh(media, sent, operation, identity),
        readable: role.role === 'create' ? this.readableOf(role.kind) : new Set(),
        ...(request.headers['if-match'] !== undefined ? { ifMatch: request.headers['if-match'] } : {}),
      });
      if (answer.kind !== 'response') {
        const statuses = answer.kind === 'not-found' ? [404, 410] : [412, 409];
        // A spec that documents no such error cannot be told "not found": the stateless answer is what it promises.
        if (statuses.some((code) => documentedResponse(operation, code) !== undefined))
          return fail(operation, { statuses, detail: answer.detail });
        headers[FALLBACK_HEADER] =
          `${operation.operationId} documents no ${statuses.join(' or ')} response; answered statelessly: ${answer.detail}`;
      } else {
        status = answer.status;
        this.announce(role, request.path.replace(/\/$/, ''), params, answer.body);
        value = conform(answer.body, media?.schema, `${choice.seed}:state`, this.data);
        Object.assign(headers, answer.headers);
        if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
          const etag = Object.keys(headers).find((name) => name.toLowerCase() === 'etag');
          if (etag !== undefined) headers[etag] = etagOf(value as Record<string, unknown>);
        }
      }
    }
    return this.render(status, headers, media, value);
  }

  /** Puts a stateful change on the event log, for the streams that carry it. */
  private announce(role: OperationRole, path: string, params: Record<string, string>, body: unknown): void {
    if (!this.events || role.role === 'read' || role.role === 'list') return;
    const resource =
      body !== null && typeof body === 'object' && !Array.isArray(body)
        ? (body as Record<string, unknown>)
        : undefined;
    if (role.role === 'create') {
      const id = resource?.[resolveIdField(role.kind, resource)];
      const own = id === undefined ? {} : { [role.kind.itemParam]: String(id) };
      this.events.publish({ action: 'created', collection: path, params: { ...params, ...own }, resource });
      return;
    }
    const collection = path.slice(0, path.lastIndexOf('/')) || '/';
    const action = role.role === 'delete' ? 'deleted' : 'updated';
    this.events.publish({
      action,
      collection,
      params,
      resource: action === 'deleted' ? undefined : resource,
    });
  }

  private render(
    status: number,
    headers: Record<string, string>,
    media: MediaTypeModel | undefined,
    value: unknown,
  ): MockResponse {
    if (!media || status === 204 || status === 304 || value === undefined) return { status, headers };
    const contentType = concrete(media.mediaType);
    return {
      status,
      headers: { ...headers, 'content-type': contentType },
      body: serialize(value, contentType),
    };
  }

  /** `Prefer: code=N`: that documented response; an undocumented code is the client's mistake (400). */
  private preferred(
    operation: OperationModel,
    code: number,
    choice: DataChoice,
    request: MockRequest,
    fail: (operation: OperationModel | undefined, failure: Failure) => MockResponse,
  ): MockResponse {
    const documented = documentedResponse(operation, code);
    if (!documented || (documented.viaDefault && code < 400)) {
      return fail(operation, {
        statuses: [400, 422],
        detail: `Prefer asks for status ${code}, which ${operation.operationId} does not document (documented: ${operation.responses.map((entry) => entry.status).join(', ')}).`,
        errors: [
          {
            path: '/header/Prefer',
            message: `Status ${code} is not documented for this operation.`,
            code: 'invalid_prefer',
          },
        ],
      });
    }
    const media =
      negotiate(documented.response.content, request.headers.accept) ?? documented.response.content[0];
    const headers = responseHeaders(documented.response.headers, choice, this.data);
    const value = media ? valueFor(media, choice, this.data) : undefined;
    return this.render(code, headers, media, media ? statusKept(value, code, media, this.data) : value);
  }

  /**
   * The members the read of a resource kind answers with, `writeOnly` ones
   * left out: what a create sent beyond its own answer's schema (a blob's
   * `content` beside an answer of `{sha, url}`) is kept for those reads.
   */
  private readableOf(kind: OperationRole['kind']): Set<string> {
    const known = this.readable.get(kind);
    if (known) return known;
    const names = new Set<string>();
    for (const operation of this.operations) {
      const role = this.roles.get(operation.operationId);
      if (role?.role !== 'read' || role.kind !== kind) continue;
      for (const response of operation.responses) {
        if (!response.status.startsWith('2')) continue;
        for (const media of response.content) {
          const properties = flatten(media.schema, this.scope).properties ?? {};
          for (const [name, property] of Object.entries(properties))
            if (flatten(property, this.scope).writeOnly !== true) names.add(name);
        }
      }
    }
    this.readable.set(kind, names);
    return names;
  }

  /** A new resource: generated from the created response's schema, with what the client sent laid over it. */
  private fresh(
    media: MediaTypeModel | undefined,
    sent: Record<string, unknown>,
    operation: OperationModel,
    identity: string[],
  ): Record<string, unknown> {
    this.counter += 1;
    const schema = media?.schema;
    const seed = `${this.options.seed ?? 'specloom'}:create:${this.counter}`;
    // Without a schema the documented example is the only description of the resource.
    const base =
      schema === undefined ? media?.examples[0]?.value : generate(schema, seed, this.data, 'response', false);
    return this.laid(
      isPlainRecord(base) ? base : {},
      sent,
      schema,
      operation.requestBody?.content[0]?.schema,
      new Set(identity),
      seed,
    );
  }

  /**
   * What the client sent laid over a generated resource. Members the client
   * could have sent but did not are empty (null where allowed, else absent),
   * except the identity, which the server assigns. A sent object member that
   * wraps the resource (`{card: {...}}`) is laid over the generated one in
   * turn, so the server-side members (its `id`, timestamps) stay.
   */
  private laid(
    base: Record<string, unknown>,
    sent: Record<string, unknown>,
    schema: JsonSchema | undefined,
    requestSchema: JsonSchema | undefined,
    identity: Set<string>,
    seed: string,
    depth = 0,
  ): Record<string, unknown> {
    const resource: Record<string, unknown> = { ...base };
    const flat = schema === undefined ? {} : flatten(schema, this.scope);
    const declared = flat.properties ?? {};
    const settableSchemas = flatten(requestSchema, this.scope).properties ?? {};
    for (const key of Object.keys(settableSchemas)) {
      if (key in sent || !(key in resource) || identity.has(key)) continue;
      const previous = resource[key];
      resource[key] = null;
      if (this.validators.valid(schema, resource, 'response')) continue;
      delete resource[key];
      if (!this.validators.valid(schema, resource, 'response')) resource[key] = previous;
    }
    for (const [key, value] of Object.entries(sent)) {
      if (key in declared || (flat.additionalProperties !== false && flat.properties === undefined)) {
        const previous = resource[key];
        const nested = depth < 2 && isPlainRecord(value) && key in declared;
        resource[key] = nested
          ? this.laid(
              isPlainRecord(previous) ? previous : {},
              value,
              declared[key],
              settableSchemas[key],
              identity,
              `${seed}:${key}`,
              depth + 1,
            )
          : value;
        if (!this.validators.valid(schema, resource, 'response')) {
          if (previous === undefined) delete resource[key];
          else resource[key] = previous;
        }
      }
    }
    // The identity is the server's to assign: a declared id member is there even when optional.
    for (const name of identity) {
      const property = declared[name];
      if (property === undefined || name in resource) continue;
      resource[name] = generate(property, `${seed}:${name}`, this.data, 'response', false);
      if (!this.validators.valid(schema, resource, 'response')) delete resource[name];
    }
    return resource;
  }

  /** Parses and validates the request body; failures that stop the request come back as `failure`. */
  private readBody(
    operation: OperationModel,
    request: MockRequest,
  ): { value: unknown; errors: FieldError[] } | { failure: Failure } {
    const limit = this.options.maxBodyBytes ?? DEFAULT_MAX_BODY;
    const size = request.bodyBytes ?? request.body?.length ?? 0;
    if (size > limit)
      return { failure: { statuses: [413, 400], detail: `The body exceeds ${limit} bytes.` } };
    const declared = operation.requestBody;
    const hasBody = request.body !== undefined && request.body !== '';
    if (!declared) return { value: undefined, errors: [] };
    if (!hasBody) {
      if (!declared.required) return { value: undefined, errors: [] };
      return {
        failure: {
          statuses: [400, 422],
          detail: 'The request needs a body.',
          errors: [{ path: '/body', message: 'A request body is required.', code: 'required' }],
        },
      };
    }
    const contentType = request.headers['content-type'];
    const media =
      contentType === undefined
        ? declared.content[0]
        : declared.content.find((entry) => covers(entry.mediaType, contentType));
    if (!media || (contentType === undefined && declared.content.length > 1)) {
      return {
        failure: {
          statuses: [415, 400],
          detail: `Content-Type ${contentType ?? '(none)'} is not accepted here; send one of: ${declared.content.map((entry) => entry.mediaType).join(', ')}.`,
          headers: { 'accept-post': declared.content.map((entry) => entry.mediaType).join(', ') },
        },
      };
    }
    const base = essence(contentType ?? media.mediaType);
    let value: unknown = request.body;
    if (isJson(base) || (base === '' && isJson(media.mediaType))) {
      try {
        value = JSON.parse(request.body as string);
      } catch {
        return {
          failure: {
            statuses: [400, 422],
            detail: 'The body is not valid JSON.',
            errors: [{ path: '/body', message: 'The body is not valid JSON.', code: 'invalid_json' }],
          },
        };
      }
    } else if (base === 'application/x-www-form-urlencoded') {
      value = formObject(request.body as string, media, this.scope);
    } else {
      // Multipart, binary and text bodies are taken as sent: their parts cannot be checked as JSON.
      return { value, errors: [] };
    }
    const issues = this.validators.issues(media.schema, value, 'request');
    return {
      value,
      errors: issues.map((issue) => ({
        path: `/body${issue.pointer}`,
        message: issue.message,
        code: KEYWORD_CODES[issue.keyword] ?? 'invalid',
      })),
    };
  }

  private accepts(credential: string): boolean {
    if (credential.startsWith('\u0000')) return false;
    // Stateful mode with a sign-in operation: only the tokens the mock issued (or was given) are valid.
    if (this.auth?.active)
      return this.options.tokens?.includes(credential) === true || this.auth.accepts(credential);
    return (
      this.options.tokens === undefined ||
      this.options.tokens.length === 0 ||
      this.options.tokens.includes(credential)
    );
  }
}

/** Query members with the defaults the spec documents: an unsent `sort` orders as the spec says it does. */
function withDefaults(
  operation: OperationModel,
  query: Record<string, unknown>,
  scope: SchemaScope,
): Record<string, unknown> {
  const result = { ...query };
  for (const parameter of operation.parameters) {
    if (parameter.in !== 'query' || result[parameter.name] !== undefined) continue;
    const fallback = flatten(parameter.schema, scope).default;
    if (fallback !== undefined) result[parameter.name] = fallback;
  }
  return result;
}

/** A form body as an object, numbers and booleans read by the schema's member types. */
function formObject(text: string, media: MediaTypeModel, scope: SchemaScope): Record<string, unknown> {
  const flat = flatten(media.schema, scope);
  const result: Record<string, unknown> = {};
  for (const [key, raw] of new URLSearchParams(text)) {
    const member = flatten(flat.properties?.[key], scope);
    const types = Array.isArray(member.type) ? member.type : member.type ? [member.type] : [];
    let value: unknown = raw;
    if (
      (types.includes('integer') || types.includes('number')) &&
      raw.trim() !== '' &&
      !Number.isNaN(Number(raw))
    )
      value = Number(raw);
    else if (types.includes('boolean') && (raw === 'true' || raw === 'false')) value = raw === 'true';
    if (types.includes('array')) value = [...((result[key] as unknown[] | undefined) ?? []), value];
    result[key] = value;
  }
  return result;
}

/** A concrete media type for a documented one that may be a range. */
function concrete(mediaType: string): string {
  if (!mediaType.includes('*')) return mediaType;
  if (isJson(mediaType)) return 'application/json';
  const [type] = mediaType.split('/');
  return type === '*' || type === undefined
    ? 'application/octet-stream'
    : type === 'text'
      ? 'text/plain'
      : `${type}/octet-stream`;
}

/** RFC 9110 §11.6.1: the challenge of the operation's first scheme. */
function wwwAuthenticate(operation: OperationModel, schemes: Map<string, SecuritySchemeModel>): string {
  const name = Object.keys(operation.security[0] ?? {})[0];
  const scheme = name === undefined ? undefined : schemes.get(name);
  if (scheme?.type === 'http' && scheme.scheme)
    return scheme.scheme[0]?.toUpperCase() + scheme.scheme.slice(1);
  if (scheme?.type === 'apiKey') return `ApiKey realm="${scheme.paramName ?? 'api'}"`;
  return 'Bearer';
}

/** The path part of the document's first server URL, without a trailing slash; '' for none or a templated one. */
function serverPathOf(document: Record<string, unknown>): string {
  const servers = document.servers;
  const first = Array.isArray(servers)
    ? (servers[0] as { url?: unknown; variables?: Record<string, { default?: unknown }> } | undefined)
    : undefined;
  // OAS 3.1 §4.8.6: every server variable has a default, the value a client uses unless told otherwise.
  const url = (typeof first?.url === 'string' ? first.url : '').replace(/\{([^}]+)\}/g, (whole, name) => {
    const value = first?.variables?.[name]?.default;
    return typeof value === 'string' || typeof value === 'number' ? String(value) : whole;
  });
  if (url.includes('{')) return '';
  const path = url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '').replace(/[?#].*$/, '');
  return path.replace(/\/+$/, '');
}

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
