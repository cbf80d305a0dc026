import { isAbsolute } from 'node:path';
import { displayPath } from '../diagnostics/format.js';
import type { Change, ChangeClass, ChangeSide, DiffResult } from './types.js';

/** Output formats of `specloom diff`. */
export const DIFF_FORMATS = ['text', 'json', 'markdown'] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];

const CLASS_LABEL: Record<ChangeClass, string> = {
  breaking: 'breaking',
  'potentially-breaking': 'potentially breaking',
  'non-breaking': 'non-breaking',
};

function where(side: ChangeSide | undefined, cwd: string): string {
  if (side === undefined) return '-';
  if (side.location) return `${showFile(side.location.file, cwd)}:${side.location.line}`;
  return side.pointer;
}

/** Files of a git side are already written `ref:path`; only real paths are made relative. */
function showFile(file: string, cwd: string): string {
  return isAbsolute(file) ? displayPath(file, cwd) : file;
}

function summaryLine(result: DiffResult): string {
  const { counts } = result;
  return `${counts.breaking} breaking, ${counts['potentially-breaking']} potentially breaking, ${counts['non-breaking']} non-breaking`;
}

/** One line per change: class, rule id, operation, message, then head (or base) location. */
export function formatText(result: DiffResult, cwd: string): string {
  const lines = result.changes.map((change) => {
    // Prefer where the change now lives; fall back to base for removals.
    const side = change.head?.location
      ? change.head
      : change.base?.location
        ? change.base
        : (change.head ?? change.base);
    const location = where(side, cwd);
    const operation = change.operation ? ` ${change.operation}:` : '';
    return `${CLASS_LABEL[change.class].padEnd(20)} ${change.id}${operation} ${change.message} (${location})`;
  });
  lines.push(result.changes.length === 0 ? 'No changes.' : summaryLine(result));
  return `${lines.join('\n')}\n`;
}

/** Machine-readable: counts plus every change with both sides' pointers and locations (paths relative to `cwd`). */
export function formatJson(result: DiffResult, cwd: string): string {
  const relativeSide = (side: ChangeSide | undefined) =>
    side === undefined
      ? undefined
      : {
          pointer: side.pointer,
          ...(side.location
            ? { location: { ...side.location, file: showFile(side.location.file, cwd) } }
            : {}),
        };
  const changes = result.changes.map((change) => ({
    ...change,
    base: relativeSide(change.base),
    head: relativeSide(change.head),
  }));
  return `${JSON.stringify({ counts: result.counts, changes }, null, 2)}\n`;
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** A pull-request comment: a verdict, counts, and one table per class (non-breaking folded away). */
export function formatMarkdown(result: DiffResult, cwd: string): string {
  const { counts } = result;
  const verdict =
    counts.breaking > 0
      ? '**Breaking changes**: existing clients will fail.'
      : counts['potentially-breaking'] > 0
        ? '**Potentially breaking changes**: review before merging.'
        : 'No breaking changes.';
  const out = [
    '## API changes',
    '',
    verdict,
    '',
    `| breaking | potentially breaking | non-breaking |`,
    '|---:|---:|---:|',
  ];
  out.push(`| ${counts.breaking} | ${counts['potentially-breaking']} | ${counts['non-breaking']} |`, '');
  for (const changeClass of ['breaking', 'potentially-breaking', 'non-breaking'] as const) {
    const changes = result.changes.filter((change) => change.class === changeClass);
    if (changes.length === 0) continue;
    const fold = changeClass === 'non-breaking';
    out.push(
      fold
        ? `<details><summary>Non-breaking (${changes.length})</summary>\n`
        : `### ${CLASS_LABEL[changeClass]} (${changes.length})\n`,
    );
    out.push('| rule | operation | change | where |', '|---|---|---|---|');
    for (const change of changes) out.push(row(change, cwd));
    out.push(fold ? '\n</details>\n' : '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

function row(change: Change, cwd: string): string {
  const location = change.head ? where(change.head, cwd) : where(change.base, cwd);
  return `| \`${change.id}\` | ${escapeCell(change.operation ?? '-')} | ${escapeCell(change.message)} | \`${escapeCell(location)}\` |`;
}

/** Formats a diff result. */
export function formatDiff(result: DiffResult, format: DiffFormat, cwd: string): string {
  if (format === 'json') return formatJson(result, cwd);
  if (format === 'markdown') return formatMarkdown(result, cwd);
  return formatText(result, cwd);
}
