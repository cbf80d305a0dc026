import { childPointer } from '../model/json-pointer.js';
import { camelCase } from '../model/naming.js';
import { describeOperation } from './helpers.js';
import type { LintRule } from './types.js';

const CAMEL_CASE = /^[a-z][a-zA-Z0-9]*$/;

/** Every operation has an operationId: generated function and handler names come from it. */
export const operationIdMissing: LintRule = {
  codes: ['OPERATION_ID_MISSING'],
  category: 'style',
  why: 'Generated function and handler names come from operationId; without one specloom derives a name from method and path, which changes whenever the path does.',
  check({ model }, _options, report) {
    for (const operation of model.operations) {
      if (!operation.operationIdDerived) continue;
      report(
        'OPERATION_ID_MISSING',
        { method: operation.method.toUpperCase(), path: operation.path, suggestion: operation.operationId },
        operation.pointer,
      );
    }
  },
};

/** operationIds are camelCase so they appear unchanged as TypeScript identifiers. */
export const operationIdNotCamelCase: LintRule = {
  codes: ['OPERATION_ID_NOT_CAMEL_CASE'],
  category: 'style',
  why: 'camelCase operationIds appear unchanged as TypeScript identifiers; other styles are renamed in generated code.',
  check({ model }, _options, report) {
    for (const operation of model.operations) {
      if (operation.operationIdDerived || CAMEL_CASE.test(operation.operationId)) continue;
      report(
        'OPERATION_ID_NOT_CAMEL_CASE',
        { operationId: operation.operationId, suggestion: camelCase(operation.operationId) },
        childPointer(operation.pointer, 'operationId'),
      );
    }
  },
};

/** operationIds are unique (OAS 3.x §4.8.10 requires it; each names one generated function). */
export const operationIdDuplicate: LintRule = {
  codes: ['OPERATION_ID_DUPLICATE'],
  category: 'correctness',
  recommended: 'error',
  why: 'OpenAPI requires operationIds to be unique (OAS 3.x §4.8.10); duplicates make generated functions collide.',
  check({ model }, _options, report) {
    const byId = new Map<string, typeof model.operations>();
    for (const operation of model.operations) {
      if (operation.operationIdDerived) continue;
      byId.set(operation.operationId, [...(byId.get(operation.operationId) ?? []), operation]);
    }
    for (const [operationId, operations] of byId) {
      if (operations.length < 2) continue;
      for (const operation of operations) {
        const others = operations
          .filter((other) => other !== operation)
          .map(describeOperation)
          .join(', ');
        report(
          'OPERATION_ID_DUPLICATE',
          { operationId, other: others },
          childPointer(operation.pointer, 'operationId'),
        );
      }
    }
  },
};
