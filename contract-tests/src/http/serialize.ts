import type { MediaTypeModel, OperationModel, ParameterModel } from '../specloom.js';
import type { MultipartPart, PreparedRequest, RequestBody } from '../types.js';

/** Parameter and body values for one request, before serialization. */
export interface RequestValues {
  path: Record<string, unknown>;
  query: Record<string, unknown>;
  header: Record<string, unknown>;
  cookie: Record<string, unknown>;
  body?: BodyValue;
}

export interface BodyValue {
  mediaType: string;
  value: unknown;
  /** Send these bytes verbatim instead of encoding `value` (e.g. malformed JSON). */
  raw?: string;
  /** Send this Content-Type instead of `mediaType` (wrong Content-Type cases). */
  contentType?: string;
  /** The media type's multipart encoding object, for per-part content types. */
  encoding?: Record<string, unknown>;
}

export function emptyValues(): RequestValues {
  return { path: {}, query: {}, header: {}, cookie: {} };
}

/**
 * Turns values into an HTTP request following the parameter serialization
 * rules of OAS 3.x §4.8.12.4 (defaults: path `simple`, query `form` exploded,
 * header `simple`, cookie `form`).
 */
export function buildRequest(
  baseUrl: string,
  operation: OperationModel,
  values: RequestValues,
  headers: Record<string, string>,
): PreparedRequest {
  const byName = new Map(
    operation.parameters.map((parameter) => [`${parameter.in}:${parameter.name}`, parameter]),
  );
  const path = operation.path.replace(/\{([^}]+)\}/g, (_match, name: string) =>
    pathSegment(name, values.path[name], byName.get(`path:${name}`)),
  );
  const url = new URL(joinUrl(baseUrl, path));
  for (const [name, value] of Object.entries(values.query)) {
    if (value === undefined) continue;
    appendQuery(url.searchParams, name, value, byName.get(`query:${name}`));
  }
  const requestHeaders: Record<string, string> = { ...headers };
  for (const [name, value] of Object.entries(values.header)) {
    if (value !== undefined)
      requestHeaders[name] = simple(value, byName.get(`header:${name}`)?.explode === true);
  }
  const cookies = Object.entries(values.cookie)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => `${name}=${encodeURIComponent(simple(value))}`);
  if (cookies.length > 0)
    requestHeaders.cookie = [requestHeaders.cookie, ...cookies].filter(Boolean).join('; ');
  const prepared: PreparedRequest = {
    method: operation.method.toUpperCase(),
    url: url.toString(),
    headers: requestHeaders,
  };
  if (values.body) {
    const { body, contentType } = encodeBody(values.body);
    prepared.body = body;
    if (contentType !== undefined) prepared.headers['content-type'] = contentType;
  }
  return prepared;
}

/** Base URL and path joined without doubling or dropping the slash; the base URL may carry a path prefix. */
export function joinUrl(baseUrl: string, path: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

/** OAS 3.x §4.8.12.4 `simple`: `a,b` for arrays, `k,v` (or exploded `k=v`) for objects. */
function simple(value: unknown, explode = false, encode: (text: string) => string = String): string {
  if (Array.isArray(value)) return value.map((item) => encode(scalar(item))).join(',');
  if (value !== null && typeof value === 'object') {
    return Object.entries(value)
      .map(([key, item]) =>
        explode ? `${encode(key)}=${encode(scalar(item))}` : `${encode(key)},${encode(scalar(item))}`,
      )
      .join(',');
  }
  return encode(scalar(value));
}

function scalar(value: unknown): string {
  return value !== null && typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/**
 * A path parameter in its style (OAS 3.x §4.8.12.4, RFC 6570 §3.2): `simple`
 * (`a,b`), `label` (`.a,b` / `.a.b`) or `matrix` (`;id=a,b` / `;id=a;id=b`).
 * Values are percent-encoded; the style's delimiters are not.
 */
function pathSegment(name: string, value: unknown, parameter: ParameterModel | undefined): string {
  if (value === undefined) return '';
  const style = parameter?.style ?? 'simple';
  const explode = parameter?.explode ?? false;
  const encode = encodeURIComponent;
  if (style === 'label') {
    if (explode && Array.isArray(value)) return value.map((item) => `.${encode(scalar(item))}`).join('');
    if (explode && value !== null && typeof value === 'object')
      return Object.entries(value)
        .map(([key, item]) => `.${encode(key)}=${encode(scalar(item))}`)
        .join('');
    return `.${simple(value, false, encode)}`;
  }
  if (style === 'matrix') {
    if (explode && Array.isArray(value))
      return value.map((item) => `;${encode(name)}=${encode(scalar(item))}`).join('');
    if (explode && value !== null && typeof value === 'object')
      return Object.entries(value)
        .map(([key, item]) => `;${encode(key)}=${encode(scalar(item))}`)
        .join('');
    return `;${encode(name)}=${simple(value, false, encode)}`;
  }
  return simple(value, explode, encode);
}

function appendQuery(
  params: URLSearchParams,
  name: string,
  value: unknown,
  parameter: ParameterModel | undefined,
): void {
  const style = parameter?.style ?? 'form';
  const explode = parameter?.explode ?? style === 'form';
  if (Array.isArray(value)) {
    if (explode) for (const item of value) params.append(name, scalar(item));
    else
      params.append(
        name,
        value.map(scalar).join(style === 'pipeDelimited' ? '|' : style === 'spaceDelimited' ? ' ' : ','),
      );
    return;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    if (style === 'deepObject')
      for (const [key, item] of entries) params.append(`${name}[${key}]`, scalar(item));
    else if (explode) for (const [key, item] of entries) params.append(key, scalar(item));
    else params.append(name, simple(value));
    return;
  }
  params.append(name, String(value));
}

function encodeBody(body: BodyValue): { body: RequestBody; contentType?: string } {
  const mediaType = body.mediaType.toLowerCase();
  const contentType = body.contentType ?? body.mediaType;
  if (body.raw !== undefined) return { body: { kind: 'text', text: body.raw }, contentType };
  if (mediaType === 'application/x-www-form-urlencoded') {
    return { body: { kind: 'form', fields: formFields(body.value) }, contentType };
  }
  if (mediaType.startsWith('multipart/')) {
    // The boundary is chosen by the HTTP client, so the Content-Type is left to it unless overridden.
    return {
      body: { kind: 'multipart', parts: multipartParts(body.value, body.encoding) },
      ...(body.contentType ? { contentType } : {}),
    };
  }
  if (isJsonMediaType(mediaType) || mediaType === '*/*')
    return { body: { kind: 'text', text: JSON.stringify(body.value) }, contentType };
  return {
    body: { kind: 'text', text: typeof body.value === 'string' ? body.value : JSON.stringify(body.value) },
    contentType,
  };
}

function formFields(value: unknown): [string, string][] {
  if (value === null || typeof value !== 'object') return [];
  const fields: [string, string][] = [];
  for (const [key, item] of Object.entries(value)) {
    if (item === undefined) continue;
    if (Array.isArray(item)) for (const element of item) fields.push([key, scalarOrJson(element)]);
    else fields.push([key, scalarOrJson(item)]);
  }
  return fields;
}

/** OAS 3.x §4.8.15: in multipart, `format: binary` properties are files; objects default to application/json parts. */
function multipartParts(value: unknown, encoding: Record<string, unknown> | undefined): MultipartPart[] {
  if (value === null || typeof value !== 'object') return [];
  const parts: MultipartPart[] = [];
  for (const [name, item] of Object.entries(value as Record<string, unknown>)) {
    if (item === undefined) continue;
    const declared = (encoding?.[name] as { contentType?: string } | undefined)?.contentType
      ?.split(',')[0]
      ?.trim();
    if (item instanceof FilePart) {
      parts.push({
        name,
        value: item.content,
        filename: item.filename,
        contentType: declared ?? item.contentType,
      });
    } else if (item !== null && typeof item === 'object') {
      parts.push({ name, value: JSON.stringify(item), contentType: declared ?? 'application/json' });
    } else {
      parts.push({ name, value: String(item), ...(declared ? { contentType: declared } : {}) });
    }
  }
  return parts;
}

/** A file value inside a multipart or binary body. */
export class FilePart {
  constructor(
    readonly content: string,
    readonly filename: string,
    readonly contentType: string,
  ) {}
}

function scalarOrJson(value: unknown): string {
  return value !== null && typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** `application/json`, `application/problem+json`, `application/vnd.x+json`, with or without parameters. */
export function isJsonMediaType(mediaType: string): boolean {
  const base = mediaType.split(';')[0]?.trim().toLowerCase() ?? '';
  return base === 'application/json' || base.endsWith('+json') || base === 'text/json';
}

/** The media type a case sends: JSON first, then form, then multipart, else the first documented. */
export function preferredMediaType(content: MediaTypeModel[]): MediaTypeModel | undefined {
  return (
    content.find((media) => isJsonMediaType(media.mediaType)) ??
    content.find((media) => media.mediaType === 'application/x-www-form-urlencoded') ??
    content.find((media) => media.mediaType.startsWith('multipart/')) ??
    content[0]
  );
}
