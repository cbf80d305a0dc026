import type { OperationModel } from '../model/types.js';

/** An operation matched to a concrete request path, with its path parameters decoded. */
export interface RouteMatch {
  operation: OperationModel;
  params: Record<string, string>;
}

interface CompiledRoute {
  operation: OperationModel;
  pattern: RegExp;
  names: string[];
  /** Templates with more literal characters win (`/tasks/mine` over `/tasks/{id}`), as OAS 3.1 §4.8.8 requires. */
  literalLength: number;
  /** Header or query keys the path names after `#` or `?`; they tell apart operations sharing a path. */
  keys: PathKey[];
}

/**
 * `/#X-Amz-Target=Service.Op` (a header) or `/?Action=Op&Version=1` and `/{Bucket}?uploads` (query
 * keys): specs converted from RPC-style APIs put several operations on one path and name, after the
 * path, the header or query value that selects each. A key without a value only has to be present.
 */
interface PathKey {
  in: 'header' | 'query';
  name: string;
  value?: string;
}

/** The parts of a request that can select among operations sharing a path. */
export interface RouteRequest {
  headers?: Record<string, string>;
  query?: Record<string, string[]>;
}

/** Matches request paths against the spec's path templates. */
export class OperationRouter {
  private readonly routes: CompiledRoute[];

  constructor(operations: OperationModel[]) {
    this.routes = operations
      .map((operation) => compile(operation))
      .sort((left, right) => right.literalLength - left.literalLength);
  }

  /** Upper-case methods the spec documents for a concrete path, for the `Allow` header of a 405 (RFC 9110 §15.5.6). */
  allowedMethods(path: string): string[] {
    const methods = new Set<string>();
    for (const route of this.routes)
      if (route.pattern.test(path)) methods.add(route.operation.method.toUpperCase());
    return [...methods];
  }

  /** The operation for a method and path, or undefined when the spec has none. */
  match(method: string, path: string, request: RouteRequest = {}): RouteMatch | undefined {
    const lower = method.toLowerCase();
    // A request that names no operation's key still reaches the first operation of its path, whose
    // validation then says which header or query parameter is missing or wrong.
    let fallback: RouteMatch | undefined;
    for (const route of this.routes) {
      if (route.operation.method !== lower) continue;
      const found = route.pattern.exec(path);
      if (!found) continue;
      const params: Record<string, string> = {};
      route.names.forEach((name, index) => {
        params[name] = safeDecode(found[index + 1] ?? '');
      });
      const match = { operation: route.operation, params };
      if (route.keys.every((key) => keyMatches(key, request))) return match;
      fallback ??= match;
    }
    return fallback;
  }
}

function keyMatches(key: PathKey, request: RouteRequest): boolean {
  if (key.in === 'header') {
    const sent = request.headers?.[key.name.toLowerCase()];
    return sent !== undefined && (key.value === undefined || sent === key.value);
  }
  const sent = request.query?.[key.name];
  return sent !== undefined && (key.value === undefined || sent.includes(key.value));
}

/** Splits `/path#Header=value` or `/path?a=1&b` into the path template and the keys it names. */
function splitKeys(template: string): { path: string; keys: PathKey[] } {
  const at = template.search(/[#?]/);
  if (at < 0) return { path: template, keys: [] };
  const where = template[at] === '#' ? 'header' : 'query';
  const keys = template
    .slice(at + 1)
    .split('&')
    .filter((pair) => pair.length > 0)
    .map((pair): PathKey => {
      const equals = pair.indexOf('=');
      if (equals < 0) return { in: where, name: safeDecode(pair) };
      return {
        in: where,
        name: safeDecode(pair.slice(0, equals)),
        value: safeDecode(pair.slice(equals + 1)),
      };
    });
  return { path: template.slice(0, at), keys };
}

function compile(operation: OperationModel): CompiledRoute {
  const names: string[] = [];
  let literalLength = 0;
  const { path, keys } = splitKeys(operation.path);
  // Keyed templates are more specific than the bare path they share.
  literalLength += keys.length * 1000;
  const source = path
    .split(/(\{[^}]+\})/)
    .map((part) => {
      const name = /^\{([^}]+)\}$/.exec(part)?.[1];
      if (name !== undefined) {
        names.push(name);
        return '([^/]+)';
      }
      literalLength += part.length;
      return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('');
  return { operation, pattern: new RegExp(`^${source}/?$`), names, literalLength, keys };
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
