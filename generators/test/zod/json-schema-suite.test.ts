/**
 * Conformance: the official JSON Schema Test Suite (draft2020-12 cases in
 * OpenAPI 3.1 documents, draft4 cases in 3.0.3 ones) through the zod schemas
 * the target generates. Exclusions are listed, with reasons, in
 * `suite/exclusions.mjs`; remaining disagreements in `src/zod/README.md`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generatorsRoot } from './helpers.js';
import { type CaseResult, runSuite, type SuiteReport, summarize } from './suite/run.js';

/** The measured figures; raise them when the emitter improves, never lower them quietly. */
const MIN_AGREEMENT = 1;
const MAX_FALSE_ACCEPT_RATE = 0.005;

const describeCase = (r: CaseResult) =>
  `${r.draft}/${r.file} › ${r.group} › ${r.test}: expected ${r.expected ? 'valid' : 'invalid'}`;

describe('the JSON Schema Test Suite through the generated zod schemas', () => {
  let report: SuiteReport;
  beforeAll(async () => {
    report = await runSuite();
  }, 120_000);

  it('runs every group that is not explicitly excluded', () => {
    expect(report.unlisted).toEqual([]);
    expect(report.results.length).toBeGreaterThan(1_700);
  });

  it('agrees with the suite on the kept cases, and never disagrees silently', () => {
    const summary = summarize(report.results);
    console.info(
      `JSON Schema Test Suite: ${summary.agreed}/${summary.cases} kept cases agree (${(summary.agreement * 100).toFixed(2)}%), ` +
        `${summary.falseAccepts} false accepts of ${summary.invalid} invalid, ${summary.falseRejects} false rejects, ` +
        `${report.excluded} cases excluded`,
    );
    expect(summary.silent.map(describeCase)).toEqual([]);
    expect(summary.agreement).toBeGreaterThanOrEqual(MIN_AGREEMENT);
    expect(summary.falseAcceptRate).toBeLessThanOrEqual(MAX_FALSE_ACCEPT_RATE);
  });

  it('lists every remaining disagreement in the zod README', () => {
    const readme = readFileSync(join(generatorsRoot, 'src', 'zod', 'README.md'), 'utf8');
    const missing = summarize(report.results).disagreements.filter(
      (r) => !readme.includes(`${r.draft}/${r.file}`) || !readme.includes(r.group),
    );
    expect(missing.map(describeCase)).toEqual([]);
  });
});
