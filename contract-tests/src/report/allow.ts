import { CHECK_IDS, type CheckId } from '../types.js';
import type { FindingGroup } from './group.js';

/** A deviation a team accepts for now: matching findings are reported as allowed and do not fail the run. */
export interface AllowRule {
  check: CheckId;
  /** operationId (`*` wildcards) or `METHOD /path`; all operations when absent. */
  operation?: string;
  /** Only this response status. */
  status?: number;
  /** Why it is accepted; shown beside the finding. */
  reason: string;
}

/** Marks the groups an allow-list rule matches. */
export function applyAllowList(groups: FindingGroup[], rules: AllowRule[]): FindingGroup[] {
  return groups.map((group) => {
    const rule = rules.find(
      (entry) =>
        entry.check === group.check &&
        (entry.operation === undefined || wildcard(entry.operation).test(group.operation)) &&
        (entry.status === undefined || entry.status === group.example.status),
    );
    return rule ? { ...group, allowed: rule.reason } : group;
  });
}

/**
 * Which checks fail the run: `all` (the default), or a list of check ids
 * with an optional count above which they fail (`not_a_server_error,
 * response_schema_conformance=3`). Allowed groups never count.
 */
export function failingGroups(groups: FindingGroup[], failOn: FailOn): FindingGroup[] {
  const counted = groups.filter((group) => group.allowed === undefined);
  if (failOn === 'all') return counted;
  const failing: FindingGroup[] = [];
  for (const [check, threshold] of failOn) {
    const ofCheck = counted.filter((group) => group.check === check);
    if (ofCheck.length > threshold) failing.push(...ofCheck);
  }
  return failing;
}

/** `all`, or check id -> number of finding groups tolerated. */
export type FailOn = 'all' | Map<CheckId, number>;

/** Parses `--fail-on`; throws a message naming the bad entry. */
export function parseFailOn(text: string): FailOn {
  if (text.trim() === 'all') return 'all';
  const result = new Map<CheckId, number>();
  for (const entry of text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)) {
    const [check = '', count] = entry.split('=');
    if (!(CHECK_IDS as readonly string[]).includes(check))
      throw new Error(`--fail-on: unknown check "${check}" (checks: ${CHECK_IDS.join(', ')})`);
    const threshold = count === undefined ? 0 : Number(count);
    if (!Number.isInteger(threshold) || threshold < 0)
      throw new Error(`--fail-on: "${entry}" needs a non-negative whole number after "="`);
    result.set(check as CheckId, threshold);
  }
  return result;
}

/** Validates an allow-list from a config file; throws a message naming the bad entry. */
export function parseAllowList(value: unknown, file: string): AllowRule[] {
  if (!Array.isArray(value))
    throw new Error(`${file}: test.allow must be an array of { check, operation?, status?, reason }`);
  return value.map((entry, index) => {
    const rule = entry as Partial<AllowRule>;
    if (typeof rule.check !== 'string' || !(CHECK_IDS as readonly string[]).includes(rule.check))
      throw new Error(`${file}: test.allow[${index}].check must be one of ${CHECK_IDS.join(', ')}`);
    if (typeof rule.reason !== 'string' || rule.reason.trim() === '')
      throw new Error(`${file}: test.allow[${index}].reason must say why the deviation is accepted`);
    if (rule.operation !== undefined && typeof rule.operation !== 'string')
      throw new Error(`${file}: test.allow[${index}].operation must be an operationId`);
    if (rule.status !== undefined && !Number.isInteger(rule.status))
      throw new Error(`${file}: test.allow[${index}].status must be an HTTP status code`);
    return rule as AllowRule;
  });
}

function wildcard(pattern: string): RegExp {
  return new RegExp(
    `^${pattern
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
}
