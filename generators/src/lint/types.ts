import type { DiagnosticCode } from '../diagnostics/codes.js';
import type { Diagnostic, Severity } from '../diagnostics/types.js';
import type { LoadedSpec } from '../load/index.js';

/** What a rule reads: the model, the bundled document and the way back to source lines. */
export type LintSpec = Pick<LoadedSpec, 'model' | 'document' | 'locate'>;

/** Lint settings after defaults are applied. */
export interface LintOptions {
  /** Component schema every error response must use. */
  problemSchema: string;
  /** Fixed pagination convention; when absent the most common one in the spec is expected. */
  pagination?: { cursorParam?: string; nextCursorProperty?: string };
}

/** Reports one finding of the running rule at a bundled-document pointer. */
export type Report = (code: DiagnosticCode, params: Record<string, string | number>, pointer: string) => void;

/**
 * `correctness`: the spec says something wrong or self-contradictory; on for every spec.
 * `style`: a house convention a team opts into (`specloom:strict`).
 */
export type RuleCategory = 'correctness' | 'style';

/** A lint rule: a pure check over a loaded spec. */
export interface LintRule {
  /** Codes this rule can report (all registered in `diagnostics/codes.ts`). */
  codes: readonly DiagnosticCode[];
  category: RuleCategory;
  /** Severity under `specloom:recommended` when it differs from the registered one (correctness rules only). */
  recommended?: Severity;
  /** Why the rule exists, for the rule reference page. */
  why: string;
  check(spec: LintSpec, options: LintOptions, report: Report): void;
}

export type { Diagnostic };
