import type { OperationError, OperationInfo } from './operation-types.js';
import { ProblemError } from './problem.js';

/**
 * Whether `error` is an error answer; given the method that threw it, the
 * error is typed by that operation's documented statuses, so checking
 * `status` narrows `body`:
 * `if (isProblemError(err, api.tasks.update) && err.status === 412) ...`
 */
export function isProblemError<Op = unknown>(
  error: unknown,
  _method?: { readonly operation: OperationInfo<Op> },
): error is unknown extends Op ? ProblemError : OperationError<Op> {
  return error instanceof ProblemError;
}
