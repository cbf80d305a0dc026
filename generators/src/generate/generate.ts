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
  /**
   * Targets another thread emits for this entry (see `startOffload`); the
   * rest are emitted here. The result is the same either way.
   */
  offloaded?: OffloadedTargets;
  /** Called after each target has emitted, in target order (for progress lines). */
  onTargetDone?: (timing: TargetTiming) => void;
}

/** The targets of one entry that another thread emits, and how to collect what it emitted. */
export interface OffloadedTargets {
  names: ReadonlySet<string>;
  /**
   * The outputs by target name, once that thread is done. A target missing
   * from the map (that thread could not load the spec, or loaded a model with
   * another hash) is emitted here.
   * @throws Error when a target failed there, as it would have here
   */
  outputs(modelHash: string): Promise<ReadonlyMap<string, TargetOutput>>;
}

/** One target's stamped files and warnings, and how long it took. */
export interface TargetOutput {
  files: GeneratedFile[];
  warnings: Diagnostic[];
  milliseconds: number;
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
  // Outputs are taken in target order, each as soon as it and every target before it are done.
  let next = 0;
  const take = (outputs: ReadonlyMap<string, TargetOutput>): void => {
    for (let target = targets[next]; target !== undefined; target = targets[++next]) {
      const output = outputs.get(target.name);
      if (output === undefined) return;
      for (const file of output.files) {
        const key = `${file.scaffold === true ? 'scaffold' : 'out'}:${file.path}`;
        const owner = owners.get(key);
        if (owner !== undefined)
          throw new Error(`Targets "${owner}" and "${target.name}" both produce ${file.path}`);
        owners.set(key, target.name);
        files.push(file);
      }
      warnings.push(...output.warnings);
      const timing = { target: target.name, files: output.files.length, milliseconds: output.milliseconds };
      timings.push(timing);
      options.onTargetDone?.(timing);
    }
  };
  const offloaded = options.offloaded;
  // This thread's targets first, while another thread emits the offloaded ones.
  const outputs = new Map<string, TargetOutput>();
  for (const target of targets) {
    if (offloaded?.names.has(target.name) === true) continue;
    outputs.set(target.name, await emitTarget(target, options.model, generatorVersion, options.options));
    take(outputs);
  }
  if (offloaded !== undefined) {
    const remote = await offloaded.outputs(options.model.hash);
    for (const target of targets) {
      if (outputs.has(target.name)) continue;
      // That thread could not emit from this model (its copy of the spec failed to load or differs): emit here.
      const output =
        remote.get(target.name) ??
        (await emitTarget(target, options.model, generatorVersion, options.options));
      outputs.set(target.name, output);
    }
    take(outputs);
  }
  const outDir = resolve(options.outDir);
  const packages = packagesOf(targets, options.options ?? {});
  return { outDir, scaffoldDir: resolve(options.scaffoldDir ?? outDir), files, warnings, timings, packages };
}

/**
 * Runs one target and stamps its non-scaffold files with the do-not-edit header.
 * @throws Error when the target produces a path outside its folder (a bug in the target)
 */
export async function emitTarget(
  target: Target,
  model: SpecModel,
  generatorVersion: string,
  options: Readonly<Record<string, Record<string, unknown>>> = {},
): Promise<TargetOutput> {
  const started = performance.now();
  const warnings: Diagnostic[] = [];
  const emitted = await target.emit({
    model,
    generatorVersion,
    options: options[target.name] ?? {},
    warn: (diagnostic) => warnings.push(diagnostic),
  });
  const files = emitted.map((file) => {
    assertRelativePath(file.path, target.name);
    return file.scaffold === true ? file : stamp(file, model, generatorVersion);
  });
  return { files, warnings, milliseconds: performance.now() - started };
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
