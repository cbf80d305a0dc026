import { unsatisfiableFormats } from '../explore/formats.js';
import type { OperationModel } from '../specloom.js';
import type { Expectation, TestCase } from '../types.js';
import { type CaseContext, operationCase } from './context.js';
import { examplesBreakSchema } from './example-validity.js';
import { cloneValues, isMeaningful, isReservedHeader, parameterValue, validValues } from './values.js';

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
  // A value for a format no generator produces is plain text the server may rightly refuse (reported as a note).
  const expectation: Expectation =
    documentsSuccess(operation) && unsatisfiableFormats(context.contract, operation).size === 0
      ? { kind: 'accepted' }
      : { kind: 'exploratory' };
  if (hasExamples(operation)) {
    const values = validValues(operation, valueContext, 'example');
    // An example that breaks its own schema is no valid request: its answer is only checked against the spec.
    const invalid = examplesBreakSchema(context.contract, operation, values);
    cases.push(
      operationCase(
        context,
        operation,
        'positive',
        invalid ? 'from examples, which break their own schema' : 'from examples',
        values,
        invalid ? { kind: 'exploratory' } : expectation,
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
  // Optional parameters each way: all omitted (the defaults a server must cope with), and each
  // free-form one on its own. A free-form value (an opaque cursor) may mean nothing to the server,
  // so those cases only check that the answer is documented, not that it is a success.
  const optional = operation.parameters.filter(
    (parameter) => !parameter.required && !isReservedHeader(parameter),
  );
  if (optional.length > 0) {
    const values = validValues(operation, valueContext, 'generated');
    for (const parameter of optional) delete values[parameter.in][parameter.name];
    cases.push(
      operationCase(context, operation, 'positive', 'optional parameters omitted', values, expectation),
    );
    for (const parameter of optional) {
      if (isMeaningful(parameter.schema, context.contract.spec)) continue;
      const only = cloneValues(values);
      only[parameter.in][parameter.name] = parameterValue(parameter, valueContext, 'generated', ':alone');
      cases.push(
        operationCase(
          context,
          operation,
          'positive',
          `only optional ${parameter.in} parameter ${parameter.name}`,
          only,
          {
            kind: 'exploratory',
          },
        ),
      );
    }
  }
  // An id the server never issued, beside the live ones the pool provides: a 404 is the usual
  // answer, but whatever comes back must be documented and must not be a 5xx.
  const pathParameters = operation.parameters.filter((parameter) => parameter.in === 'path');
  if (pathParameters.some((parameter) => context.pool.has(parameter.name))) {
    const values = validValues(operation, valueContext, 'generated');
    const fresh = { ...valueContext, pool: new Map() };
    for (const parameter of pathParameters)
      values.path[parameter.name] = parameterValue(parameter, fresh, 'generated', ':unknown');
    cases.push(
      operationCase(context, operation, 'positive', 'an id the server never issued', values, {
        kind: 'exploratory',
      }),
    );
  }
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
