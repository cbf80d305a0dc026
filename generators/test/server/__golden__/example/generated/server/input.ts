/**
 * Builds a handler's `input` from the request: parameters and body, validated
 * by the operation's zod schemas (or taken as read when validation is off or
 * done by another engine).
 */
import type { Request } from 'express';
import { hasBody, parseBody, preParsedBody, readBody, selectMediaType } from './body.js';
import { type OperationDescriptor, type ParameterLocation, validate } from './descriptors.js';
import { readParameters } from './params.js';
import { RequestValidationError, UnsupportedMediaTypeError, type ValidationIssue } from './runtime.js';

/** Input keys per parameter location, as the handler contract names them. */
const INPUT_KEYS = { path: 'path', query: 'query', header: 'headers', cookie: 'cookies' } as const;

export type ValidationMode = 'zod' | 'openapi-validator' | 'off';

export interface ReceivedBody {
  present: boolean;
  mediaType?: string;
  value?: unknown;
}

/** Negotiates and reads the request body: 415 for an undocumented media type, 413 over the limit, 400 if malformed. */
export async function receiveBody(
  req: Request,
  operation: OperationDescriptor,
  bodyLimit: number,
): Promise<ReceivedBody> {
  const body = operation.body;
  if (body === undefined) return { present: false };
  const preParsed = preParsedBody(req);
  if (!hasBody(req) && preParsed === undefined) {
    if (body.required) {
      throw new RequestValidationError(400, [
        { path: '', message: 'A request body is required.', code: 'required' },
      ]);
    }
    return { present: false };
  }
  const contentType = req.headers['content-type'];
  const selected = selectMediaType(contentType, body.media);
  if (selected === undefined) {
    throw new UnsupportedMediaTypeError(
      contentType,
      body.media.map((entry) => entry.mediaType),
    );
  }
  if (selected.kind === 'stream') {
    return {
      present: true,
      mediaType: selected.mediaType,
      value: { contentType: contentType ?? '', stream: req },
    };
  }
  const value =
    preParsed !== undefined ? preParsed.body : parseBody(selected.kind, await readBody(req, bodyLimit));
  return { present: true, mediaType: selected.mediaType, value };
}

/** A parameter's name as the spec writes it (headers arrive lowercased), for error paths. */
function specNames(operation: OperationDescriptor, location: ParameterLocation): (name: string) => string {
  const written = new Map(
    operation.parameters
      .filter((parameter) => parameter.in === location)
      .map((parameter) => [parameter.name.toLowerCase(), parameter.name]),
  );
  return (name) => written.get(name.toLowerCase()) ?? name;
}

/**
 * The handler input: `{ path, query, headers, cookies, body }` (only the keys
 * the operation has). In `zod` mode every location is validated and all
 * failures are reported together: 400 for parameters, 422 for the body.
 */
export async function buildInput(
  req: Request,
  operation: OperationDescriptor,
  mode: ValidationMode,
  bodyLimit: number,
  received?: ReceivedBody,
): Promise<Record<string, unknown>> {
  const raw = readParameters(
    {
      url: req.originalUrl ?? req.url,
      headers: req.headers,
      routeParams: req.params as Record<string, string>,
    },
    operation.parameters,
    operation.pathParams,
  );
  const input: Record<string, unknown> = {};
  const issues: ValidationIssue[] = [];
  const request = operation.schemas.request ?? {};
  const locations = new Set(operation.parameters.map((parameter) => parameter.in));
  for (const location of [
    'path',
    'query',
    'header',
    'cookie',
  ] as const satisfies readonly ParameterLocation[]) {
    if (!locations.has(location)) continue;
    const key = INPUT_KEYS[location];
    const schema = request[key];
    if (mode !== 'zod' || schema === undefined) {
      input[key] =
        mode === 'openapi-validator' ? coercedByValidator(req, location, raw[location]) : raw[location];
      continue;
    }
    const result = validate(schema, raw[location], location, specNames(operation, location));
    if (result.ok) input[key] = result.data;
    else issues.push(...result.issues);
  }

  // A body is only read once the parameters passed: 400s never wait for an upload.
  if (issues.length > 0) throw new RequestValidationError(400, issues);
  if (operation.body === undefined) return input;
  const body = received ?? (await receiveBody(req, operation, bodyLimit));
  const schema = body.mediaType === undefined ? undefined : request.body?.[body.mediaType];
  const kind = operation.body.media.find((entry) => entry.mediaType === body.mediaType)?.kind;
  if (mode === 'zod' && schema !== undefined && kind !== 'stream' && body.present) {
    const result = validate(schema, body.value, 'body');
    if (!result.ok) throw new RequestValidationError(422, result.issues);
    input.body = result.data;
  } else {
    // express-openapi-validator validates (and fills defaults into) req.body in place.
    input.body = mode === 'openapi-validator' && kind !== 'stream' && body.present ? req.body : body.value;
  }
  return input;
}

/** express-openapi-validator coerces `req.params`/`req.query` in place; prefer its values for documented names. */
function coercedByValidator(
  req: Request,
  location: ParameterLocation,
  raw: Record<string, unknown>,
): Record<string, unknown> {
  const source =
    location === 'query'
      ? (req.query as Record<string, unknown>)
      : location === 'path'
        ? ((req as { openapi?: { pathParams?: Record<string, unknown> } }).openapi?.pathParams ?? {})
        : {};
  const result: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(raw)) result[name] = name in source ? source[name] : value;
  return result;
}
