/**
 * OpenAPI path templates -> Express 5 (path-to-regexp 8) route paths, and the
 * order routes must be registered in.
 */

export interface ExpressRoute {
  /** e.g. `/users/:user_id/repos`. */
  expressPath: string;
  /** Express parameter name -> spec parameter name, for every template expression. */
  pathParams: Record<string, string>;
}

/** Characters path-to-regexp 8 gives a meaning to; literal text must escape them. */
const RESERVED = /[()[\]?+!{}*:\\]/g;
const IDENTIFIER_CHAR = /[A-Za-z0-9_$]/;

/**
 * Converts `/users/{user-id}/repos/{repo}` to `/users/:user_id/repos/:repo`.
 * Names that are not identifiers are mapped to unique identifier-ish names;
 * a parameter directly followed by an identifier character is quoted
 * (`/{a}b` -> `/:"a"b`) so Express does not read the suffix as part of the name.
 */
export function toExpressPath(template: string): ExpressRoute {
  const pathParams: Record<string, string> = {};
  const taken = new Set<string>();
  let expressPath = '';
  let index = 0;
  const expression = /\{([^{}]*)\}/g;
  for (let match = expression.exec(template); match !== null; match = expression.exec(template)) {
    expressPath += escapeLiteral(template.slice(index, match.index));
    const specName = match[1] ?? '';
    const expressName = uniqueName(sanitize(specName), taken);
    pathParams[expressName] = specName;
    const following = template.charAt(match.index + match[0].length);
    expressPath += IDENTIFIER_CHAR.test(following) ? `:"${expressName}"` : `:${expressName}`;
    index = match.index + match[0].length;
  }
  expressPath += escapeLiteral(template.slice(index));
  return { expressPath: expressPath === '' ? '/' : expressPath, pathParams };
}

function escapeLiteral(text: string): string {
  return text.replace(RESERVED, (char) => `\\${char}`);
}

function sanitize(name: string): string {
  const cleaned = name.replace(/[^A-Za-z0-9_$]/g, '_');
  return /^[A-Za-z_$]/.test(cleaned) ? cleaned : `_${cleaned}`;
}

function uniqueName(name: string, taken: Set<string>): string {
  let candidate = name;
  for (let suffix = 2; taken.has(candidate); suffix++) candidate = `${name}${suffix}`;
  taken.add(candidate);
  return candidate;
}

/** 0 = literal segment, 1 = literal mixed with parameters, 2 = a parameter alone. */
function segmentRank(segment: string): number {
  if (!segment.includes('{')) return 0;
  return /^\{[^{}]*\}$/.test(segment) ? 2 : 1;
}

/**
 * Orders path templates so concrete paths are registered before templated ones
 * that could match the same request (OAS 3.1 §4.8.8.2: `/tasks/search` wins over
 * `/tasks/{id}`): segment by segment, literals before mixed before parameters.
 */
export function compareRoutePaths(a: string, b: string): number {
  const left = a.split('/');
  const right = b.split('/');
  for (let index = 0; index < Math.min(left.length, right.length); index++) {
    const x = left[index] ?? '';
    const y = right[index] ?? '';
    const rank = segmentRank(x) - segmentRank(y);
    if (rank !== 0) return rank;
    // Two bare parameters match the same requests whatever their names: keep comparing.
    if (x !== y && segmentRank(x) !== 2) return x < y ? -1 : 1;
  }
  return left.length - right.length;
}
