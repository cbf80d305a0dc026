import type { DiffRuleId } from '../diff/rules.js';
import type { Change, DiffResult } from '../diff/types.js';
import { type BumpLevel, bumpBetween, bumpVersion, satisfies } from './semver.js';

/** Non-breaking rules that add capability: they call for a minor release. Other non-breaking changes are a patch. */
const ADDITIONS: ReadonlySet<DiffRuleId> = new Set<DiffRuleId>([
  'operation-added',
  'request-parameter-added',
  'request-parameter-became-optional',
  'request-body-added',
  'request-body-became-optional',
  'request-media-type-added',
  'response-status-added',
  'response-media-type-added',
  'response-header-added',
  'request-type-widened',
  'request-enum-value-added',
  'request-constraint-loosened',
  'request-pattern-removed',
  'request-property-became-optional',
  'request-property-added',
  'request-variant-added',
  'response-property-added',
  'response-property-became-required',
  'security-removed',
  'security-alternative-added',
]);

/** True when a non-breaking change adds something clients can newly use. */
export function isAddition(change: Change): boolean {
  return ADDITIONS.has(change.id as DiffRuleId);
}

/**
 * The bump a diff requires: major for breaking changes, minor for potentially
 * breaking ones and for additions, patch for anything else, none for no change.
 * Potentially breaking changes are not forced to a major; the summary lists
 * them for review.
 */
export function requiredBump(result: DiffResult): BumpLevel {
  if (result.counts.breaking > 0) return 'major';
  if (result.counts['potentially-breaking'] > 0) return 'minor';
  if (result.changes.some(isAddition)) return 'minor';
  return result.changes.length > 0 ? 'patch' : 'none';
}

export interface ReleasePlan {
  required: BumpLevel;
  /** The version the release should get: the intended one when given, else the last release bumped as required. */
  version: string;
  /** The bump from the last release to `version`. */
  bump: BumpLevel;
  /** False when the intended version's bump is smaller than the diff requires. */
  ok: boolean;
}

/**
 * Plans the next SDK version from a diff.
 * @param lastVersion the version of the last release
 * @param intendedVersion a version the user wants (e.g. already in package.json); checked, not changed
 */
export function planRelease(result: DiffResult, lastVersion: string, intendedVersion?: string): ReleasePlan {
  const required = requiredBump(result);
  if (intendedVersion !== undefined && intendedVersion !== lastVersion) {
    const bump = bumpBetween(lastVersion, intendedVersion);
    return { required, version: intendedVersion, bump, ok: satisfies(bump, required) };
  }
  return { required, version: bumpVersion(lastVersion, required), bump: required, ok: true };
}
