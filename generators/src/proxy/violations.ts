import type { PrismDiagnostic } from '../mock/prism.js';
import type { OperationModel, ResponseModel } from '../model/types.js';

/** One way a request or response broke the contract. */
export interface ContractViolation {
  /** Which side broke it. */
  side: 'request' | 'response';
  /** `status`, `content-type`, `problem`, or the JSON Schema keyword that failed (`required`, `type`, ...). */
  rule: string;
  /** Where: a JSON Pointer into the body (`/items/0/id`), `query/limit`, `header/Content-Type`, or `status`. */
  path: string;
  message: string;
}

/** What came back from the backend, as far as the checks need it. */
export interface ObservedResponse {
  status: number;
  contentType: string | undefined;
}

/** Prism's request findings (errors only), as violations. */
export function requestViolations(diagnostics: PrismDiagnostic[]): ContractViolation[] {
  return diagnostics
    .filter((finding) => finding.severity === 0)
    .map((finding) => toViolation('request', finding));
}

/**
 * Response violations: the status must be documented (exact, `NXX` range or
 * `default`), the content type must be one documented for it, error bodies
 * must be `application/problem+json` (RFC 9457 §3), and the body must match
 * the schema (Prism's validator, body findings only).
 */
export function responseViolations(
  operation: OperationModel,
  observed: ObservedResponse,
  prismFindings: PrismDiagnostic[],
): ContractViolation[] {
  const violations: ContractViolation[] = [];
  const documented = documentedResponse(operation, observed.status);
  if (documented === undefined) {
    const statuses = operation.responses.map((response) => response.status).join(', ');
    violations.push({
      side: 'response',
      rule: 'status',
      path: 'status',
      message: `status ${observed.status} is not documented (documented: ${statuses})`,
    });
  }
  const mediaType = essence(observed.contentType);
  if (documented && documented.content.length > 0 && observed.status !== 204) {
    const allowed = documented.content.map((media) => media.mediaType);
    if (!allowed.some((pattern) => mediaTypeMatches(pattern, mediaType))) {
      violations.push({
        side: 'response',
        rule: 'content-type',
        path: 'header/Content-Type',
        message: `content type "${mediaType ?? '(none)'}" is not documented for ${documented.status} (documented: ${allowed.join(', ')})`,
      });
    }
  }
  if (observed.status >= 400 && mediaType !== 'application/problem+json') {
    violations.push({
      side: 'response',
      rule: 'problem',
      path: 'header/Content-Type',
      message: `error body is "${mediaType ?? '(none)'}", not application/problem+json`,
    });
  }
  if (documented) {
    for (const finding of prismFindings) {
      if (finding.severity !== 0 || finding.path?.[0] !== 'body') continue;
      violations.push(toViolation('response', finding));
    }
  }
  return violations;
}

/** The response object that documents a status: exact code first, then `4XX`-style ranges, then `default`. */
export function documentedResponse(operation: OperationModel, status: number): ResponseModel | undefined {
  const range = `${String(status)[0]}XX`;
  return (
    operation.responses.find((response) => response.status === String(status)) ??
    operation.responses.find((response) => response.status.toUpperCase() === range) ??
    operation.responses.find((response) => response.status === 'default')
  );
}

function toViolation(side: ContractViolation['side'], finding: PrismDiagnostic): ContractViolation {
  const [location, ...rest] = (finding.path ?? []).map(String);
  const path =
    location === 'body' || location === undefined
      ? `/${rest.map((segment) => segment.replaceAll('~', '~0').replaceAll('/', '~1')).join('/')}`
      : `${location}/${rest.join('.')}`;
  return { side, rule: String(finding.code ?? 'invalid'), path, message: finding.message };
}

function essence(contentType: string | undefined): string | undefined {
  return contentType?.split(';')[0]?.trim().toLowerCase() || undefined;
}

/** OAS 3.1 §4.8.14: media type keys may be ranges such as `image/*` or `*\/*`. */
function mediaTypeMatches(pattern: string, actual: string | undefined): boolean {
  if (actual === undefined) return false;
  const [patternType, patternSub] = pattern.toLowerCase().split('/');
  const [actualType, actualSub] = actual.split('/');
  return (
    (patternType === '*' || patternType === actualType) && (patternSub === '*' || patternSub === actualSub)
  );
}

/** A header value listing violations, kept under a size proxies and browsers accept. */
export function violationsHeader(violations: ContractViolation[], limit = 4096): string {
  const parts = violations.map((violation) => `${violation.side} ${violation.path}: ${violation.message}`);
  let value = parts.join('; ').replace(/[\r\n]+/g, ' ');
  // Header values must be latin-1 without control characters.
  value = value.replace(/[^\x20-\x7e]/g, '?');
  return value.length > limit ? `${value.slice(0, limit - 3)}...` : value;
}
