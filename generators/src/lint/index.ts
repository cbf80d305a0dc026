import type { RuleSetting } from '../config/types.js';
import { createDiagnostic } from '../diagnostics/codes.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { componentUnused } from './component-unused.js';
import { errorResponseNotProblem } from './error-response-problem.js';
import { exampleInvalid } from './example-invalid.js';
import { operationIdDuplicate, operationIdMissing, operationIdNotCamelCase } from './operation-id.js';
import { paginationInconsistent } from './pagination.js';
import { pathParameterMismatch } from './path-parameters.js';
import { DEFAULT_PROFILE, type ProfileName, profileSettings } from './profiles.js';
import { securedOperationMissing401 } from './secured-401.js';
import type { LintOptions, LintRule, LintSpec } from './types.js';

export { type Direction, ExampleValidator } from './example-validator.js';
export {
  DEFAULT_PROFILE,
  PROFILE_NAMES,
  type ProfileName,
  parseProfileName,
  profileSettings,
} from './profiles.js';
export { SchemaChecker, type ValueProblem } from './schema-check.js';
export type { LintOptions, LintRule, LintSpec, Report, RuleCategory } from './types.js';

/** Every lint rule, in the order their findings are produced. */
export const RULES: readonly LintRule[] = [
  operationIdMissing,
  operationIdNotCamelCase,
  operationIdDuplicate,
  pathParameterMismatch,
  securedOperationMissing401,
  errorResponseNotProblem,
  exampleInvalid,
  paginationInconsistent,
  componentUnused,
];

/** Settings a caller (usually `specloom.config.ts`'s `lint` section) may give. */
export interface LintSettings {
  /** The rule set to start from (default `specloom:recommended`). */
  extends?: ProfileName;
  /** Severity override or `off`, by code, applied over the profile. */
  rules?: Record<string, RuleSetting>;
  problemSchema?: string;
  pagination?: LintOptions['pagination'];
}

/**
 * The severity (or `off`) of every code under `settings`: the profile's, then `rules` over it.
 * Codes that are not lint rules (loader warnings) appear only when `rules` names them.
 */
export function effectiveRuleSettings(settings: LintSettings = {}): Record<string, RuleSetting> {
  return { ...profileSettings(settings.extends ?? DEFAULT_PROFILE, RULES), ...(settings.rules ?? {}) };
}

/**
 * Runs the lint rules of the profile over a loaded spec and returns their findings, each
 * located in the source files. A rule set to `off` is not run at all; the
 * same finding at the same place (e.g. a shared response used by many
 * operations) is reported once, naming the first operation that uses it.
 */
export function lint(spec: LintSpec, settings: LintSettings = {}): Diagnostic[] {
  const options: LintOptions = {
    problemSchema: settings.problemSchema ?? 'Problem',
    ...(settings.pagination ? { pagination: settings.pagination } : {}),
  };
  const overrides = effectiveRuleSettings(settings);
  const diagnostics: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const rule of RULES) {
    if (rule.codes.every((code) => overrides[code] === 'off')) continue;
    rule.check(spec, options, (code, params, pointer) => {
      const setting = overrides[code];
      if (setting === 'off' || setting === undefined) return;
      // Which operation led to a shared node does not make it a different finding.
      const { method: _method, path: _path, ...detail } = params;
      const key = `${code}\u0000${pointer}\u0000${JSON.stringify(detail)}`;
      if (seen.has(key)) return;
      seen.add(key);
      diagnostics.push(
        createDiagnostic(code, params, {
          location: spec.locate(pointer),
          pointer,
          severity: setting,
        }),
      );
    });
  }
  return diagnostics;
}
