import { compareWithDisk } from './compare.js';
import type { Generation } from './generate.js';

/** What `checkGeneration` found, as absolute paths; all empty means the output folder is up to date. */
export interface CheckReport {
  /** Generated files whose bytes differ from what would be generated. */
  stale: string[];
  /** Generated files that do not exist. */
  missing: string[];
  /** Files carrying specloom's header that would no longer be generated. */
  extra: string[];
}

/**
 * Compares a generation with the disk without writing anything (`--check`).
 * Scaffold files are not part of the check: they belong to their authors.
 * @param producedElsewhere absolute paths other generations of the same run produce (never extra)
 */
export async function checkGeneration(
  generation: Generation,
  producedElsewhere: ReadonlySet<string> = new Set(),
): Promise<CheckReport> {
  const comparison = await compareWithDisk(generation, producedElsewhere);
  const generated = comparison.files.filter((file) => !file.scaffold);
  return {
    stale: generated.filter((file) => file.state === 'stale').map((file) => file.path),
    missing: generated.filter((file) => file.state === 'missing').map((file) => file.path),
    extra: comparison.extra,
  };
}

/** True when a check found nothing to regenerate. */
export function isClean(report: CheckReport): boolean {
  return report.stale.length === 0 && report.missing.length === 0 && report.extra.length === 0;
}
