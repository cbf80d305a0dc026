import type { OperationModel } from '../specloom.js';
import type { Expectation, TestCase } from '../types.js';
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
  // An operation that documents no 2xx (a redirect, an error-only probe) promises no acceptance:
  // its answers are only checked against what it documents.
  const expectation: Expectation = documentsSuccess(operation)
    ? { kind: 'accepted' }
    : { kind: 'exploratory' };
  if (hasExamples(operation)) {
    cases.push(
      operationCase(
        context,
        operation,
        'positive',
        'from examples',
        validValues(operation, valueContext, 'example'),
        expectation,
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
      expectation,
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
        expectation,
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

/** Whether the operation documents a success (`2xx`, `2XX`), or leaves it open with only `default`. */
export function documentsSuccess(operation: OperationModel): boolean {
  return operation.responses.some(
    (response) =>
      response.status.startsWith('2') || (response.status === 'default' && operation.responses.length === 1),
  );
}
