/**
 * Reading the shapes the SDK cares about out of the normalized model:
 * which media type a body uses, which fields are files, whether a list is
 * cursor-paginated, whether a response is an event stream. Everything is
 * decided from schemas and media types, never from operation names.
 */
import type {
  JsonSchema,
  JsonSchemaObject,
  MediaTypeModel,
  OperationModel,
  SpecModel,
} from '../model/types.js';

export type BodyKind = 'json' | 'multipart' | 'urlencoded' | 'raw';

const COMPONENT_PREFIX = '#/components/schemas/';

/** Follows component `$ref`s (cycle-safe) and folds `allOf` members' properties into one object view. */
export function resolveSchema(
  model: SpecModel,
  schema: JsonSchema | undefined,
  seen = new Set<string>(),
): JsonSchemaObject | undefined {
  if (schema === undefined || typeof schema === 'boolean') return undefined;
  if (typeof schema.$ref === 'string' && schema.$ref.startsWith(COMPONENT_PREFIX)) {
    const name = decodeURIComponent(schema.$ref.slice(COMPONENT_PREFIX.length))
      .replace(/~1/g, '/')
      .replace(/~0/g, '~');
    if (seen.has(name)) return undefined;
    seen.add(name);
    return resolveSchema(model, model.schemas.find((candidate) => candidate.name === name)?.schema, seen);
  }
  if (!schema.allOf) return schema;
  const merged: JsonSchemaObject = {
    ...schema,
    properties: { ...schema.properties },
    required: [...(schema.required ?? [])],
  };
  for (const member of schema.allOf) {
    const resolved = resolveSchema(model, member, seen);
    Object.assign(merged.properties as object, resolved?.properties);
    merged.required?.push(...(resolved?.required ?? []));
  }
  return merged;
}

function typesOf(schema: JsonSchemaObject): string[] {
  if (Array.isArray(schema.type)) return schema.type;
  return schema.type ? [schema.type] : [];
}

/** `application/json`, `application/problem+json`, `application/vnd.github+json`, ... */
export function isJsonMediaType(mediaType: string): boolean {
  const base = mediaType.split(';')[0]?.trim().toLowerCase() ?? '';
  return base === 'application/json' || base.endsWith('+json') || base === '*/*' || base === 'application/*';
}

/** The request media type the SDK sends: JSON first, then multipart, form, anything else as raw bytes. */
export function chooseRequestMedia(
  content: readonly MediaTypeModel[],
): { media: MediaTypeModel; kind: BodyKind } | undefined {
  const json = content.find((media) => isJsonMediaType(media.mediaType) && media.mediaType !== '*/*');
  if (json) return { media: json, kind: 'json' };
  const multipart = content.find((media) => media.mediaType.toLowerCase().startsWith('multipart/form-data'));
  if (multipart) return { media: multipart, kind: 'multipart' };
  const form = content.find((media) =>
    media.mediaType.toLowerCase().startsWith('application/x-www-form-urlencoded'),
  );
  if (form) return { media: form, kind: 'urlencoded' };
  const first = content[0];
  return first ? { media: first, kind: isJsonMediaType(first.mediaType) ? 'json' : 'raw' } : undefined;
}

function isBinary(model: SpecModel, schema: JsonSchema | undefined): boolean {
  const resolved = resolveSchema(model, schema);
  if (!resolved) return false;
  if (typesOf(resolved).includes('array')) return isBinary(model, resolved.items);
  // OAS 3.0 `format: binary`; OAS 3.1 §4.8.14.3: a `contentMediaType` without `contentEncoding` marks raw bytes.
  return (
    resolved.format === 'binary' ||
    resolved.format === 'base64' ||
    (resolved.contentMediaType !== undefined && resolved.contentEncoding === undefined)
  );
}

/** Properties of a multipart body that carry files. */
export function binaryFields(model: SpecModel, media: MediaTypeModel): string[] {
  const schema = resolveSchema(model, media.schema);
  return Object.entries(schema?.properties ?? {})
    .filter(([, property]) => isBinary(model, property))
    .map(([name]) => name);
}

/** 2xx responses, in spec order. */
export function successResponses(operation: OperationModel) {
  return operation.responses.filter((response) => /^2(\d\d|XX)$/i.test(response.status));
}

/** How the success body is read: JSON, text, a byte blob, or a stream of events. */
export function parseAs(operation: OperationModel): 'json' | 'text' | 'blob' | 'stream' {
  const media = successResponses(operation).flatMap((response) =>
    response.content.map((content) => content.mediaType.toLowerCase()),
  );
  if (media.length === 0 || media.some(isJsonMediaType)) return 'json';
  if (media.some((type) => type.startsWith('text/event-stream'))) return 'stream';
  if (media.every((type) => type.startsWith('text/'))) return 'text';
  return 'blob';
}

/** The event-stream media type of an operation's success response, if it has one. */
export function eventStream(operation: OperationModel): MediaTypeModel | undefined {
  for (const response of successResponses(operation)) {
    const media = response.content.find((content) =>
      content.mediaType.toLowerCase().startsWith('text/event-stream'),
    );
    if (media) return media;
  }
  return undefined;
}

/** The JSON body schema of the first 2xx response that has one. */
export function successJsonSchema(model: SpecModel, operation: OperationModel): JsonSchemaObject | undefined {
  for (const response of successResponses(operation)) {
    const media = response.content.find((content) => isJsonMediaType(content.mediaType));
    if (media) return resolveSchema(model, media.schema);
  }
  return undefined;
}

function isStringLike(model: SpecModel, schema: JsonSchema | undefined): boolean {
  const resolved = resolveSchema(model, schema);
  if (!resolved) return false;
  const types = typesOf(resolved);
  if (types.length > 0)
    return types.includes('string') && types.every((type) => type === 'string' || type === 'null');
  return (resolved.anyOf ?? resolved.oneOf ?? []).some((member) => isStringLike(model, member));
}

const squash = (name: string) => name.replace(/[^a-z0-9]/gi, '').toLowerCase();

/**
 * Cursor pagination: a GET whose page object holds exactly one array (the
 * items) and a string field naming the next cursor, and whose query takes
 * that cursor (`nextCursor` -> `cursor`, `next_page_token` -> `page_token`).
 */
export function detectPagination(
  model: SpecModel,
  operation: OperationModel,
): { cursorParam: string; nextField: string; itemsField: string } | undefined {
  if (operation.method !== 'get') return undefined;
  const page = successJsonSchema(model, operation);
  const properties = Object.entries(page?.properties ?? {});
  const arrays = properties.filter(([, schema]) =>
    typesOf(resolveSchema(model, schema) ?? {}).includes('array'),
  );
  const [itemsEntry] = arrays;
  if (arrays.length !== 1 || itemsEntry === undefined) return undefined;
  for (const parameter of operation.parameters) {
    if (parameter.in !== 'query' || !isStringLike(model, parameter.schema)) continue;
    const cursor = squash(parameter.name);
    const next = properties.find(([name, schema]) => {
      const field = squash(name);
      return (
        field !== cursor && field.startsWith('next') && field.endsWith(cursor) && isStringLike(model, schema)
      );
    });
    if (next) return { cursorParam: parameter.name, nextField: next[0], itemsField: itemsEntry[0] };
  }
  return undefined;
}

/** A string property of the 2xx JSON body that holds an access token (`accessToken`, `access_token`). */
export function accessTokenField(model: SpecModel, operation: OperationModel): string | undefined {
  const body = successJsonSchema(model, operation);
  return Object.entries(body?.properties ?? {}).find(
    ([name, schema]) => /^access_?token$/i.test(name) && isStringLike(model, schema),
  )?.[0];
}

/**
 * The operation that renews an access token: public (no security), POST,
 * named or routed as a refresh, answering with an access token, and callable
 * without arguments (its credential travels in a cookie).
 */
export function detectRefreshOperation(
  model: SpecModel,
  preferredId?: string,
): { operation: OperationModel; tokenField: string } | undefined {
  const candidates = preferredId
    ? model.operations.filter((operation) => operation.operationId === preferredId)
    : model.operations.filter(
        (operation) =>
          operation.method === 'post' &&
          operation.security.length === 0 &&
          /refresh/i.test(`${operation.operationId} ${operation.path}`),
      );
  for (const operation of candidates) {
    const needsArguments =
      operation.parameters.some(
        (parameter) => parameter.required && (parameter.in === 'path' || parameter.in === 'query'),
      ) || operation.requestBody?.required === true;
    const tokenField = accessTokenField(model, operation);
    if (tokenField && !needsArguments) return { operation, tokenField };
  }
  return undefined;
}
