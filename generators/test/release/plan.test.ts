import { describe, expect, it } from 'vitest';
import { countChanges } from '../../src/diff/diff.js';
import { DIFF_RULES, type DiffRuleId } from '../../src/diff/rules.js';
import type { Change, DiffResult } from '../../src/diff/types.js';
import { renderChangeset } from '../../src/release/changeset.js';
import { planRelease, requiredBump } from '../../src/release/plan.js';
import { bumpBetween, bumpVersion } from '../../src/release/semver.js';

function result(...ids: DiffRuleId[]): DiffResult {
  const changes: Change[] = ids.map((id) => ({
    id,
    class: DIFF_RULES[id].class,
    direction: DIFF_RULES[id].direction,
    operation: 'GET /items',
    message: DIFF_RULES[id].description,
  }));
  return { changes, counts: countChanges(changes) };
}

describe('semantic versions', () => {
  it.each([
    ['1.2.3', 'major', '2.0.0'],
    ['1.2.3', 'minor', '1.3.0'],
    ['1.2.3', 'patch', '1.2.4'],
    ['v0.1.0', 'major', '1.0.0'],
  ] as const)('bumps %s by %s to %s', (from, level, to) => {
    expect(bumpVersion(from, level)).toBe(to);
  });

  it.each([
    ['1.2.3', '2.0.0', 'major'],
    ['1.2.3', '1.3.0', 'minor'],
    ['1.2.3', '1.2.4', 'patch'],
    ['1.2.3', '1.2.3', 'none'],
    ['2.0.0', '1.9.9', 'none'],
  ] as const)('reads %s -> %s as a %s bump', (from, to, level) => {
    expect(bumpBetween(from, to)).toBe(level);
  });

  it('rejects a version that is not major.minor.patch', () => {
    expect(() => bumpVersion('1.2', 'patch')).toThrow(/not a semantic version/);
  });
});

describe('the bump a diff requires', () => {
  it.each<[string, DiffRuleId[], string]>([
    ['a breaking change', ['operation-added', 'operation-removed'], 'major'],
    ['a potentially breaking change', ['request-pattern-changed'], 'minor'],
    ['an addition', ['response-property-added'], 'minor'],
    ['only a deprecation', ['operation-deprecated'], 'patch'],
    ['no change', [], 'none'],
  ])('%s needs %s', (_name, ids, level) => {
    expect(requiredBump(result(...ids))).toBe(level);
  });
});

describe('planning a release', () => {
  it('proposes the last version bumped as required', () => {
    expect(planRelease(result('operation-removed'), '1.4.2')).toEqual({
      required: 'major',
      version: '2.0.0',
      bump: 'major',
      ok: true,
    });
  });

  it('refuses an intended version whose bump is smaller than the changes require', () => {
    expect(planRelease(result('operation-removed'), '1.4.2', '1.5.0')).toMatchObject({
      ok: false,
      bump: 'minor',
    });
    expect(planRelease(result('operation-added'), '1.4.2', '1.4.3')).toMatchObject({
      ok: false,
      required: 'minor',
    });
    expect(planRelease(result('operation-added'), '1.4.2', '2.0.0')).toMatchObject({
      ok: true,
      version: '2.0.0',
    });
  });

  it('writes a changeset naming the package, the bump and each change by class', () => {
    const diff = result('operation-removed', 'response-property-added', 'operation-deprecated');
    const text = renderChangeset('@acme/sdk', planRelease(diff, '1.0.0'), 'v1.0.0', diff);
    expect(text).toMatch(
      /^---\n"@acme\/sdk": major\n---\n\nAPI changes since v1\.0\.0 \(version 2\.0\.0\)\./,
    );
    expect(text).toContain(
      '### Breaking changes\n\n- GET /items: An operation was removed (`operation-removed`)',
    );
    expect(text).toContain(
      '### Additions\n\n- GET /items: A response property was added (`response-property-added`)',
    );
    expect(text).toContain(
      '### Other changes\n\n- GET /items: An operation was deprecated (`operation-deprecated`)',
    );
  });
});
