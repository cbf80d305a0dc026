import { it } from 'vitest';

/** True on CI, where a missing prerequisite is a failure rather than a reason to skip. */
export const onCi = process.env.CI === 'true';

/**
 * Declares what happens when a test suite's prerequisite (PostgreSQL,
 * Chromium) is missing: locally the suite is skipped and says why; with
 * `CI=true` a failing test reports it, so CI can never pass without running it.
 */
export function reportMissingPrerequisite(what: string, reason: string): void {
  if (onCi) {
    it(`${what} is available (required on CI)`, () => {
      throw new Error(`${what} is not available: ${reason}`);
    });
    return;
  }
  console.warn(`[skipped] ${what} tests did not run: ${reason}`);
  it.skip(`${what} tests (not run: ${reason})`, () => {});
}
