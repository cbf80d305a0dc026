/**
 * Field errors of a validation problem, keyed so a form can show each message
 * beside its input. A problem's `errors[].path` is a JSON Pointer into the body
 * (`/title`, `/labels/0`) or `location/name` for a parameter (`query/limit`,
 * `header/If-Match`); servers that prefix body pointers with `/body` are read
 * too. Keys use the dotted form form libraries take (`title`, `labels.0`,
 * `address.city`); a parameter's key is its name.
 */
import { ProblemError, type ProblemFieldError } from './problem.js';

const PARAMETER_LOCATION = /^(query|path|header|cookie)\/(.+)$/;

/** RFC 6901 §4: `~1` is `/`, `~0` is `~`. */
function unescapePointerSegment(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

/**
 * The form-field key of an error path: `/title` -> `title`, `/labels/0` ->
 * `labels.0`, `query/limit` -> `limit`, `items[0].name` -> `items.0.name`;
 * `''` for an error about the request as a whole (`/`, `''`, `/body`).
 */
export function fieldName(path: string | undefined): string {
  if (path === undefined) return '';
  let rest = path.trim().replace(/^#/, '');
  const parameter = PARAMETER_LOCATION.exec(rest);
  if (parameter) return parameter[2] ?? '';
  if (rest === '/body' || rest.startsWith('/body/')) rest = rest.slice('/body'.length);
  if (rest.startsWith('/')) {
    return rest
      .slice(1)
      .split('/')
      .filter((segment) => segment !== '')
      .map(unescapePointerSegment)
      .join('.');
  }
  return rest.replace(/\[(\d+)\]/g, '.$1').replace(/^\./, '');
}

function errorsOf(error: unknown): readonly ProblemFieldError[] {
  return error instanceof ProblemError ? error.errors : [];
}

/**
 * The messages of a validation problem by field, for showing beside each input:
 * `{ title: 'must be at most 200 characters', priority: 'must be one of: low, medium, high' }`.
 * The first message per field wins; errors about the request as a whole are under `''`.
 * Empty for anything that is not a problem with field errors.
 */
export function getFieldErrors(error: unknown): Record<string, string> {
  const byField: Record<string, string> = {};
  for (const entry of errorsOf(error)) {
    const name = fieldName(entry.path);
    byField[name] ??= entry.message ?? 'is not valid';
  }
  return byField;
}

/** One line per field error, `title: must be at most 200 characters`, for a summary. */
export function describeFieldErrors(error: unknown): string[] {
  return errorsOf(error).map((entry) => {
    const name = fieldName(entry.path);
    const message = entry.message ?? 'is not valid';
    return name === '' ? message : `${name}: ${message}`;
  });
}
