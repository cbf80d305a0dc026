import { relative } from 'node:path';
import { DIAGNOSTICS } from './codes.js';
import type { Diagnostic, Severity } from './types.js';

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Orders diagnostics by file, line, column, then severity and code, so output is stable. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort((a, b) => {
    const fileA = a.location?.file ?? '';
    const fileB = b.location?.file ?? '';
    if (fileA !== fileB) return fileA < fileB ? -1 : 1;
    const byLine = (a.location?.line ?? 0) - (b.location?.line ?? 0);
    if (byLine !== 0) return byLine;
    const byColumn = (a.location?.column ?? 0) - (b.location?.column ?? 0);
    if (byColumn !== 0) return byColumn;
    const bySeverity = SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity];
    if (bySeverity !== 0) return bySeverity;
    return a.code < b.code
      ? -1
      : a.code > b.code
        ? 1
        : a.message < b.message
          ? -1
          : a.message > b.message
            ? 1
            : 0;
  });
}

/** Counts per severity. */
export function countBySeverity(diagnostics: readonly Diagnostic[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const diagnostic of diagnostics) counts[diagnostic.severity] += 1;
  return counts;
}

/**
 * One line per diagnostic: `file:line:col severity CODE message`, the file
 * relative to `cwd` (editors and CI annotate from this shape).
 * @param fallbackFile shown for diagnostics that carry no location
 */
export function formatDiagnosticLine(diagnostic: Diagnostic, cwd: string, fallbackFile = '-'): string {
  const where = diagnostic.location
    ? `${displayPath(diagnostic.location.file, cwd)}:${diagnostic.location.line}:${diagnostic.location.column}`
    : fallbackFile;
  return `${where} ${diagnostic.severity} ${diagnostic.code} ${diagnostic.message}`;
}

/** `2 errors, 1 warning` style summary; `no problems` when empty. */
export function formatSummary(diagnostics: readonly Diagnostic[]): string {
  const counts = countBySeverity(diagnostics);
  const parts = (['error', 'warning', 'info'] as const)
    .filter((severity) => counts[severity] > 0)
    .map((severity) => `${counts[severity]} ${severity}${counts[severity] === 1 ? '' : 's'}`);
  return parts.length === 0 ? 'no problems' : parts.join(', ');
}

/** A JSON-ready record of a diagnostic, with its registered help text and a cwd-relative file. */
export function diagnosticRecord(diagnostic: Diagnostic, cwd: string): Record<string, unknown> {
  const definition = (DIAGNOSTICS as Record<string, { help: string } | undefined>)[diagnostic.code];
  return {
    code: diagnostic.code,
    severity: diagnostic.severity,
    message: diagnostic.message,
    ...(definition ? { help: definition.help } : {}),
    ...(diagnostic.location
      ? {
          file: displayPath(diagnostic.location.file, cwd),
          line: diagnostic.location.line,
          column: diagnostic.location.column,
        }
      : {}),
    ...(diagnostic.pointer !== undefined ? { pointer: diagnostic.pointer } : {}),
  };
}

/** Path relative to `cwd` with forward slashes; absolute when it lies outside `cwd`'s drive. */
export function displayPath(file: string, cwd: string): string {
  const path = relative(cwd, file);
  return (path === '' ? file : path).split('\\').join('/');
}
