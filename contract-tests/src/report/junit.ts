import type { Report } from '../types.js';

/**
 * JUnit XML for CI: one test suite per operation, one test case per check
 * that ran on it; a finding is a `<failure>` whose type is the check id.
 */
export function formatJUnit(report: Report): string {
  const byOperation = new Map<string, Report['findings']>();
  for (const row of report.coverage) byOperation.set(row.operation, []);
  for (const finding of report.findings)
    byOperation.set(finding.operation, [...(byOperation.get(finding.operation) ?? []), finding]);
  const casesOf = (operation: string) =>
    report.coverage.find((row) => row.operation === operation)?.cases ?? 0;
  const suites = [...byOperation.entries()]
    .filter(([operation, findings]) => findings.length > 0 || casesOf(operation) > 0)
    .map(([operation, findings]) => {
      const testcases =
        findings.length === 0
          ? [`    <testcase classname="${xml(operation)}" name="conforms (${casesOf(operation)} cases)"/>`]
          : findings.map(
              (finding) =>
                `    <testcase classname="${xml(operation)}" name="${xml(`${finding.check}: ${finding.caseId}`)}">\n` +
                `      <failure type="${finding.check}" message="${xml(finding.message)}">${xml(
                  [
                    `expected: ${finding.expected}`,
                    `actual: ${finding.actual}`,
                    ...(finding.jsonPath ? [`at: ${finding.jsonPath}`] : []),
                    `replay: ${finding.curl}`,
                  ].join('\n'),
                )}</failure>\n    </testcase>`,
            );
      return `  <testsuite name="${xml(operation)}" tests="${Math.max(1, findings.length)}" failures="${findings.length}">\n${testcases.join('\n')}\n  </testsuite>`;
    });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${xml(`contract tests: ${report.spec.title}`)}" tests="${report.cases}" failures="${report.findings.length}" time="${(report.durationMs / 1000).toFixed(3)}">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
}

/** XML 1.0 §2.2: only these characters may appear in a document at all. */
function isXmlChar(character: string): boolean {
  const code = character.codePointAt(0) ?? 0;
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    code >= 0x10000
  );
}

function xml(text: string): string {
  return [...text]
    .filter(isXmlChar)
    .join('')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}
