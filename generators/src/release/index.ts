export { renderChangeset, summarizeChanges } from './changeset.js';
export { isAddition, planRelease, type ReleasePlan, requiredBump } from './plan.js';
export {
  BUMP_LEVELS,
  type BumpLevel,
  bumpBetween,
  bumpVersion,
  majorOf,
  parseVersion,
  satisfies,
} from './semver.js';
