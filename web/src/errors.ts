import { getErrorMessage, isProblemError } from '@specloom/taskboard-sdk';

/** Field messages of a validation problem, by field name (`/body/title` -> `title`). */
export function fieldErrors(error: unknown): Record<string, string> {
  if (!isProblemError(error)) return {};
  const fields: Record<string, string> = {};
  for (const entry of error.errors) {
    const name = entry.path?.split('/').filter(Boolean).at(-1);
    if (name && !fields[name]) fields[name] = entry.message ?? 'This value is not valid.';
  }
  return fields;
}

/** The message to show above a form: the problem's own words when the fields do not already say it. */
export function formMessage(error: unknown): string | undefined {
  if (!error) return undefined;
  if (isProblemError(error) && error.errors.length > 0) return 'Please correct the fields marked below.';
  if (isProblemError(error) && error.status < 500 && error.detail) return error.detail;
  return getErrorMessage(error);
}
