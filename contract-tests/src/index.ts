/**
 * The contract-test engine: derives cases from an OpenAPI document, runs them
 * against a live backend and reports every way it breaks its contract.
 */

export { AuthSetupFailure } from './auth-setup.js';
export { runCli } from './cli.js';
export { loadSpecModel, SpecLoadFailure } from './load.js';
export { type AllowRule, type FailOn, failingGroups, parseFailOn } from './report/allow.js';
export { type FindingGroup, groupFindings } from './report/group.js';
export { formatJUnit } from './report/junit.js';
export { formatCoverage, formatFinding, formatSummary } from './report/summary.js';
export { runContractTests, selectOperations } from './run.js';
export { UnreachableServer } from './target/reachable.js';
export * from './types.js';
