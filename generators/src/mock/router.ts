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
  match(method: string, path: string): RouteMatch | undefined {
    const lower = method.toLowerCase();
    for (const route of this.routes) {
      if (route.operation.method !== lower) continue;
      const found = route.pattern.exec(path);
      if (!found) continue;
      const params: Record<string, string> = {};
      route.names.forEach((name, index) => {
        params[name] = safeDecode(found[index + 1] ?? '');
      });
      return { operation: route.operation, params };
    }
    return undefined;
  }
}

function compile(operation: OperationModel): CompiledRoute {
  const names: string[] = [];
  let literalLength = 0;
  const source = operation.path
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
  return { operation, pattern: new RegExp(`^${source}/?$`), names, literalLength };
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
