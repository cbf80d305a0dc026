import { describe, expect, it } from 'vitest';
import { type Finding, failingGroups, groupFindings, parseFailOn } from '../src/index.js';
import { applyAllowList } from '../src/report/allow.js';

function finding(overrides: Partial<Finding>): Finding {
  return {
    check: 'response_schema_conformance',
    operation: 'listThings',
    caseId: 'listThings:positive:generated',
    caseKind: 'positive',
    message: 'body breaks the schema',
    expected: '{"type":"string"}',
    actual: '200 application/json: 5',
    request: { method: 'GET', url: 'http://x/things' },
    curl: 'curl -i -X GET http://x/things?limit=10',
    status: 200,
    ...overrides,
  };
}

describe('findings grouped by cause', () => {
  it('collapses array indexes: one cause, counted, with the shortest repro', () => {
    const groups = groupFindings(
      Array.from({ length: 25 }, (_, index) =>
        finding({
          jsonPath: `$.items[${index}].name`,
          curl: `curl -i -X GET http://x/things?limit=${index + 10}`,
        }),
      ),
    );
    expect(groups).toHaveLength(1);
    expect(groups[0]?.count).toBe(25);
    expect(groups[0]?.example.curl).toBe('curl -i -X GET http://x/things?limit=10');
  });

  it.each([
    ['another status', { status: 500 }],
    ['another operation', { operation: 'getThing' }],
    ['another place in the body', { jsonPath: '$.items[0].id' }],
    ['another check', { check: 'not_a_server_error' as const }],
  ])('keeps %s apart', (_name, overrides) => {
    expect(
      groupFindings([
        finding({ jsonPath: '$.items[0].name' }),
        finding({ jsonPath: '$.items[0].name', ...overrides }),
      ]),
    ).toHaveLength(2);
  });
});

describe('--fail-on and the allow-list', () => {
  const groups = groupFindings([
    finding({ check: 'not_a_server_error', status: 500 }),
    finding({ check: 'status_code_conformance', status: 422 }),
    finding({ check: 'status_code_conformance', status: 415 }),
  ]);

  it.each([
    ['all', 3],
    ['not_a_server_error', 1],
    ['status_code_conformance=1', 2],
    ['status_code_conformance=2', 0],
    ['problem_format', 0],
  ])('%s fails on %i groups', (text, count) => {
    expect(failingGroups(groups, parseFailOn(text))).toHaveLength(count);
  });

  it('names the bad entry', () => {
    expect(() => parseFailOn('no_such_check')).toThrow(/unknown check "no_such_check"/);
    expect(() => parseFailOn('not_a_server_error=x')).toThrow(/whole number/);
  });

  it('marks allowed groups and never fails on them', () => {
    const marked = applyAllowList(groups, [
      {
        check: 'status_code_conformance',
        operation: 'list*',
        status: 422,
        reason: 'framework answers 422; spec fix planned',
      },
    ]);
    expect(marked.filter((group) => group.allowed).map((group) => group.example.status)).toEqual([422]);
    expect(failingGroups(marked, parseFailOn('all'))).toHaveLength(2);
  });
});
