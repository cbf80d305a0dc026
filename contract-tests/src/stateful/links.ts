import type { ObservedResponse } from '../types.js';

/** What a runtime expression can read: the request that was sent and the response it got. */
export interface ExpressionSource {
  requestBody?: unknown;
  requestPath: Record<string, unknown>;
  requestQuery: Record<string, unknown>;
  response: ObservedResponse;
  url: string;
}

/**
 * Evaluates an OAS 3.x runtime expression (§4.8.20.4), e.g.
 * `$response.body#/id`, `$response.header.Location`, `$request.path.id`.
 * Non-expression values are returned as they are (constants). Unknown or
 * missing targets give `undefined`.
 */
export function evaluateExpression(expression: unknown, source: ExpressionSource): unknown {
  if (typeof expression !== 'string' || !expression.startsWith('$')) return expression;
  if (expression === '$url') return source.url;
  if (expression === '$statusCode') return source.response.status;
  const [head, pointer] = expression.split('#', 2) as [string, string | undefined];
  if (head === '$response.body') return pointerGet(source.response.json, pointer ?? '');
  if (head === '$request.body') return pointerGet(source.requestBody, pointer ?? '');
  const match = /^\$(request|response)\.(header|path|query)\.(.+)$/.exec(head);
  if (!match) return undefined;
  const [, side, where, name = ''] = match;
  if (side === 'response' && where === 'header') return source.response.headers[name.toLowerCase()];
  if (side === 'request' && where === 'path') return source.requestPath[name];
  if (side === 'request' && where === 'query') return source.requestQuery[name];
  return undefined;
}

function pointerGet(root: unknown, pointer: string): unknown {
  if (pointer === '' || pointer === '/') return pointer === '' ? root : undefined;
  let current = root;
  for (const raw of pointer.slice(1).split('/')) {
    const token = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[token];
  }
  return current;
}
