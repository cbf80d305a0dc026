import { getErrorMessage, getFieldErrors, isProblemError } from '@specloom/taskboard-sdk';

/** Field messages of a validation problem, by field name (`title`, `email`), to show beside each input. */
export const fieldErrors = getFieldErrors;

/** The message to show above a form: the problem's own words when the fields do not already say it. */
export function formMessage(error: unknown): string | undefined {
  if (!error) return undefined;
  if (isProblemError(error) && error.errors.length > 0) return 'Please correct the fields marked below.';
  if (isProblemError(error) && error.status < 500 && error.detail) return error.detail;
  return getErrorMessage(error);
}
