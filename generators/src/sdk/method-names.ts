/**
 * Facade method names: the operation name without the noun its tag and
 * path already say (`listTasks` under `tasks` -> `list`,
 * `listProjectMembers` on `/projects/{projectId}/members` -> `list`).
 */
import { isIdentifier } from '../model/naming.js';
import type { OperationModel } from '../model/types.js';

function splitWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter((word) => word.length > 0);
}

/** `tasks`, `task`, `activities`, `activity` all name the same noun. */
function singular(word: string): string {
  const lower = word.toLowerCase();
  if (lower.endsWith('ies')) return `${lower.slice(0, -3)}y`;
  if (lower.endsWith('ses') || lower.endsWith('xes')) return lower.slice(0, -2);
  if (lower.endsWith('s') && !lower.endsWith('ss')) return lower.slice(0, -1);
  return lower;
}

function sameNoun(a: string, b: string): boolean {
  return singular(a) === singular(b);
}

/** The name with the tag's words, and the path nouns right before them, removed; `undefined` when nothing is left. */
export function strippedName(operation: OperationModel, tag: string): string | undefined {
  const words = splitWords(operation.name);
  const tagWords = splitWords(tag);
  if (tagWords.length === 0) return undefined;
  const pathNouns = operation.path
    .split('/')
    .filter((segment) => segment !== '' && !segment.startsWith('{'))
    .flatMap(splitWords);
  for (let start = words.length - tagWords.length; start >= 0; start--) {
    const matches = tagWords.every((tagWord, offset) => sameNoun(words[start + offset] ?? '', tagWord));
    if (!matches) continue;
    // Qualifiers just before the tag noun that are parent resources in the path (`listProjectMembers`).
    let from = start;
    while (from > 1 && pathNouns.some((noun) => sameNoun(noun, words[from - 1] ?? ''))) from--;
    const rest = [...words.slice(0, from), ...words.slice(start + tagWords.length)];
    if (rest.length === 0) return undefined;
    // Reserved words are fine as property names (`api.tasks.delete`), so no escaping here.
    const name = rest
      .map((word, index) => (index === 0 ? word.toLowerCase() : word.charAt(0).toUpperCase() + word.slice(1)))
      .join('');
    return isIdentifier(name) && !/^\d/.test(name) ? name : undefined;
  }
  return undefined;
}

/**
 * Names for one tag's operations: stripped where that leaves a unique,
 * non-empty name, the full operation name otherwise.
 */
export function methodNames(operations: readonly OperationModel[], tag: string): Map<OperationModel, string> {
  const stripped = operations.map((operation) => strippedName(operation, tag));
  const counts = new Map<string, number>();
  for (const name of stripped) if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
  const fullNames = new Set(operations.map((operation) => operation.name));
  const names = new Map<OperationModel, string>();
  operations.forEach((operation, index) => {
    const candidate = stripped[index];
    // A stripped name may not collide with another stripped name nor with another operation's full name.
    const unique =
      candidate !== undefined &&
      counts.get(candidate) === 1 &&
      (!fullNames.has(candidate) || candidate === operation.name);
    names.set(operation, unique ? candidate : operation.name);
  });
  return names;
}
