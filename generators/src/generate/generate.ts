import { join, resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics/types.js';
import type { SpecModel } from '../model/types.js';
import type { PackageNeed } from '../targets/package-needs.js';
import { TARGETS } from '../targets/registry.js';
import type { GeneratedFile, Target } from '../targets/types.js';
import { GENERATOR_VERSION } from '../version.js';
import { headerFor } from './header.js';
import { resolveTargets } from './resolve-targets.js';

export interface GenerateOptions {
  model: SpecModel;
  /** Target names; their dependencies are added (see `resolveTargets`). */
  targets: readonly string[];
  /** Folder the generated files belong to. */
  outDir: string;
  /** Folder for scaffold (write-once) files; defaults to `outDir`. */
  scaffoldDir?: string;
  /** Stamped into headers; defaults to this package's version. */
  generatorVersion?: string;
  /** Options per target name, as given in `specloom.config.ts`. */
  options?: Readonly<Record<string, Record<string, unknown>>>;
  /** Where target names are looked up; defaults to every built-in target. */
  registry?: ReadonlyMap<string, Target>;
  /** Called after each target has emitted (for progress lines). */
  onTargetDone?: (timing: TargetTiming) => void;
}

export interface TargetTiming {
  target: string;
  files: number;
  milliseconds: number;
}

/** Everything one `generate` entry produces, in memory, ready for `writeGeneration` or `checkGeneration`. */
export interface Generation {
  /** Absolute output folder. */
  outDir: string;
  /** Absolute scaffold folder. */
  scaffoldDir: string;
  /** Generated files (header included) in target order, then emit order. */
  files: GeneratedFile[];
  warnings: Diagnostic[];
  timings: TargetTiming[];
  /** npm packages the generated files import, from the targets' declarations (deduplicated, in target order). */
  packages: PackageNeed[];
}

/**
 * Runs the requested targets over a model and stamps every non-scaffold file
 * with the do-not-edit header. Touches no files: the result says what the
 * output folder should contain.
 * @throws TargetResolutionError for an unknown target name
 * @throws Error when two targets produce the same path (a bug in a target)
 */
export async function generate(options: GenerateOptions): Promise<Generation> {
  const generatorVersion = options.generatorVersion ?? GENERATOR_VERSION;
  const targets = resolveTargets(options.targets, options.registry ?? TARGETS);
  const files: GeneratedFile[] = [];
  const owners = new Map<string, string>();
  const warnings: Diagnostic[] = [];
  const timings: TargetTiming[] = [];
  for (const target of targets) {
    const started = performance.now();
    const emitted = await target.emit({
      model: options.model,
      generatorVersion,
      options: options.options?.[target.name] ?? {},
      warn: (diagnostic) => warnings.push(diagnostic),
    });
    for (const file of emitted) {
      assertRelativePath(file.path, target.name);
      const key = `${file.scaffold === true ? 'scaffold' : 'out'}:${file.path}`;
      const owner = owners.get(key);
      if (owner !== undefined)
        throw new Error(`Targets "${owner}" and "${target.name}" both produce ${file.path}`);
      owners.set(key, target.name);
      files.push(file.scaffold === true ? file : stamp(file, options.model, generatorVersion));
    }
    const timing = { target: target.name, files: emitted.length, milliseconds: performance.now() - started };
    timings.push(timing);
    options.onTargetDone?.(timing);
  }
  const outDir = resolve(options.outDir);
  const packages = packagesOf(targets, options.options ?? {});
  return { outDir, scaffoldDir: resolve(options.scaffoldDir ?? outDir), files, warnings, timings, packages };
}

/** What the targets' output imports, each package once (the first declaration of a name wins). */
function packagesOf(
  targets: readonly Target[],
  options: Readonly<Record<string, Record<string, unknown>>>,
): PackageNeed[] {
  const byName = new Map<string, PackageNeed>();
  for (const target of targets) {
    const declared =
      typeof target.packages === 'function' ? target.packages(options[target.name] ?? {}) : target.packages;
    for (const need of declared ?? []) if (!byName.has(need.name)) byName.set(need.name, need);
  }
  return [...byName.values()];
}

/** A target must never make the writer leave its folder. */
function assertRelativePath(path: string, target: string): void {
  const segments = path.split('/');
  if (
    path === '' ||
    path.startsWith('/') ||
    path.includes('\\') ||
    /^[A-Za-z]:/.test(path) ||
    segments.some((segment) => segment === '..' || segment === '' || segment === '.')
  ) {
    throw new Error(
      `Target "${target}" produced an invalid file path "${path}": paths are relative POSIX paths inside the output folder`,
    );
  }
}

function stamp(file: GeneratedFile, model: SpecModel, generatorVersion: string): GeneratedFile {
  const header = headerFor(file.path, model, generatorVersion, file.contents);
  return header === undefined ? file : { ...file, contents: header + file.contents };
}

/**
 * For each generation, the absolute paths the other generations produce: what
 * `writeGeneration` / `checkGeneration` must not treat as extra when several
 * config entries share or nest output folders.
 */
export function producedByOthers(generations: readonly Generation[]): ReadonlySet<string>[] {
  const pathsOf = generations.map(
    (generation) =>
      new Set(
        generation.files.map((file) =>
          join(file.scaffold === true ? generation.scaffoldDir : generation.outDir, file.path),
        ),
      ),
  );
  return pathsOf.map(
    (_own, index) => new Set(pathsOf.flatMap((paths, other) => (other === index ? [] : [...paths]))),
  );
}
