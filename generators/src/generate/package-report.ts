import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { PackageNeed } from '../targets/package-needs.js';

/** One package generated code imports, and whether the project that holds the output declares it. */
export interface PackageStatus extends PackageNeed {
  /** The range the project's package.json declares, when it does. */
  declared?: string;
}

/** What the generated output needs installed, for the printout after `generate` and for `--json`. */
export interface PackageReport {
  /** The package.json the output folders belong to (the nearest one above the first output folder), if any. */
  packageJson?: string;
  packages: PackageStatus[];
  /** `npm install` commands for the packages the project does not declare (runtime, then dev). */
  install: string[];
}

/**
 * Compares what the targets declare (`Target.packages`) with the nearest
 * package.json above the output folder, so the user learns every missing
 * package at once instead of one compiler error at a time.
 */
export function packageReport(needs: readonly PackageNeed[], outDir: string): PackageReport {
  const packageJson = nearestPackageJson(outDir);
  const declared = packageJson === undefined ? {} : declaredRanges(packageJson);
  const packages: PackageStatus[] = [];
  const seen = new Set<string>();
  for (const need of needs) {
    if (seen.has(need.name)) continue;
    seen.add(need.name);
    const range = declared[need.name];
    packages.push(range === undefined ? { ...need } : { ...need, declared: range });
  }
  const missing = packages.filter((status) => status.declared === undefined);
  const spec = (status: PackageStatus): string => shellWord(`${status.name}@${status.range}`);
  const runtime = missing.filter((status) => !status.dev).map(spec);
  const dev = missing.filter((status) => status.dev).map(spec);
  const install = [
    ...(runtime.length > 0 ? [`npm install ${runtime.join(' ')}`] : []),
    ...(dev.length > 0 ? [`npm install --save-dev ${dev.join(' ')}`] : []),
  ];
  return { ...(packageJson !== undefined ? { packageJson } : {}), packages, install };
}

function nearestPackageJson(from: string): string | undefined {
  for (let directory = from; ; directory = dirname(directory)) {
    const candidate = join(directory, 'package.json');
    if (existsSync(candidate)) return candidate;
    if (dirname(directory) === directory) return undefined;
  }
}

function declaredRanges(path: string): Record<string, string> {
  try {
    const manifest = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    const ranges: Record<string, string> = {};
    for (const field of ['peerDependencies', 'devDependencies', 'dependencies']) {
      const section = manifest[field];
      if (section !== null && typeof section === 'object') Object.assign(ranges, section);
    }
    return ranges;
  } catch {
    // An unreadable package.json declares nothing; the report then lists every package as missing.
    return {};
  }
}

/** Quotes a word for a POSIX shell when it holds characters the shell would interpret (`>=`, `^` is safe). */
function shellWord(word: string): string {
  return /^[\w@/.^~*-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
