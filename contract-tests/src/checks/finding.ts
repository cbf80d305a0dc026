import { toCurl } from '../http/curl.js';
import type { CheckId, Finding, ObservedResponse, TestCase } from '../types.js';

/** What a check reports; the case and response fill in the rest of the finding. */
export interface Failure {
  check: CheckId;
  message: string;
  expected: string;
  actual: string;
  jsonPath?: string;
  /** For schema checks: the failing keyword and its pointer in the spec, for machines (`--json`). */
  schema?: { keyword: string; path: string };
}

/** Completes a check failure with the operation, the reproducible request and the status seen. */
export function toFinding(failure: Failure, testCase: TestCase, response?: ObservedResponse): Finding {
  const operation =
    testCase.operation?.operationId ?? `${testCase.request.method} ${new URL(testCase.request.url).pathname}`;
  return {
    ...failure,
    operation,
    caseId: testCase.id,
    caseKind: testCase.kind,
    request: { method: testCase.request.method, url: testCase.request.url },
    curl: toCurl(testCase.request),
    ...(response ? { status: response.status } : {}),
  };
}
