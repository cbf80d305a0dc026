import { type Failure, toFinding } from '../checks/finding.js';
import type { Finding, ObservedResponse, TestCase } from '../types.js';

/** A property-based case that failed, with what it found. */
export interface Shrinkable {
  testCase: TestCase;
  findings: Finding[];
}

/** Sends a candidate and returns its answer and failed checks, or `undefined` when a run limit stops it or no answer came. */
export type Probe = (
  candidate: TestCase,
) => Promise<{ response: ObservedResponse; failures: Failure[] } | undefined>;

export interface ShrinkLimits {
  /** Distinct causes (check + operation + JSON path) shrunk per run. */
  causes: number;
  /** Requests one shrink may send. */
  budget: number;
}

/**
 * Replaces the finding of each failing property-based case by the same
 * finding on the smallest request that still fails the same check at the same
 * place (fast-check's shrinking: fewer optional members, shorter strings,
 * numbers nearer their bound). One shrink per cause, each with a request budget.
 */
export async function shrinkFindings(
  shrinkable: Shrinkable[],
  findings: Finding[],
  probe: Probe,
  limits: ShrinkLimits = { causes: 10, budget: 60 },
): Promise<void> {
  const done = new Set<string>();
  for (const { testCase, findings: found } of shrinkable) {
    for (const original of found) {
      const cause = causeOf(original.check, original.operation, original.jsonPath);
      if (done.has(cause) || done.size >= limits.causes || !testCase.shrink) continue;
      done.add(cause);
      const seen = new Map<TestCase, { failure: Failure; response: ObservedResponse }>();
      const result = await testCase.shrink(async (candidate) => {
        const outcome = await probe(candidate);
        const failure = outcome?.failures.find(
          (entry) => causeOf(entry.check, original.operation, entry.jsonPath) === cause,
        );
        if (!outcome || !failure) return false;
        seen.set(candidate, { failure, response: outcome.response });
        return true;
      }, limits.budget);
      const last = result ? seen.get(result.testCase) : undefined;
      if (!result || !last) continue;
      const index = findings.indexOf(original);
      if (index === -1) continue;
      findings[index] = {
        ...toFinding(last.failure, result.testCase, last.response),
        shrunk: { steps: result.steps, originalCurl: original.curl },
      };
    }
  }
}

function causeOf(check: string, operation: string, jsonPath: string | undefined): string {
  return [check, operation, jsonPath?.replace(/\[\d+\]/g, '[*]') ?? ''].join('|');
}
