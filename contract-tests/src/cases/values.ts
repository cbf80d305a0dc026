import { FilePart, preferredMediaType, type RequestValues } from '../http/serialize.js';
import {
  flatten,
  type JsonSchema,
  type MediaTypeModel,
  type OperationModel,
  type ParameterModel,
  type SpecModel,
  sampleValid,
} from '../specloom.js';

/** Known resource ids by path-parameter name, filled by stateful sequences and reused by other cases. */
export type ResourcePool = Map<string, unknown>;

export interface ValueContext {
  spec: SpecModel;
  seed: number;
  pool: ResourcePool;
}

/**
 * Where the values of a valid request came from: the spec's examples, values generated from the
 * whole schema, or generated with only what the schema requires (`minimal`), which a server can
 * accept even when optional members would refer to things that do not exist on it.
 */
export type ValueSource = 'example' | 'generated' | 'minimal';

/**
 * Valid values for a request to `operation`. Path parameters come from the
 * resource pool when a live id is known. Optional parameters are only sent
 * when their schema states something checkable (an enum, a format, a number):
 * an optional free-form string such as an opaque cursor has valid values the
 * spec cannot describe, so sending a random one would invite false alarms.
 */
export function validValues(
  operation: OperationModel,
  context: ValueContext,
  source: ValueSource,
  salt = '',
): RequestValues {
  const values: RequestValues = { path: {}, query: {}, header: {}, cookie: {} };
  for (const parameter of operation.parameters) {
    if (!parameter.required && (source === 'minimal' || !isMeaningful(parameter.schema, context.spec)))
      continue;
    if (isReservedHeader(parameter)) continue;
    values[parameter.in][parameter.name] = parameterValue(parameter, context, source, salt);
  }
  const media = operation.requestBody ? preferredMediaType(operation.requestBody.content) : undefined;
  if (media) {
    values.body = {
      mediaType: media.mediaType,
      value: withPathIdentity(
        bodyValue(media, context, source, `${operation.operationId}${salt}`),
        values.path,
      ),
      ...(media.encoding ? { encoding: media.encoding } : {}),
    };
  }
  return values;
}

/**
 * `PUT /todos/{id}` with a body that carries its own `id`: a body naming
 * another resource than the path is a contradiction servers rightly refuse
 * ("id cannot be changed"), so the body's identity member gets the path's
 * value (as a number when the body had a number there).
 */
export function withPathIdentity(body: unknown, path: Record<string, unknown>): unknown {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return body;
  const record = { ...(body as Record<string, unknown>) };
  for (const [name, value] of Object.entries(path)) {
    if (value === undefined) continue;
    for (const key of identityKeys(name)) {
      if (!(key in record)) continue;
      const current = record[key];
      record[key] =
        typeof current === 'number' && Number.isFinite(Number(value))
          ? Number(value)
          : typeof current === 'string'
            ? String(value)
            : current;
    }
  }
  return record;
}

/** The body members that name the resource a path parameter addresses: itself, and `id` for `id`/`...Id`. */
export function identityKeys(parameter: string): string[] {
  return /(^|_|[a-z])(id|Id|ID)$/.test(parameter) ? [...new Set([parameter, 'id'])] : [parameter];
}

/** A valid value for one parameter: pooled id, then example, then generated. */
export function parameterValue(
  parameter: ParameterModel,
  context: ValueContext,
  source: ValueSource,
  salt = '',
): unknown {
  if (parameter.in === 'path' && context.pool.has(parameter.name)) return context.pool.get(parameter.name);
  const example = parameter.examples[0];
  if (source === 'example' && example !== undefined) return example.value;
  if (example !== undefined && parameter.in === 'path') return example.value;
  return sampleValid(parameter.schema, {
    document: context.spec.document,
    seed: `${context.seed}:${parameter.in}:${parameter.name}${salt}`,
    direction: 'request',
  });
}

/** A valid body: the first example when asked for one, else generated; binary parts become files. */
export function bodyValue(
  media: MediaTypeModel,
  context: ValueContext,
  source: ValueSource,
  salt: string,
): unknown {
  const example = media.examples[0];
  const value =
    source === 'example' && example !== undefined
      ? example.value
      : sampleValid(media.schema ?? {}, {
          document: context.spec.document,
          seed: `${context.seed}:body:${salt}`,
          direction: 'request',
          optionalProperties: source !== 'minimal',
        });
  return media.mediaType.startsWith('multipart/') ? withFileParts(media.schema, value, context) : value;
}

/** OAS 3.1 §4.8.14.3: a `format: binary` or `contentMediaType` property of a multipart body is a file. */
export function withFileParts(
  schema: JsonSchema | undefined,
  value: unknown,
  context: ValueContext,
): unknown {
  if (schema === undefined || value === null || typeof value !== 'object') return value;
  const flat = flatten(schema, { document: context.spec.document });
  const result: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  for (const [name, propertySchema] of Object.entries(flat.properties ?? {})) {
    const property = flatten(propertySchema, { document: context.spec.document });
    const isFile =
      property.format === 'binary' ||
      property.contentMediaType !== undefined ||
      property.contentEncoding !== undefined;
    if (isFile && name in result) {
      const mediaType = property.contentMediaType ?? 'text/plain';
      result[name] = new FilePart(
        typeof result[name] === 'string' ? (result[name] as string) : 'sample file content',
        `${name}.txt`,
        mediaType,
      );
    }
  }
  return result;
}

/** A schema whose valid values are all meaningful to send: constrained by enum, const, format, number, or boolean. */
export function isMeaningful(schema: JsonSchema, spec: SpecModel): boolean {
  const flat = flatten(schema, { document: spec.document });
  if (
    flat.enum !== undefined ||
    flat.const !== undefined ||
    flat.format !== undefined ||
    flat.pattern !== undefined
  )
    return true;
  const types = flat.type === undefined ? [] : Array.isArray(flat.type) ? flat.type : [flat.type];
  return types.some((type) => type === 'integer' || type === 'number' || type === 'boolean');
}

/**
 * Header parameters the engine never fills from the schema: OAS 3.x
 * §4.8.12.1 says `Authorization`, `Accept` and `Content-Type` are ignored,
 * and the framing headers (`Content-Length`, `Host`, `Transfer-Encoding`,
 * `Connection`, RFC 9112 §6-9) belong to the HTTP layer: a generated value
 * there breaks the request itself.
 */
export function isReservedHeader(parameter: ParameterModel): boolean {
  return parameter.in === 'header' && RESERVED_HEADERS.has(parameter.name.toLowerCase());
}

const RESERVED_HEADERS = new Set([
  'authorization',
  'accept',
  'content-type',
  'content-length',
  'host',
  'transfer-encoding',
  'connection',
  'keep-alive',
  'upgrade',
  'te',
  'trailer',
]);

/** Deep copy of request values, so a case can mutate its own. */
export function cloneValues(values: RequestValues): RequestValues {
  return {
    path: { ...values.path },
    query: { ...values.query },
    header: { ...values.header },
    cookie: { ...values.cookie },
    ...(values.body ? { body: { ...values.body } } : {}),
  };
}
