import type { Change, DiffResult } from '../diff/types.js';
import { isAddition, type ReleasePlan } from './plan.js';

const MAX_LINES_PER_SECTION = 50;

function line(change: Change): string {
  const operation = change.operation ? `${change.operation}: ` : '';
  return `- ${operation}${change.message} (\`${change.id}\`)`;
}

function section(title: string, changes: Change[]): string[] {
  if (changes.length === 0) return [];
  const shown = changes.slice(0, MAX_LINES_PER_SECTION).map(line);
  if (changes.length > shown.length) shown.push(`- ... and ${changes.length - shown.length} more`);
  return [`### ${title}`, '', ...shown, ''];
}

/** A human summary of a diff, grouped the way a changelog reader asks: what breaks, what is new, what else. */
export function summarizeChanges(result: DiffResult): string {
  const breaking = result.changes.filter((change) => change.class === 'breaking');
  const review = result.changes.filter((change) => change.class === 'potentially-breaking');
  const additions = result.changes.filter((change) => change.class === 'non-breaking' && isAddition(change));
  const other = result.changes.filter((change) => change.class === 'non-breaking' && !isAddition(change));
  const lines = [
    ...section('Breaking changes', breaking),
    ...section('Potentially breaking changes', review),
    ...section('Additions', additions),
    ...section('Other changes', other),
  ];
  return lines.length === 0 ? 'No API changes.\n' : `${lines.join('\n').trimEnd()}\n`;
}

/**
 * A changeset file (the `.changeset/*.md` format of @changesets/cli): front
 * matter naming the package and bump, then the summary.
 */
export function renderChangeset(
  packageName: string,
  plan: ReleasePlan,
  since: string,
  result: DiffResult,
): string {
  const bump = plan.bump === 'none' ? 'patch' : plan.bump;
  const header = `API changes since ${since} (version ${plan.version}).`;
  return `---\n${JSON.stringify(packageName)}: ${bump}\n---\n\n${header}\n\n${summarizeChanges(result)}`;
}
