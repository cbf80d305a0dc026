/**
 * Progress lines for big specs. Below about 200 operations every command
 * finishes in a blink and extra lines are noise; above it loading, emitting
 * or testing takes seconds, so the commands say what they are doing, with
 * counts. The lines go to stderr, so stdout (`--format json`, `--json`, a
 * pipe) stays clean.
 */
export const PROGRESS_THRESHOLD = 200;

/** True when a spec of `operations` operations is big enough for progress lines. */
export function showsProgress(operations: number): boolean {
  return operations >= PROGRESS_THRESHOLD;
}

/** `1 file`, `3 files`. */
export function count(amount: number, noun: string): string {
  return `${amount} ${noun}${amount === 1 ? '' : 's'}`;
}

/** How often `specloom test` reports its running totals on a big spec. */
export const CASES_PER_PROGRESS_LINE = 500;

/**
 * Hooks for the contract-test engine: one line once the spec is loaded, then
 * a line with running totals every `every` cases. Prints nothing for a small spec.
 */
export function contractTestProgress(
  write: (text: string) => void,
  every = CASES_PER_PROGRESS_LINE,
): {
  onLoaded: (info: { operations: number; selected: number }) => void;
  onCase: (testCase: unknown, findings: readonly unknown[]) => void;
} {
  let enabled = false;
  let cases = 0;
  let findings = 0;
  return {
    onLoaded({ operations, selected }) {
      enabled = showsProgress(operations);
      if (!enabled) return;
      const scope = selected === operations ? '' : ` (${selected} selected)`;
      write(`specloom test: loaded ${count(operations, 'operation')}${scope}; running cases...\n`);
    },
    onCase(_testCase, caseFindings) {
      if (!enabled) return;
      cases += 1;
      findings += caseFindings.length;
      if (cases % every === 0)
        write(`specloom test: ${count(cases, 'case')} run, ${count(findings, 'finding')} so far\n`);
    },
  };
}
