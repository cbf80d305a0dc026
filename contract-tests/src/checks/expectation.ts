import type { ObservedResponse, TestCase } from '../types.js';
import type { Failure } from './finding.js';
import { snippet } from './response.js';

/** Statuses that mean "your data is wrong": a valid request answered with one of them was wrongly refused. */
const DATA_REJECTION_STATUSES = new Set([400, 413, 415, 422]);

/** The check specific to what a case expects (acceptance, rejection, 401, 405). */
export function checkExpectation(testCase: TestCase, response: ObservedResponse): Failure[] {
  const { expectation } = testCase;
  const status = response.status;
  // RFC 6585 §4 / RFC 9110 §15.6.4: throttled or unavailable says nothing about the case itself.
  if (status === 429 || status === 503) return [];
  switch (expectation.kind) {
    case 'accepted':
      if (DATA_REJECTION_STATUSES.has(status)) {
        return [
          {
            check: 'positive_data_acceptance',
            message: `valid request refused with ${status}`,
            expected: 'a 2xx (or a non-validation status such as 404/409)',
            actual: `${status} ${snippet(response.bodyText)}`,
          },
        ];
      }
      return [];
    case 'rejected':
      if (status >= 200 && status < 300) {
        return [
          {
            check: 'negative_data_rejection',
            message: `invalid request accepted: ${expectation.violation}`,
            expected: 'a documented 4xx',
            actual: String(status),
            ...(expectation.jsonPath ? { jsonPath: expectation.jsonPath } : {}),
          },
        ];
      }
      return [];
    case 'unauthorized':
      // Only success is a finding: a refusal for another reason (404, 400) is not an accepted credential.
      if (status >= 200 && status < 300) {
        return [
          {
            check: 'ignored_auth',
            message: `request with ${expectation.variant} answered ${status}`,
            expected: '401 or 403 (the same request with valid credentials succeeded)',
            actual: String(status),
          },
        ];
      }
      return [];
    case 'method-not-allowed': {
      if ((status >= 200 && status < 300) || (status === 405 && response.headers.allow === undefined)) {
        return [
          {
            check: 'unsupported_method',
            message:
              status === 405 ? '405 without an Allow header' : `undocumented method answered ${status}`,
            expected: `405 with Allow: ${expectation.allowed.join(', ')} (or 404)`,
            actual: status === 405 ? '405 without Allow' : String(status),
          },
        ];
      }
      return [];
    }
    case 'exploratory':
      return [];
  }
}
