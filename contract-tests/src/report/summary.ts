import type { CheckId, Finding, Report, UnauthorizedRun } from '../types.js';
import type { FindingGroup } from './group.js';

/** The human summary: totals, findings grouped by check with a curl line each, and the coverage table. */
export function formatSummary(report: Report, options: { coverage?: boolean } = {}): string {
  const lines: string[] = [];
  const kinds = Object.entries(report.casesByKind)
    .filter(([, count]) => count > 0)
    .map(([kind, count]) => `${count} ${kind}`)
    .join(', ');
  lines.push(
    `Contract tests of ${report.spec.title} ${report.spec.version} against ${report.baseUrl} (seed ${report.seed})`,
  );
  lines.push(
    `${report.cases} cases (${kinds || 'none'}) in ${(report.durationMs / 1000).toFixed(1)} s; ${report.operations.exercised}/${report.operations.total} operations exercised`,
  );
  if (report.stoppedEarly) lines.push(`Stopped early: ${report.stoppedEarly} reached.`);
  if (report.unauthorized) lines.push('', ...formatUnauthorized(report.unauthorized));
  lines.push('');
  const groups = report.groups ?? [];
  if (groups.length === 0)
    lines.push(
      report.unauthorized
        ? `No findings, but ${report.unauthorized.operations.length} operation(s) were only tested up to their authentication (see the warning above).`
        : 'No findings.',
    );
  else {
    const allowed = groups.filter((group) => group.allowed !== undefined).length;
    lines.push(
      `${groups.length} finding(s) from ${report.findings.length} failing check(s), grouped by cause${allowed > 0 ? `; ${allowed} allowed by the config` : ''}:`,
    );
    for (const [check, ofCheck] of groupByCheck(groups)) {
      lines.push('', `${check} (${ofCheck.length})`);
      for (const group of ofCheck) {
        const [first = '', ...rest] = formatFinding(group.example);
        const count = group.count > 1 ? ` x${group.count}` : '';
        const allowedNote = group.allowed ? [`    allowed:  ${group.allowed}`] : [];
        lines.push(
          `  ${first}${count}`,
          ...rest.map((line) => `  ${line}`),
          ...allowedNote.map((line) => `  ${line}`),
        );
      }
    }
  }
  if (report.notes.length > 0) lines.push('', 'Notes:', ...report.notes.map((note) => `  - ${note}`));
  if (options.coverage ?? true) lines.push('', formatCoverage(report));
  return `${lines.join('\n')}\n`;
}

/**
 * The warning for a run that never got past authentication: first in the
 * summary, since every other line (no findings, coverage) means little
 * until it is fixed.
 */
export function formatUnauthorized(unauthorized: UnauthorizedRun): string[] {
  const count = unauthorized.operations.length;
  const who =
    unauthorized.secured === count
      ? `${count} of ${unauthorized.securedTotal} secured operation(s)`
      : `${count} operation(s) (${unauthorized.secured} of the ${unauthorized.securedTotal} the spec secures)`;
  const shown = unauthorized.operations.slice(0, 5).join(', ');
  const more = count > 5 ? ` and ${count - 5} more` : '';
  return [
    `WARNING: ${who} answered 401/403 to every valid request, so nothing behind their authentication was tested: ${shown}${more}.`,
    `  What to do: ${unauthorized.advice}.`,
    '  --fail-on-unauthorized (or test.failOnUnauthorized in the config) makes such a run fail.',
  ];
}

/** One finding as a few indented lines: what failed, expected vs actual, where, and how to replay it. */
export function formatFinding(finding: Finding): string[] {
  return [
    `- ${finding.operation} [${finding.caseKind}: ${finding.caseId.split(':').slice(2).join(':')}]`,
    `    ${finding.message}`,
    `    expected: ${finding.expected}`,
    `    actual:   ${finding.actual}`,
    ...(finding.jsonPath ? [`    at:       ${finding.jsonPath}`] : []),
    ...(finding.shrunk
      ? [
          `    shrunk:   the smallest request that still fails (${finding.shrunk.steps} step(s) from the generated one)`,
        ]
      : []),
    `    replay:   ${finding.curl}`,
  ];
}

/** Operation x documented status: `+` exercised, `.` documented but never seen; undocumented statuses seen are listed. */
export function formatCoverage(report: Report): string {
  const rows = report.coverage.map((row) => {
    const statuses = Object.entries(row.statuses)
      .map(([status, seen]) => `${status}${seen ? '+' : '.'}`)
      .join(' ');
    const extra = row.undocumented.length > 0 ? `  undocumented seen: ${row.undocumented.join(', ')}` : '';
    const branches = report.branches?.byOperation[row.operation];
    return [
      `${row.method} ${row.path}`,
      row.operation,
      String(row.cases),
      branches ? `${branches.exercised}/${branches.total}` : '-',
      `${statuses}${extra}`,
    ];
  });
  const header = ['endpoint', 'operation', 'cases', 'branches', 'statuses (+ exercised, . not exercised)'];
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const format = (row: string[]) =>
    row
      .map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column] ?? 0)))
      .join('  ')
      .trimEnd();
  const documented = report.coverage.reduce((sum, row) => sum + Object.keys(row.statuses).length, 0);
  const exercised = report.coverage.reduce(
    (sum, row) => sum + Object.values(row.statuses).filter(Boolean).length,
    0,
  );
  const branches = report.branches;
  const operations = `${report.operations.exercised}/${report.operations.total} operations`;
  const branchLine = branches
    ? `, ${branches.exercised}/${branches.total} request branches (optional parameters sent/omitted, enum values, oneOf/anyOf alternatives)`
    : '';
  return [
    `Coverage: ${operations}, ${exercised}/${documented} documented responses exercised${branchLine}`,
    format(header),
    ...rows.map(format),
  ].join('\n');
}

function groupByCheck(groups: FindingGroup[]): Map<CheckId, FindingGroup[]> {
  const byCheck = new Map<CheckId, FindingGroup[]>();
  for (const group of groups) byCheck.set(group.check, [...(byCheck.get(group.check) ?? []), group]);
  return byCheck;
}
