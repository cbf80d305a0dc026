import type { Contract } from '../contract.js';
import { buildRequest, type RequestValues } from '../http/serialize.js';
import type { OperationModel } from '../specloom.js';
import type { CaseKind, Expectation, TestCase } from '../types.js';
import type { ResourcePool } from './values.js';

/** Everything case derivation needs: the spec, where to send, credentials and known ids. */
export interface CaseContext {
  contract: Contract;
  baseUrl: string;
  seed: number;
  pool: ResourcePool;
  /** Headers that carry credentials (removed or replaced by auth cases). */
  authHeaders: Record<string, string>;
  /** Headers sent on every request. */
  headers: Record<string, string>;
  /** Formats no generator produces, with the first operation that uses each (reported once as a note). */
  unsatisfiableFormats?: Map<string, string>;
  /** Operations whose schemas exploration could not draw from, with the reason (reported as notes). */
  explorationFailures?: Map<string, string>;
}

/** Builds a case for a documented operation from its request values. */
export function operationCase(
  context: CaseContext,
  operation: OperationModel,
  kind: CaseKind,
  description: string,
  values: RequestValues,
  expectation: Expectation,
  authHeaders: Record<string, string> = isPublic(operation, context) ? {} : context.authHeaders,
): TestCase {
  const headers = {
    accept: 'application/json, application/problem+json;q=0.9, */*;q=0.1',
    ...context.headers,
    ...authHeaders,
  };
  return {
    id: `${operation.operationId}:${kind}:${description}`,
    kind,
    description,
    operation,
    request: buildRequest(context.baseUrl, operation, values, headers),
    values,
    expectation,
  };
}

/** An operation the spec marks public; a spec that declares no schemes at all cannot say, so credentials go everywhere. */
function isPublic(operation: OperationModel, context: CaseContext): boolean {
  return operation.security.length === 0 && context.contract.spec.securitySchemes.length > 0;
}
