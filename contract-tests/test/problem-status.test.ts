import { describe, expect, it } from 'vitest';
import { formatFinding } from '../src/index.js';
import { runPattern } from './patterns/harness.js';
import { problemStatusKept, problemStatusWrong } from './patterns/problem-status.js';

const options = { kinds: ['positive', 'negative', 'method'] as const, maxExamples: 2 };

describe('problem_status_match: a problem body states the status of its own answer', () => {
  it('finds a 404 whose body says 400, as problem+json and as JSON documented with the problem schema', async () => {
    const report = await runPattern({
      ...problemStatusWrong,
      options: { ...options, kinds: [...options.kinds] },
    });
    const found = report.findings.filter((finding) => finding.check === 'problem_status_match');
    expect(new Set(found.map((finding) => `${finding.operation} ${finding.status}`))).toEqual(
      new Set(['getOrder 404', 'legacy 410']),
    );
    for (const finding of found) {
      expect(finding.jsonPath).toBe('$.status');
      expect(finding.message).toBe(
        `the problem body says "status": 400, but the HTTP status is ${finding.status}`,
      );
    }
    // A 400 that says 400 is right, even from the faulty server.
    expect(found.some((finding) => finding.status === 400)).toBe(false);
  });

  it('finds nothing when every problem states its answer, and never judges an envelope with its own status', async () => {
    const report = await runPattern({
      ...problemStatusKept,
      options: { ...options, kinds: [...options.kinds] },
    });
    expect(report.findings.map((finding) => formatFinding(finding).join('\n'))).toEqual([]);
    expect(report.coverage.find((row) => row.operation === 'getOrder')?.statuses).toMatchObject({
      '400': true,
      '404': true,
    });
  });
});
