/**
 * Validation failures as a person would write them. A zod issue becomes one
 * entry per failing field, located the way the problem format documents it
 * (a JSON Pointer into the body, `/title`; `location/name` for a parameter,
 * `query/limit`), with a message that reads after the field's name
 * ("must be at most 200 characters") and a stable machine code.
 */
import type { ValidationIssue } from './runtime.js';

/** Where a value came from. */
export type IssueLocation = 'body' | 'path' | 'query' | 'header' | 'cookie';

/** The members of a zod (v4) issue this reads; everything but `code` and `path` is optional. */
export interface SchemaIssue {
  code: string;
  path: readonly PropertyKey[];
  message: string;
  expected?: string;
  origin?: string;
  minimum?: number | bigint | string;
  maximum?: number | bigint | string;
  inclusive?: boolean;
  format?: string;
  pattern?: string;
  prefix?: string;
  suffix?: string;
  includes?: string;
  values?: readonly unknown[];
  keys?: readonly string[];
  divisor?: number | bigint;
  errors?: readonly (readonly SchemaIssue[])[];
}

/** RFC 6901 escaping of one pointer segment. */
function escapeSegment(segment: PropertyKey): string {
  return String(segment).replace(/~/g, '~0').replace(/\//g, '~1');
}

/**
 * The documented location of a failing value: `/title`, `/labels/0` (body; `''`
 * is the whole body) or `query/limit`, `header/If-Match` (parameters, by the
 * name `names` gives, e.g. a header's spelling in the spec).
 */
export function issuePath(
  location: IssueLocation,
  path: readonly PropertyKey[],
  names: (name: string) => string = (name) => name,
): string {
  if (location === 'body') return path.map((segment) => `/${escapeSegment(segment)}`).join('');
  const [name, ...rest] = path.map(String);
  if (name === undefined) return location;
  return `${location}/${[names(name), ...rest].join('.')}`;
}

const TYPE_NAMES: Readonly<Record<string, string>> = {
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  bigint: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  null: 'null',
  date: 'a date',
  file: 'a file',
  record: 'an object',
  map: 'an object',
  set: 'a list',
  tuple: 'a list',
};

const FORMAT_NAMES: Readonly<Record<string, string>> = {
  email: 'an email address',
  uuid: 'a UUID',
  guid: 'a UUID',
  url: 'a URL',
  uri: 'a URL',
  datetime: 'a date and time such as 2026-01-31T09:30:00Z',
  date: 'a date such as 2026-01-31',
  time: 'a time such as 09:30:00',
  duration: 'an ISO 8601 duration such as P3D',
  ipv4: 'an IPv4 address',
  ipv6: 'an IPv6 address',
  cidrv4: 'an IPv4 range',
  cidrv6: 'an IPv6 range',
  base64: 'base64 text',
  base64url: 'base64url text',
  e164: 'a phone number such as +14155550123',
  jwt: 'a JSON Web Token',
  emoji: 'an emoji',
  nanoid: 'a Nano ID',
  cuid: 'a CUID',
  cuid2: 'a CUID',
  ulid: 'a ULID',
  lowercase: 'lowercase',
  uppercase: 'uppercase',
};

function typeName(expected: string | undefined): string {
  return (expected && TYPE_NAMES[expected]) ?? (expected ? `of type ${expected}` : 'of another type');
}

function plural(count: number | bigint | string, unit: string): string {
  return `${count} ${unit}${Number(count) === 1 ? '' : 's'}`;
}

function listValues(values: readonly unknown[]): string {
  return values.map((value) => (typeof value === 'string' ? value : JSON.stringify(value))).join(', ');
}

function sizeMessage(issue: SchemaIssue, bound: 'min' | 'max'): string {
  const limit = (bound === 'max' ? issue.maximum : issue.minimum) ?? '?';
  const inclusive = issue.inclusive !== false;
  const most =
    bound === 'max' ? (inclusive ? 'at most' : 'fewer than') : inclusive ? 'at least' : 'more than';
  switch (issue.origin) {
    case 'string':
      if (bound === 'min' && inclusive && Number(limit) === 1) return 'must not be empty';
      return `must be ${most} ${plural(limit, 'character')}`;
    case 'array':
    case 'set':
      if (bound === 'min' && inclusive && Number(limit) === 1) return 'must have at least 1 item';
      return `must have ${most} ${plural(limit, 'item')}`;
    case 'file':
      return `must be ${most} ${plural(limit, 'byte')}`;
    case 'date':
      return `must be ${bound === 'max' ? 'on or before' : 'on or after'} ${String(limit)}`;
    case 'object':
    case 'record':
    case 'map':
      return `must have ${most} ${plural(limit, 'entry')}`.replace('entrys', 'entries');
    default: {
      const compare =
        bound === 'max' ? (inclusive ? 'at most' : 'less than') : inclusive ? 'at least' : 'greater than';
      return `must be ${compare} ${String(limit)}`;
    }
  }
}

function formatMessage(issue: SchemaIssue): string {
  switch (issue.format) {
    case 'regex':
      return `must match the pattern ${(issue.pattern ?? '').replace(/^\/(.*)\/[a-z]*$/, '$1')}`;
    case 'starts_with':
      return `must start with "${issue.prefix ?? ''}"`;
    case 'ends_with':
      return `must end with "${issue.suffix ?? ''}"`;
    case 'includes':
      return `must contain "${issue.includes ?? ''}"`;
    default: {
      const name = issue.format ? FORMAT_NAMES[issue.format] : undefined;
      return name ? `must be ${name}` : `must be a valid ${issue.format ?? 'value'}`;
    }
  }
}

/** "must be a string or a number" when every alternative failed on its type; else a general sentence. */
function unionMessage(issue: SchemaIssue): string {
  const expected = (issue.errors ?? []).map((branch) =>
    branch.length === 1 && branch[0]?.code === 'invalid_type' && branch[0].path.length === 0
      ? branch[0].expected
      : undefined,
  );
  if (expected.length > 0 && expected.every((name) => name !== undefined)) {
    return `must be ${[...new Set(expected.map(typeName))].join(' or ')}`;
  }
  return 'does not match any of the allowed forms';
}

/** Whether `path` names a member that is absent from `input` (a missing required field). */
function isMissing(input: unknown, path: readonly PropertyKey[]): boolean {
  let current: unknown = input;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return current === undefined;
    current = (current as Record<PropertyKey, unknown>)[segment as string];
  }
  return current === undefined;
}

/** The message and code of one issue, reading after the field name. */
export function describeIssue(issue: SchemaIssue, input: unknown): { message: string; code: string } {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.path.length > 0 && isMissing(input, issue.path))
        return { message: 'is required', code: 'required' };
      return { message: `must be ${typeName(issue.expected)}`, code: issue.code };
    case 'too_big':
      return { message: sizeMessage(issue, 'max'), code: issue.code };
    case 'too_small':
      return { message: sizeMessage(issue, 'min'), code: issue.code };
    case 'invalid_format':
      return { message: formatMessage(issue), code: issue.code };
    case 'invalid_value': {
      const values = issue.values ?? [];
      const message =
        values.length === 1 ? `must be ${listValues(values)}` : `must be one of: ${listValues(values)}`;
      return { message, code: issue.code };
    }
    case 'not_multiple_of':
      return { message: `must be a multiple of ${String(issue.divisor ?? '?')}`, code: issue.code };
    case 'invalid_union':
      return { message: unionMessage(issue), code: issue.code };
    case 'invalid_key':
      return { message: 'has a key that is not allowed', code: issue.code };
    case 'invalid_element':
      return { message: 'has an entry that is not valid', code: issue.code };
    case 'unrecognized_keys':
      return { message: 'is not a known field', code: issue.code };
    default:
      // A custom refinement's own message was written by a person; zod's generic default was not.
      return {
        message: issue.message && issue.message !== 'Invalid input' ? issue.message : 'is not valid',
        code: issue.code,
      };
  }
}

/**
 * The field errors of a failed parse: one per issue, and one per unknown
 * member for `unrecognized_keys` (so each extra field is named where it is).
 */
export function toValidationIssues(
  issues: readonly SchemaIssue[],
  input: unknown,
  location: IssueLocation,
  names?: (name: string) => string,
): ValidationIssue[] {
  return issues.flatMap((issue) => {
    const { message, code } = describeIssue(issue, input);
    if (issue.code === 'unrecognized_keys' && issue.keys && issue.keys.length > 0) {
      return issue.keys.map((key) => ({
        path: issuePath(location, [...issue.path, key], names),
        message,
        code,
      }));
    }
    return [{ path: issuePath(location, issue.path, names), message, code }];
  });
}
