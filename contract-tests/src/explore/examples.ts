import fc from 'fast-check';
import { type CaseContext, operationCase } from '../cases/context.js';
import type { OperationModel } from '../specloom.js';
import type { Expectation, TestCase } from '../types.js';
import type { OperationInput, OperationSpace } from './operation-input.js';
import { hashString } from './seed.js';

/**
 * Up to `count` valid requests drawn by fast-check from the operation's
 * schemas, seeded by the run's seed and the operationId (the same seed gives the
 * same requests). Each case can shrink: fast-check replays its draw (by its
 * index) and walks the smaller inputs, keeping the last one that still fails.
 */
export function propertyCases(
  context: CaseContext,
  operation: OperationModel,
  space: OperationSpace,
  count: number,
  expectation: Expectation,
): TestCase[] {
  if (count <= 0) return [];
  const seed = hashString(`${context.seed}:${operation.operationId}`) | 0;
  // fast-check over-approximates some keywords (oneOf exactness, minProperties, not): draw more than needed.
  const draws = fc.sample(space.arbitrary, { seed, numRuns: count * 4 });
  const cases: TestCase[] = [];
  const seen = new Set<string>();
  for (const [index, input] of draws.entries()) {
    if (cases.length >= count) break;
    if (!space.isValid(input)) continue;
    const testCase = build(
      context,
      operation,
      space,
      input,
      `property-based example ${cases.length + 1}`,
      expectation,
    );
    const key = `${testCase.request.url} ${JSON.stringify(testCase.request.body ?? null)} ${JSON.stringify(testCase.request.headers)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    testCase.shrink = (reproduces, budget) =>
      shrink(context, operation, space, expectation, seed, index, reproduces, budget);
    cases.push(testCase);
  }
  return cases;
}

function build(
  context: CaseContext,
  operation: OperationModel,
  space: OperationSpace,
  input: OperationInput,
  description: string,
  expectation: Expectation,
): TestCase {
  return operationCase(context, operation, 'positive', description, space.toValues(input), expectation);
}

async function shrink(
  context: CaseContext,
  operation: OperationModel,
  space: OperationSpace,
  expectation: Expectation,
  seed: number,
  index: number,
  reproduces: (candidate: TestCase) => Promise<boolean>,
  budget: number,
) {
  let sent = 0;
  let smallest: TestCase | undefined;
  const result = await fc.check(
    fc.asyncProperty(space.arbitrary, async (input) => {
      // Past the budget every candidate "passes": fast-check then stops at the smallest failure found.
      if (sent >= budget || !space.isValid(input)) return true;
      sent += 1;
      const candidate = build(context, operation, space, input, 'shrunk property-based example', expectation);
      const failed = await reproduces(candidate);
      if (failed) smallest = candidate;
      return !failed;
    }),
    { seed, path: String(index), numRuns: index + 1 },
  );
  if (!result.failed || smallest === undefined) return undefined;
  return { testCase: smallest, steps: result.numShrinks };
}
