import { describe, expect, it } from 'vitest';
import { formatFinding, type TestCase } from '../src/index.js';
import { isItemPathOf } from '../src/stateful/families.js';
import { runPattern } from './patterns/harness.js';
import { nestedParentsPattern } from './patterns/nested-parents.js';
import { sequencePattern } from './patterns/sequences.js';

describe('sequences on resource families shaped as real servers shape them', () => {
  it('runs every family to the end with zero findings on a correct server', async () => {
    const sent: TestCase[] = [];
    const pattern = sequencePattern();
    const report = await runPattern({
      ...pattern,
      options: { ...pattern.options, onCase: (testCase) => sent.push(testCase) },
    });
    expect(report.findings.map((finding) => formatFinding(finding).join('\n'))).toEqual([]);
    const described = sent.map((testCase) => `${testCase.operation?.operationId} ${testCase.description}`);
    // Ids from `{silenceID}` (a singular item path), from `{data: {id}}` and from `Location`.
    expect(described).toContain('getSilence /silences read after create');
    expect(described).toContain('getNote /notes read after create');
    expect(described).toContain('getTag /tags read after create');
    expect(described).toContain('getSilence /silences read after delete');
    // The list is paged through until the created note is found (one per page).
    expect(
      described.filter((entry) => entry.startsWith('listNotes /notes listed after create')).length,
    ).toBeGreaterThan(1);
    expect(report.notes.join('\n')).not.toMatch(/sequence skipped/);
    expect(report.notes.join('\n')).toMatch(/no create\/read pair.*POST \/search/);
    expect(report.notes.join('\n')).toMatch(
      /\/silences: still readable after delete, with status\.state changed/,
    );
  });

  it('runs a sequence whose create has no example, with times moved into the future in window order', async () => {
    const sent: TestCase[] = [];
    const pattern = sequencePattern(undefined, { example: false });
    const report = await runPattern({
      ...pattern,
      options: { ...pattern.options, onCase: (testCase) => sent.push(testCase) },
    });
    const described = sent.map((testCase) => `${testCase.operation?.operationId} ${testCase.description}`);
    expect(described).toContain('getSilence /silences read after create');
    // Only the generated creates, which break the rule stated in prose, are findings.
    expect([...new Set(report.findings.map((finding) => `${finding.check} ${finding.operation}`))]).toEqual([
      'positive_data_acceptance postSilences',
    ]);
  });

  it.each([
    ['unlisted', 'ensure_listed_after_create', 'listNotes'],
    ['create_dropped', 'ensure_create_applied', 'getSilence'],
  ] as const)('finds the %s fault as %s on %s', async (fault, check, operation) => {
    const report = await runPattern(sequencePattern(fault));
    const matching = report.findings.filter((finding) => finding.check === check);
    expect(matching.map((finding) => finding.operation)).toContain(operation);
    expect(report.findings.every((finding) => finding.check === check)).toBe(true);
  });
});

describe('a collection below a parent the spec never creates', () => {
  it('addresses every step under the parent the create named', async () => {
    const report = await runPattern(nestedParentsPattern());
    expect(report.findings.map((finding) => formatFinding(finding).join('\n'))).toEqual([]);
    expect(report.casesByKind.stateful).toBeGreaterThanOrEqual(4);
  });

  it('still reports a created resource that the server loses', async () => {
    const report = await runPattern(nestedParentsPattern('lost'));
    const lost = report.findings.filter((finding) => finding.check === 'ensure_resource_availability');
    expect(lost.map((finding) => finding.operation)).toEqual(
      expect.arrayContaining(['getHook', 'deleteHook']),
    );
  });
});

describe('which item path belongs to which collection', () => {
  it.each([
    ['/todos', '/todos/{id}', true],
    ['/projects/{projectId}/tasks', '/projects/{projectId}/tasks/{taskId}', true],
    ['/silences', '/silence/{silenceID}', true],
    ['/categories', '/category/{categoryId}', true],
    ['/boxes', '/box/{boxId}', true],
    ['/silences', '/silences/{id}/comments', false],
    ['/silences', '/alert/{id}', false],
    ['/status', '/statu/{id}', false],
    ['/todos/{id}', '/todos/{id}/{part}', false],
  ] as const)('%s and %s: %s', (collection, item, expected) => {
    expect(isItemPathOf(collection, item)).toBe(expected);
  });
});
