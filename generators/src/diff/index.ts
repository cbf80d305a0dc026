export { ChangeCollector, type Locator } from './collector.js';
export { countChanges, type DiffOptions, diffSpecs } from './diff.js';
export {
  DIFF_FORMATS,
  type DiffFormat,
  formatDiff,
  formatJson,
  formatMarkdown,
  formatText,
} from './format.js';
export { materializeAtRef, readAtRef, refExists, repositoryRoot } from './git.js';
export { DIFF_RULES, type DiffRule, type DiffRuleId } from './rules.js';
export type { Change, ChangeClass, ChangeSide, DiffResult, Direction } from './types.js';
export { CHANGE_CLASSES } from './types.js';
