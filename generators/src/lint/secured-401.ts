import { childPointer } from '../model/json-pointer.js';
import type { LintRule } from './types.js';

/** An operation that requires credentials documents the 401 it answers without them. */
export const securedOperationMissing401: LintRule = {
  codes: ['SECURED_OPERATION_MISSING_401'],
  category: 'style',
  why: 'An operation that requires credentials can always answer 401; documenting it lets clients and contract tests expect it.',
  check({ model }, _options, report) {
    for (const operation of model.operations) {
      // `[]` is public; an empty requirement `{}` among the alternatives makes authentication optional.
      const requiresAuth =
        operation.security.length > 0 &&
        operation.security.every((requirement) => Object.keys(requirement).length > 0);
      if (!requiresAuth) continue;
      if (
        operation.responses.some(
          (response) => response.status === '401' || response.status.toUpperCase() === '4XX',
        )
      )
        continue;
      report(
        'SECURED_OPERATION_MISSING_401',
        { method: operation.method.toUpperCase(), path: operation.path },
        childPointer(operation.pointer, 'responses'),
      );
    }
  },
};
