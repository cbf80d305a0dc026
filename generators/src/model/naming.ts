/**
 * Turning arbitrary OpenAPI names (`x-rate-limit`, `200`, `default`, `Ünïcode`,
 * `class`) into valid, stable TypeScript identifiers.
 */

const RESERVED = new Set([
  'break',
  'case',
  'catch',
  'class',
  'const',
  'continue',
  'debugger',
  'default',
  'delete',
  'do',
  'else',
  'enum',
  'export',
  'extends',
  'false',
  'finally',
  'for',
  'function',
  'if',
  'import',
  'in',
  'instanceof',
  'new',
  'null',
  'return',
  'super',
  'switch',
  'this',
  'throw',
  'true',
  'try',
  'typeof',
  'var',
  'void',
  'while',
  'with',
  'as',
  'implements',
  'interface',
  'let',
  'package',
  'private',
  'protected',
  'public',
  'static',
  'yield',
  'await',
  'any',
  'boolean',
  'number',
  'string',
  'symbol',
  'object',
  'undefined',
  'never',
  'unknown',
  'bigint',
  'type',
  'arguments',
  'eval',
  'constructor',
  'prototype',
]);

/** Splits a name into words on non-alphanumerics and lower-to-upper case changes. */
function words(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter((word) => word.length > 0);
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function finish(identifier: string, fallback: string): string {
  let result = identifier.length > 0 ? identifier : fallback;
  if (/^[0-9]/.test(result)) result = `_${result}`;
  if (RESERVED.has(result)) result = `${result}_`;
  return result;
}

/** `task-status` -> `TaskStatus`; `200` -> `_200`; `` -> `Unnamed`. */
export function pascalCase(name: string): string {
  return finish(words(name).map(capitalize).join(''), 'Unnamed');
}

/** `List tasks` -> `listTasks`; `get_/users/{id}` -> `getUsersId`; keeps existing camelCase intact. */
export function camelCase(name: string): string {
  const parts = words(name);
  const joined = parts
    .map((word, index) => (index === 0 ? word.charAt(0).toLowerCase() + word.slice(1) : capitalize(word)))
    .join('');
  return finish(joined, 'unnamed');
}

/** True when `name` can be written as a bare property name / identifier in TypeScript. */
export function isIdentifier(name: string): boolean {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name);
}

/**
 * Makes identifiers unique in order of appearance: the first keeps its name,
 * later clashes get `2`, `3`, ... appended. Stable as long as input order is.
 */
export function uniqueNames(names: readonly string[]): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    let candidate = name;
    for (let suffix = 2; taken.has(candidate); suffix++) candidate = `${name}${suffix}`;
    taken.add(candidate);
    return candidate;
  });
}

/** A stable operation name for operations without operationId: `GET /users/{id}/repos` -> `getUsersIdRepos`. */
export function deriveOperationId(method: string, path: string): string {
  const segments = path
    .split('/')
    .filter((segment) => segment.length > 0)
    .map((segment) => segment.replace(/[{}]/g, ''));
  return camelCase([method, ...segments].join(' '));
}
