import type { FieldError } from './app-error.js';

/*
 * Field errors for people. Each entry's `path` follows the spec's
 * ProblemFieldError: a JSON Pointer into the body (`/title`, `/labels/0`,
 * `''` for the whole body) or `location/name` for a parameter (`query/limit`,
 * `header/If-Match`); its `message` reads after the field's name
 * ("must be at most 200 characters"). The problem's `detail` repeats them as
 * one sentence, for clients that show only the detail.
 */

const PARAMETER = /^(path|query|header|cookie)\/(.+)$/;

/** The name a person knows a field by: `/title` -> `title`, `/labels/0` -> `labels.0`, `query/limit` -> `limit`. */
export function fieldLabel(path: string): string {
  const parameter = PARAMETER.exec(path);
  if (parameter) return parameter[2] ?? path;
  if (path === '' || path === '/') return 'request body';
  return path
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .join('.');
}

/** `title: must be at most 200 characters; priority: must be one of: low, medium, high.` */
export function describeFieldErrors(errors: readonly FieldError[]): string {
  const parts = errors.map((error) => `${fieldLabel(error.path)}: ${error.message}`);
  return `${parts.join('; ')}.`;
}

/** The `detail` of a validation problem: the failing fields, or a general sentence when there are none. */
export function validationDetail(errors: readonly FieldError[]): string {
  if (errors.length === 0) return 'The request is not valid.';
  // Field names keep their spelling (`title`, not `Title`): they are what the client sends.
  if (errors.length === 1) return describeFieldErrors(errors);
  return `${errors.length} fields are not valid: ${describeFieldErrors(errors)}`;
}
