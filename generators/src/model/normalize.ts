import { documentHash } from './hash.js';
import { childPointer, resolvePointer } from './json-pointer.js';
import { camelCase, deriveOperationId, pascalCase, uniqueNames } from './naming.js';
import { normalizeSchema } from './normalize-schema.js';
import {
  type ExampleModel,
  type HeaderModel,
  HTTP_METHODS,
  type HttpMethod,
  type JsonSchema,
  type LinkModel,
  type MediaTypeModel,
  type NamedSchema,
  type OperationModel,
  type ParameterLocation,
  type ParameterModel,
  type RequestBodyModel,
  type ResponseModel,
  type SecurityRequirement,
  type SecuritySchemeModel,
  type SpecModel,
} from './types.js';

type Obj = Record<string, unknown>;

export interface NormalizeOptions {
  /** The version the author wrote; `2.0` when the document was converted from Swagger. Defaults to `document.openapi`. */
  sourceVersion?: string;
}

/**
 * Builds the normalized model from a bundled OpenAPI 3.0/3.1 document (all
 * `$ref`s internal). Pure and deterministic.
 */
export function normalize(document: Obj, options: NormalizeOptions = {}): SpecModel {
  const openapi = typeof document.openapi === 'string' ? document.openapi : '3.1.0';
  const context: Context = { document, fromOas30: openapi.startsWith('3.0'), schemas: new WeakMap() };
  const info = asObj(document.info);
  const components = asObj(document.components);

  const schemaEntries = Object.entries(asObj(components.schemas)).sort(([a], [b]) => compare(a, b));
  const schemaIdentifiers = uniqueNames(schemaEntries.map(([name]) => pascalCase(name)));
  const schemas: NamedSchema[] = schemaEntries.map(([name, schema], index) => ({
    name,
    identifier: schemaIdentifiers[index] ?? pascalCase(name),
    schema: normalizeSchema(schema, context),
    pointer: childPointer('#/components/schemas', name),
  }));

  const operations = collectOperations(context);

  const model: Omit<SpecModel, 'hash'> = {
    document,
    sourceVersion: options.sourceVersion ?? openapi,
    title: typeof info.title === 'string' ? info.title : 'API',
    version: typeof info.version === 'string' ? info.version : '0.0.0',
    servers: asArray(document.servers)
      .map(asObj)
      .filter((server) => typeof server.url === 'string')
      .map((server) => ({
        url: server.url as string,
        ...(typeof server.description === 'string' ? { description: server.description } : {}),
      })),
    schemas,
    operations,
    securitySchemes: Object.entries(asObj(components.securitySchemes))
      .sort(([a], [b]) => compare(a, b))
      .map(([name, raw]) => securityScheme(context, name, raw)),
    tags: asArray(document.tags)
      .map(asObj)
      .filter((tag) => typeof tag.name === 'string')
      .map((tag) => ({
        name: tag.name as string,
        ...(typeof tag.description === 'string' ? { description: tag.description } : {}),
      })),
  };
  return withLazyHash(model);
}

/**
 * Adds `hash`, computed on first read: hashing the canonical JSON of a 13 MB document costs
 * more than building the rest of the model, and only generated-file headers need it.
 */
function withLazyHash(model: Omit<SpecModel, 'hash'>): SpecModel {
  let hash: string | undefined;
  return Object.defineProperty(model, 'hash', {
    enumerable: true,
    get: () => {
      hash ??= documentHash(model.document);
      return hash;
    },
  }) as SpecModel;
}

interface Context {
  document: Obj;
  fromOas30: boolean;
  /** Normalized schema per written schema object: shared parameters and responses are normalized once. */
  schemas: WeakMap<object, JsonSchema>;
}

function collectOperations(context: Context): OperationModel[] {
  const paths = asObj(context.document.paths);
  const found: Omit<OperationModel, 'name'>[] = [];
  for (const path of Object.keys(paths).sort(compare)) {
    const itemPointer = childPointer('#/paths', path);
    const { value: item } = deref(context, paths[path], itemPointer);
    const pathParameters = asArray(item.parameters);
    for (const method of HTTP_METHODS) {
      if (item[method] === undefined) continue;
      found.push(
        operation(
          context,
          path,
          method,
          asObj(item[method]),
          pathParameters,
          childPointer(itemPointer, method),
        ),
      );
    }
  }
  const names = uniqueNames(found.map((op) => camelCase(op.operationId)));
  return found.map((op, index) => ({ ...op, name: names[index] ?? camelCase(op.operationId) }));
}

function operation(
  context: Context,
  path: string,
  method: HttpMethod,
  raw: Obj,
  pathParameters: unknown[],
  pointer: string,
): Omit<OperationModel, 'name'> {
  const written =
    typeof raw.operationId === 'string' && raw.operationId.trim() !== '' ? raw.operationId : undefined;
  const extensions = Object.fromEntries(Object.entries(raw).filter(([key]) => key.startsWith('x-')));
  const requestBody =
    raw.requestBody === undefined
      ? undefined
      : requestBodyModel(context, raw.requestBody, childPointer(pointer, 'requestBody'));
  const security = (
    Array.isArray(raw.security) ? raw.security : asArray(context.document.security)
  ) as SecurityRequirement[];
  return {
    operationId: written ?? deriveOperationId(method, path),
    operationIdDerived: written === undefined,
    method,
    path,
    tags: asArray(raw.tags).filter((tag): tag is string => typeof tag === 'string'),
    ...optionalString('summary', raw.summary),
    ...optionalString('description', raw.description),
    deprecated: raw.deprecated === true,
    parameters: mergeParameters(context, pathParameters, asArray(raw.parameters), pointer),
    ...(requestBody ? { requestBody } : {}),
    responses: Object.entries(asObj(raw.responses)).map(([status, response]) =>
      responseModel(context, status, response, childPointer(pointer, 'responses', status)),
    ),
    security,
    extensions,
    pointer,
  };
}

/** OAS 3.x §4.8.10: operation-level parameters override path-level ones with the same name and location. */
function mergeParameters(
  context: Context,
  pathLevel: unknown[],
  operationLevel: unknown[],
  operationPointer: string,
): ParameterModel[] {
  const itemPointer = operationPointer.slice(0, operationPointer.lastIndexOf('/'));
  const merged = new Map<string, ParameterModel>();
  pathLevel.forEach((raw, index) => {
    const parameter = parameterModel(context, raw, childPointer(itemPointer, 'parameters', index));
    if (parameter) merged.set(`${parameter.in}:${parameter.name}`, parameter);
  });
  operationLevel.forEach((raw, index) => {
    const parameter = parameterModel(context, raw, childPointer(operationPointer, 'parameters', index));
    if (parameter) merged.set(`${parameter.in}:${parameter.name}`, parameter);
  });
  return [...merged.values()];
}

function parameterModel(context: Context, raw: unknown, pointer: string): ParameterModel | undefined {
  const { value, ref, at } = deref(context, raw, pointer);
  if (typeof value.name !== 'string' || !isLocation(value.in)) return undefined;
  // A parameter is described either by `schema` or by `content` with a single media type (OAS 3.x §4.8.12).
  const contentSchema = Object.values(asObj(value.content)).map(asObj)[0]?.schema;
  const schema = value.schema ?? contentSchema ?? {};
  return {
    name: value.name,
    in: value.in,
    // OAS 3.x: path parameters are always required.
    required: value.in === 'path' ? true : value.required === true,
    schema: schemaOf(context, schema),
    ...optionalString('description', value.description),
    deprecated: value.deprecated === true,
    ...optionalString('style', value.style),
    ...(typeof value.explode === 'boolean' ? { explode: value.explode } : {}),
    examples: examplesOf(context, value, at),
    ...(ref ? { ref } : {}),
    pointer: at,
  };
}

function requestBodyModel(context: Context, raw: unknown, pointer: string): RequestBodyModel {
  const { value, ref, at } = deref(context, raw, pointer);
  return {
    required: value.required === true,
    ...optionalString('description', value.description),
    content: contentModels(context, value.content, childPointer(at, 'content')),
    ...extensionsOf(value),
    ...(ref ? { ref } : {}),
    pointer: at,
  };
}

function responseModel(context: Context, status: string, raw: unknown, pointer: string): ResponseModel {
  const { value, ref, at } = deref(context, raw, pointer);
  const headers: HeaderModel[] = [];
  for (const [name, rawHeader] of Object.entries(asObj(value.headers))) {
    // OAS 3.x §4.8.17: a `Content-Type` header definition is ignored.
    if (name.toLowerCase() === 'content-type') continue;
    const header = deref(context, rawHeader, childPointer(at, 'headers', name));
    const contentSchema = Object.values(asObj(header.value.content)).map(asObj)[0]?.schema;
    headers.push({
      name,
      required: header.value.required === true,
      schema: schemaOf(context, header.value.schema ?? contentSchema ?? {}),
      ...optionalString('description', header.value.description),
      pointer: header.at,
    });
  }
  const links: Record<string, LinkModel> = {};
  for (const [name, rawLink] of Object.entries(asObj(value.links))) {
    const link = deref(context, rawLink, childPointer(at, 'links', name)).value;
    links[name] = {
      ...optionalString('operationId', link.operationId),
      ...optionalString('operationRef', link.operationRef),
      ...(link.parameters !== undefined ? { parameters: asObj(link.parameters) } : {}),
      ...(link.requestBody !== undefined ? { requestBody: link.requestBody } : {}),
      ...optionalString('description', link.description),
    };
  }
  return {
    status,
    description: typeof value.description === 'string' ? value.description : '',
    headers,
    content: contentModels(context, value.content, childPointer(at, 'content')),
    links,
    ...(ref ? { ref } : {}),
    pointer: at,
  };
}

function contentModels(context: Context, raw: unknown, pointer: string): MediaTypeModel[] {
  return Object.entries(asObj(raw)).map(([mediaType, rawMedia]) => {
    const at = childPointer(pointer, mediaType);
    const media = asObj(rawMedia);
    return {
      mediaType,
      ...(media.schema !== undefined ? { schema: schemaOf(context, media.schema) } : {}),
      examples: examplesOf(context, media, at),
      ...(media.encoding !== undefined ? { encoding: asObj(media.encoding) } : {}),
      ...extensionsOf(media),
      pointer: at,
    };
  });
}

/** `example` (single) and `examples` (map of Example Objects, possibly `$ref`s) on a media type or parameter. */
function examplesOf(context: Context, holder: Obj, pointer: string): ExampleModel[] {
  const result: ExampleModel[] = [];
  if (holder.example !== undefined)
    result.push({ name: 'default', value: holder.example, pointer: childPointer(pointer, 'example') });
  for (const [name, raw] of Object.entries(asObj(holder.examples))) {
    const { value, at } = deref(context, raw, childPointer(pointer, 'examples', name));
    // `externalValue` examples are not fetched: only inline values are usable offline.
    if (!('value' in value)) continue;
    result.push({ name, ...optionalString('summary', value.summary), value: value.value, pointer: at });
  }
  return result;
}

function securityScheme(context: Context, name: string, raw: unknown): SecuritySchemeModel {
  const { value, at } = deref(context, raw, childPointer('#/components/securitySchemes', name));
  const type =
    (['apiKey', 'http', 'oauth2', 'openIdConnect', 'mutualTLS'] as const).find(
      (kind) => kind === value.type,
    ) ?? 'http';
  return {
    name,
    type,
    ...optionalString('scheme', typeof value.scheme === 'string' ? value.scheme.toLowerCase() : undefined),
    ...optionalString('bearerFormat', value.bearerFormat),
    ...(value.in === 'query' || value.in === 'header' || value.in === 'cookie' ? { in: value.in } : {}),
    ...optionalString('paramName', value.name),
    pointer: at,
  };
}

/**
 * Normalizes a schema. References to `#/components/schemas/*` stay references;
 * a `$ref` anywhere else (e.g. into `#/paths/...` after bundling) is inlined.
 */
function schemaOf(context: Context, raw: unknown): JsonSchema {
  if (raw === null || typeof raw !== 'object') return normalizeSchema(raw, context);
  let normalized = context.schemas.get(raw);
  if (normalized === undefined) {
    normalized = normalizeSchema(inlineForeignRefs(context, raw, new Set()), context);
    context.schemas.set(raw, normalized);
  }
  return normalized;
}

/** Returns `raw` itself when it holds no foreign reference (the usual case), else a copy with them inlined. */
function inlineForeignRefs(context: Context, raw: unknown, seen: Set<string>): unknown {
  if (raw === null || typeof raw !== 'object') return raw;
  if (Array.isArray(raw)) {
    let copy: unknown[] | undefined;
    for (let index = 0; index < raw.length; index += 1) {
      const next = inlineForeignRefs(context, raw[index], seen);
      if (next !== raw[index]) {
        copy ??= raw.slice();
        copy[index] = next;
      }
    }
    return copy ?? raw;
  }
  const object = raw as Obj;
  if (typeof object.$ref === 'string' && !object.$ref.startsWith('#/components/schemas/')) {
    if (seen.has(object.$ref)) return {};
    const target = resolvePointer(context.document, object.$ref);
    if (target === undefined) return object;
    const { $ref: _ref, ...siblings } = object;
    const inlined = inlineForeignRefs(context, target, new Set([...seen, object.$ref])) as Obj;
    return { ...inlined, ...siblings };
  }
  let copy: Obj | undefined;
  for (const key in object) {
    const value = object[key];
    if (value === null || typeof value !== 'object') continue;
    const next = inlineForeignRefs(context, value, seen);
    if (next !== value) {
      copy ??= { ...object };
      copy[key] = next;
    }
  }
  return copy ?? object;
}

/** Follows a chain of `$ref`s to a non-reference object; returns the object, the first ref and where it lives. */
function deref(context: Context, raw: unknown, pointer: string): { value: Obj; ref?: string; at: string } {
  let value = raw;
  let at = pointer;
  let ref: string | undefined;
  const seen = new Set<string>();
  while (value !== null && typeof value === 'object' && typeof (value as Obj).$ref === 'string') {
    const target = (value as Obj).$ref as string;
    if (seen.has(target) || !target.startsWith('#')) break;
    seen.add(target);
    ref ??= target;
    at = target;
    value = resolvePointer(context.document, target);
  }
  return { value: asObj(value), ...(ref ? { ref } : {}), at };
}

/** `{ extensions }` holding the `x-*` keys of an object, or nothing when it has none. */
function extensionsOf(holder: Obj): { extensions?: Record<string, unknown> } {
  const entries = Object.entries(holder).filter(([key]) => key.startsWith('x-'));
  return entries.length > 0 ? { extensions: Object.fromEntries(entries) } : {};
}

function isLocation(value: unknown): value is ParameterLocation {
  return value === 'path' || value === 'query' || value === 'header' || value === 'cookie';
}

function asObj(value: unknown): Obj {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Obj) : {};
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function optionalString<K extends string>(key: K, value: unknown): { [P in K]?: string } {
  return (typeof value === 'string' ? { [key]: value } : {}) as { [P in K]?: string };
}

/** Locale-independent ordering so output is byte-identical on every machine. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
