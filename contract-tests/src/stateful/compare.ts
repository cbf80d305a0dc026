import { identityKeys } from '../cases/values.js';
import type { Failure } from '../checks/finding.js';
import { flatten, type JsonSchema, type SpecModel } from '../specloom.js';

/**
 * After a successful update, a read must show what was written: every
 * top-level member sent that the read also returns must have the sent value
 * (strings compared trimmed and case-insensitively, numbers to 1e-9, since
 * servers normalise). Members the read does not return are not judged, nor
 * members the read returns as another kind of value: a request that names a
 * related thing (`machine: "large"`) and a read that embeds it (`machine: {…}`)
 * are two representations, not a stale one; so are a list of logins sent
 * (`managers: ["octocat"]`) and a list of user objects read. Nor is a value
 * the read's own schema cannot hold (`readable` says no): a request enum
 * wider than the response's leaves the read no way to show it.
 */
export function updateNotVisible(
  sent: unknown,
  read: unknown,
  readable: (name: string, value: unknown) => boolean = () => true,
): Failure[] {
  if (!isRecord(sent) || !isRecord(read)) return [];
  const stale = Object.entries(sent).filter(
    ([name, value]) =>
      name in read &&
      sameKind(value, read[name]) &&
      readable(name, value) &&
      !looselyEqual(value, read[name]),
  );
  if (stale.length === 0) return [];
  const [name, value] = stale[0] as [string, unknown];
  return [
    {
      check: 'ensure_update_applied',
      message: `read after a successful update still shows the old ${stale.map(([key]) => key).join(', ')}`,
      expected: `${name}: ${JSON.stringify(value)} (as sent in the update)`,
      actual: `${name}: ${JSON.stringify(read[name])}`,
      jsonPath: `$.${name}`,
    },
  ];
}

/** The members naming the resource itself (`id`, `{taskId}`) are its identity, never updated state. */
export function withoutIdentity(sent: unknown, idParameter: string): unknown {
  if (!isRecord(sent)) return sent;
  const rest = { ...sent };
  for (const key of identityKeys(idParameter)) delete rest[key];
  return rest;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Both scalars, or both containers whose first items (for arrays) are alike in the same way. */
function sameKind(a: unknown, b: unknown): boolean {
  if (isContainer(a) !== isContainer(b)) return false;
  if (!Array.isArray(a) || !Array.isArray(b) || a.length === 0 || b.length === 0) return true;
  return isContainer(a[0]) === isContainer(b[0]);
}

function isContainer(value: unknown): boolean {
  return value !== null && typeof value === 'object';
}

function looselyEqual(a: unknown, b: unknown): boolean {
  if (typeof a === 'string' && typeof b === 'string')
    return a.trim().toLowerCase() === b.trim().toLowerCase();
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) < 1e-9;
  if (Array.isArray(a) && Array.isArray(b))
    // Order-insensitive: servers sort and deduplicate members they store as sets.
    return a.length === b.length && a.every((item) => b.some((other) => looselyEqual(item, other)));
  if (isRecord(a) && isRecord(b))
    return Object.entries(a).every(
      ([key, value]) => !(key in b) || !sameKind(value, b[key]) || looselyEqual(value, b[key]),
    );
  return a === b;
}

/**
 * After a successful create, the read must show what the create sent: every
 * top-level member sent that the read returns, compared as updates are.
 * Server-set members are not judged: identity members, members the read's
 * schema marks `readOnly`, dates and times (servers clamp and normalise
 * them), and members the create's own answer already showed with a value of
 * the server's choosing (a geocoded position, a normalised name), and values
 * the read's schema cannot hold (a key ARN sent where the read's pattern
 * admits only key ids).
 */
export function createNotVisible(
  spec: SpecModel,
  sent: unknown,
  created: unknown,
  read: unknown,
  readSchema: JsonSchema | undefined,
  idParameter: string,
  readable: (name: string, value: unknown) => boolean = () => true,
): Failure[] {
  if (!isRecord(sent) || !isRecord(read)) return [];
  const properties =
    readSchema === undefined ? {} : (flatten(readSchema, { document: spec.document }).properties ?? {});
  const echoed = isRecord(created) ? created : {};
  const identity = new Set(identityKeys(idParameter));
  const stale = Object.entries(sent).filter(([name, value]) => {
    if (identity.has(name) || !(name in read) || !sameKind(value, read[name]) || !readable(name, value))
      return false;
    const property = properties[name];
    if (property !== undefined) {
      const flat = flatten(property, { document: spec.document });
      if (flat.readOnly === true || ['date', 'date-time', 'time'].includes(String(flat.format))) return false;
    }
    if (name in echoed && !looselyEqual(value, echoed[name])) return false;
    return !looselyEqual(value, read[name]);
  });
  if (stale.length === 0) return [];
  const [name, value] = stale[0] as [string, unknown];
  return [
    {
      check: 'ensure_create_applied',
      message: `read after a successful create shows other values for ${stale.map(([key]) => key).join(', ')} than the create sent`,
      expected: `${name}: ${JSON.stringify(value)} (as sent in the create)`,
      actual: `${name}: ${JSON.stringify(read[name])}`,
      jsonPath: `$.${name}`,
    },
  ];
}
