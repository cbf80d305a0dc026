/**
 * Reads path, query, header and cookie parameters from the raw request and
 * splits them per their OpenAPI `style`/`explode` (OAS 3.1 §4.8.12.4), leaving
 * type coercion to the validators.
 */
import type { IncomingHttpHeaders } from 'node:http';
import type { ParameterDescriptor, ParameterLocation } from './descriptors.js';

export type RawParameters = Record<ParameterLocation, Record<string, unknown>>;

export interface RawRequest {
  /** The URL as received, with its query string. */
  url: string;
  headers: IncomingHttpHeaders;
  /** Express route parameters (already percent-decoded), keyed by Express name. */
  routeParams: Record<string, string | string[] | undefined>;
}

const DELIMITERS: Record<string, string> = {
  form: ',',
  simple: ',',
  spaceDelimited: ' ',
  pipeDelimited: '|',
};

/** Collects every documented parameter the request carries; absent ones are left out. */
export function readParameters(
  request: RawRequest,
  parameters: readonly ParameterDescriptor[],
  pathParams: Readonly<Record<string, string>>,
): RawParameters {
  const result: RawParameters = { path: {}, query: {}, header: {}, cookie: {} };
  const query = parseQuery(request.url);
  const cookies = parseCookies(request.headers.cookie);
  const specToExpress = new Map(Object.entries(pathParams).map(([express, spec]) => [spec, express]));
  const documentedQuery = new Set(parameters.filter((p) => p.in === 'query').map((p) => p.name));

  for (const parameter of parameters) {
    let value: unknown;
    switch (parameter.in) {
      case 'path': {
        const raw = request.routeParams[specToExpress.get(parameter.name) ?? parameter.name];
        value = raw === undefined ? undefined : fromPath(Array.isArray(raw) ? raw.join('/') : raw, parameter);
        break;
      }
      case 'query':
        value = fromQuery(query, parameter, documentedQuery);
        break;
      case 'header': {
        const raw = request.headers[parameter.name.toLowerCase()];
        value =
          raw === undefined ? undefined : fromSimple(Array.isArray(raw) ? raw.join(',') : raw, parameter);
        break;
      }
      case 'cookie': {
        const raw = cookies.get(parameter.name);
        value = raw === undefined ? undefined : fromSimple(raw, { ...parameter, style: 'form' });
        break;
      }
    }
    if (value === undefined) continue;
    // zod header schemas use lower-cased keys, as HTTP header names are case-insensitive (RFC 9110 §5.1).
    const key = parameter.in === 'header' ? parameter.name.toLowerCase() : parameter.name;
    result[parameter.in][key] = value;
  }
  return result;
}

/** Query pairs in order, decoded as `application/x-www-form-urlencoded`. */
export function parseQuery(url: string): [string, string][] {
  const index = url.indexOf('?');
  if (index < 0) return [];
  return [...new URLSearchParams(url.slice(index + 1))];
}

/** `a=1; b=two` -> Map; values are percent-decoded when valid. */
export function parseCookies(header: string | undefined): Map<string, string> {
  const cookies = new Map<string, string>();
  if (header === undefined) return cookies;
  for (const pair of header.split(';')) {
    const index = pair.indexOf('=');
    if (index < 0) continue;
    const name = pair.slice(0, index).trim();
    let value = pair.slice(index + 1).trim();
    if (value.startsWith('"') && value.endsWith('"') && value.length >= 2) value = value.slice(1, -1);
    if (name !== '' && !cookies.has(name)) cookies.set(name, safeDecode(value));
  }
  return cookies;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

function fromQuery(
  query: [string, string][],
  parameter: ParameterDescriptor,
  documented: ReadonlySet<string>,
): unknown {
  const style = parameter.style ?? 'form';
  const explode = parameter.explode ?? style === 'form';
  if (parameter.shape === 'object') {
    if (style === 'deepObject') {
      const prefix = `${parameter.name}[`;
      const entries = query
        .filter(([key]) => key.startsWith(prefix) && key.endsWith(']'))
        .map(([key, value]) => [key.slice(prefix.length, -1), value] as const);
      return entries.length === 0 ? undefined : Object.fromEntries(entries);
    }
    if (explode) {
      // form + explode spreads the object's properties as top-level pairs.
      const entries = query.filter(([key]) => !documented.has(key));
      return entries.length === 0 ? undefined : Object.fromEntries(entries);
    }
  }
  const values = query.filter(([key]) => key === parameter.name).map(([, value]) => value);
  if (values.length === 0) return undefined;
  if (parameter.shape === 'array' && explode) return values;
  return fromSimple(values[0] as string, { ...parameter, style });
}

function fromPath(raw: string, parameter: ParameterDescriptor): unknown {
  const style = parameter.style ?? 'simple';
  let text = raw;
  if (style === 'label' && text.startsWith('.')) {
    text = text.slice(1);
    if (parameter.explode === true) return split(text, '.', parameter);
  }
  if (style === 'matrix') {
    const prefix = `;${parameter.name}=`;
    if (parameter.explode === true && parameter.shape === 'array') {
      return text
        .split(';')
        .filter((part) => part.startsWith(`${parameter.name}=`))
        .map((part) => part.slice(parameter.name.length + 1));
    }
    if (text.startsWith(prefix)) text = text.slice(prefix.length);
  }
  return fromSimple(text, { ...parameter, style: 'simple' });
}

function fromSimple(raw: string, parameter: ParameterDescriptor): unknown {
  if (parameter.shape === 'scalar') return raw;
  const delimiter = DELIMITERS[parameter.style ?? 'simple'] ?? ',';
  return split(raw, delimiter, parameter);
}

function split(raw: string, delimiter: string, parameter: ParameterDescriptor): unknown {
  const parts = raw === '' ? [] : raw.split(delimiter);
  if (parameter.shape === 'array') return parts;
  // Objects: `k=v,k2=v2` when exploded, else `k,v,k2,v2` (OAS 3.1 §4.8.12.4.1 style examples).
  const entries: [string, string][] = [];
  if (parameter.explode === true && parameter.in !== 'query') {
    for (const part of parts) {
      const index = part.indexOf('=');
      if (index > 0) entries.push([part.slice(0, index), part.slice(index + 1)]);
    }
  } else {
    for (let index = 0; index + 1 < parts.length; index += 2)
      entries.push([parts[index] as string, parts[index + 1] as string]);
  }
  return Object.fromEntries(entries);
}
