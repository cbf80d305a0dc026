import type { OperationModel } from '../specloom.js';
import type { TestCase } from '../types.js';
import { type CaseContext, operationCase } from './context.js';
import { validValues } from './values.js';

/**
 * Valid requests: one built from the spec's examples when it has any for
 * the operation, one generated from the schemas, and, for operations with a
 * body, one with only what the schemas require.
 */
export function positiveCases(context: CaseContext, operation: OperationModel): TestCase[] {
  const valueContext = { spec: context.contract.spec, seed: context.seed, pool: context.pool };
  const cases: TestCase[] = [];
  if (hasExamples(operation)) {
    cases.push(
      operationCase(
        context,
        operation,
        'positive',
        'from examples',
        validValues(operation, valueContext, 'example'),
        { kind: 'accepted' },
      ),
    );
  }
  cases.push(
    operationCase(
      context,
      operation,
      'positive',
      'generated',
      validValues(operation, valueContext, 'generated'),
      { kind: 'accepted' },
    ),
  );
  if (operation.requestBody) {
    cases.push(
      operationCase(
        context,
        operation,
        'positive',
        'required members only',
        validValues(operation, valueContext, 'minimal'),
        { kind: 'accepted' },
      ),
    );
  }
  return cases;
}

function hasExamples(operation: OperationModel): boolean {
  const bodyExamples = operation.requestBody?.content.some((media) => media.examples.length > 0) ?? false;
  return (
    bodyExamples ||
    operation.parameters.some((parameter) => parameter.in !== 'path' && parameter.examples.length > 0)
  );
}
