import type { CheckId, Finding } from '../types.js';

/** Findings that share one root cause, shown once with a count and the smallest reproduction. */
export interface FindingGroup {
  /** check + operation + where (JSON path with indexes collapsed, or the violated constraint) + status. */
  key: string;
  check: CheckId;
  operation: string;
  count: number;
  /** The minimal repro to show: a shrunk request when there is one, else the member with the shortest request. */
  example: Finding;
  /** Matched an allow-list entry of the config: reported, but never fails the run. */
  allowed?: string;
}

/**
 * Groups findings by root cause: the same check on the same operation, at
 * the same place in the body (array indexes collapsed, so `$.items[3].id`
 * and `$.items[7].id` are one cause) with the same status. 25 identical
 * schema errors from one cause are one group of 25.
 */
export function groupFindings(findings: Finding[]): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const finding of findings) {
    const key = causeKey(finding);
    const group = groups.get(key);
    if (!group) {
      groups.set(key, {
        key,
        check: finding.check,
        operation: finding.operation,
        count: 1,
        example: finding,
      });
      continue;
    }
    group.count += 1;
    // A shrunk request is minimal for its cause by construction; otherwise the shortest one wins.
    const better =
      finding.shrunk !== undefined && group.example.shrunk === undefined
        ? true
        : (finding.shrunk === undefined) === (group.example.shrunk === undefined) &&
          finding.curl.length < group.example.curl.length;
    if (better) group.example = finding;
  }
  return [...groups.values()];
}

export function causeKey(finding: Finding): string {
  const where = finding.jsonPath?.replace(/\[\d+\]/g, '[*]') ?? '';
  // The data checks are about one request: the violated constraint is their cause, not the answer.
  const status =
    finding.check === 'negative_data_rejection' || finding.check === 'ignored_auth'
      ? ''
      : String(finding.status ?? '');
  const detail =
    finding.check === 'response_schema_conformance' || finding.check === 'problem_format'
      ? finding.expected
      : finding.check === 'negative_data_rejection'
        ? finding.message.replace(/"[^"]*"|\b\d+(\.\d+)?\b/g, '…')
        : '';
  return [finding.check, finding.operation, where, status, detail].join('|');
}
