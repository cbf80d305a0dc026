import { join, relative } from 'node:path';
import { ConfigError } from '../../config/index.js';
import type { Diagnostic } from '../../diagnostics/types.js';
// Only what an up-to-date run needs is imported up front; the loader and the
// emitters (typescript, openapi-typescript, ...) are imported after a cache miss.
import { cacheKey, defaultCacheDir, isUpToDate } from '../../generate/cache.js';
import type { Comparison } from '../../generate/compare.js';
import type { Generation } from '../../generate/generate.js';
import { type GenerateJob, resolveJob, UsageError } from '../../generate/job.js';
import { TARGET_NAMES } from '../../generate/target-names.js';
import type { LoadedSpec } from '../../load/index.js';
import { buildFingerprint, GENERATOR_VERSION } from '../../version.js';
import type { Command, CommandIO } from '../command.js';
import { showsProgress } from '../progress.js';
import { usageLine } from '../usage-line.js';

const USAGE = `Usage: specloom generate [--config <file>] [options]
       specloom generate --spec <file> --out <dir> [--targets <list>] [options]

Generates code from an OpenAPI document into output folders that specloom
owns: files it no longer produces are removed, files it did not write are
never removed, and a folder holding such files is refused (see --force).
Without --out, the \`generate\` entries of specloom.config.ts (found in this
folder or a parent) say what goes where; a --spec other than the config's
needs --out. Afterwards it lists the npm packages the generated code imports
and an \`npm install\` line for the ones the project does not declare.

Options:
  --config <file>     The config file (default: the nearest specloom.config.*)
  --spec <file>       The root file of the OpenAPI document (default: the config's)
  --out <dir>         One output folder, instead of the config's entries
  --targets <list>    With --out: comma-separated targets (default: all): ${TARGET_NAMES.join(', ')}
                      Targets a requested target depends on are always included.
  --scaffold <dir>    Folder for write-once starting points such as service stubs (default:
                      the config's scaffold.dir; without either, none are created)
  --check             Write nothing; exit 1 listing stale, missing and extra files
  --watch             Regenerate whenever the spec or a file it references changes
  --debounce <ms>     Quiet period before a watch-mode run (default: 100)
  --threads <n>       Threads to emit on; each extra one loads the spec again (default: 2 for a
                      root spec file of 1 MB or more when a core is idle, else 1)
  --no-cache          Regenerate even when nothing changed since the last run
  --force             Write even into an output folder holding files specloom did not write
                      (they are never removed; one at a generated path is replaced)
  --json              Print what was written and the packages the output imports as JSON

Exit codes: 0 done (or up to date), 1 --check found drift, 2 bad usage or a
spec that cannot be loaded (then nothing is written).
`;

/** Outcome of one run: its exit code and, when the spec loaded, the files it was read from (for watch mode). */
interface RunOutcome {
  exitCode: number;
  specFiles?: readonly string[];
}

const command: Command = {
  name: 'generate',
  summary: 'Generate types, validators, server routing and the SDK from the spec',
  usage: USAGE,
  async run(argv, io) {
    let job: GenerateJob;
    try {
      job = await resolveJob(argv, io.cwd);
    } catch (error) {
      if (error instanceof ConfigError) {
        for (const diagnostic of error.diagnostics) io.stderr(`${formatDiagnostic(diagnostic, io)}\n`);
        return 2;
      }
      if (!(error instanceof UsageError)) throw error;
      io.stderr(usageLine('generate', error.message));
      return 2;
    }
    if (!job.watch) return runGenerate(job, io);
    const controller = new AbortController();
    const stop = (): void => controller.abort();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    try {
      return await watchGenerate(job, io, controller.signal);
    } finally {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
    }
  },
};

export default command;

/** Runs a job once: load, generate every entry, then write (or check). Resolves to the exit code. */
export async function runGenerate(job: GenerateJob, io: CommandIO): Promise<number> {
  return (await runOnce(job, io)).exitCode;
}

/**
 * Runs a job, then again after every change to the spec's files until
 * `signal` aborts. Errors are printed and watching goes on.
 */
export async function watchGenerate(job: GenerateJob, io: CommandIO, signal: AbortSignal): Promise<number> {
  // The cache would hide a failing spec's diagnostics behind "up to date"; a watcher always regenerates.
  const watchJob = { ...job, cache: false };
  const first = await runOnce(watchJob, io);
  const { startWatchLoop } = await import('../../generate/watch.js');
  const loop = startWatchLoop({
    files: first.specFiles ?? [job.spec],
    debounceMs: job.debounceMs,
    regenerate: async () => {
      io.stdout(`\n[${new Date().toISOString().slice(11, 19)}] change detected, regenerating\n`);
      return (await runOnce(watchJob, io)).specFiles;
    },
    onError: (error) =>
      io.stderr(`specloom generate: ${error instanceof Error ? error.message : String(error)}\n`),
  });
  io.stdout('Watching the spec for changes (Ctrl+C to stop).\n');
  await new Promise<void>((resolveWait) => {
    if (signal.aborted) resolveWait();
    else signal.addEventListener('abort', () => resolveWait(), { once: true });
  });
  await loop.close();
  return 0;
}

async function runOnce(job: GenerateJob, io: CommandIO): Promise<RunOutcome> {
  // With --json, stdout carries one JSON document; the progress lines go to stderr.
  const say = job.json ? io.stderr : io.stdout;
  const started = performance.now();
  const key = cacheKey({
    generatorVersion: GENERATOR_VERSION,
    generatorBuild: buildFingerprint(),
    spec: job.spec,
    entries: job.entries,
  });
  const cacheDir = defaultCacheDir(io.cwd);
  if (job.cache && !job.check && (await isUpToDate(cacheDir, key))) {
    say(
      `Up to date: the spec and the generated files are unchanged since the last run (${elapsed(started)}).\n`,
    );
    if (job.json) io.stdout(`${JSON.stringify({ upToDate: true }, null, 2)}\n`);
    return { exitCode: 0 };
  }

  // Other threads load the spec and emit part of the targets while this one loads the emitters and the spec.
  const { defaultThreads, startOffload } = await import('../../generate/offload.js');
  const offload = startOffload({
    spec: job.spec,
    entries: job.entries,
    threads: job.threads ?? defaultThreads(job.spec),
  });
  const [{ loadSpec, SpecLoadError }, pipeline, { TARGETS }] = await Promise.all([
    import('../../load/index.js'),
    import('../../generate/index.js'),
    import('../../targets/registry.js'),
  ]);
  const { generate, producedByOthers, recordRun, TargetResolutionError } = pipeline;
  let spec: LoadedSpec;
  try {
    spec = await loadSpec(job.spec);
  } catch (error) {
    await offload?.close();
    if (!(error instanceof SpecLoadError)) throw error;
    for (const diagnostic of error.diagnostics) io.stderr(`${formatDiagnostic(diagnostic, io)}\n`);
    io.stderr('specloom generate: the spec could not be loaded; nothing was written.\n');
    return { exitCode: 2 };
  }
  const operations = spec.model.operations.length;
  say(
    `Loaded ${displayPath(io, job.spec)} ("${spec.model.title}" ${spec.model.version}${showsProgress(operations) ? `, ${operations} operations` : ''}) in ${elapsed(started)}\n`,
  );

  const offloadedOf = (index: number) => {
    const offloaded = offload?.forEntry(index, TARGETS);
    return offloaded !== undefined ? { offloaded } : {};
  };
  const generations: Generation[] = [];
  let scaffoldsSkipped = 0;
  try {
    for (const [index, entry] of job.entries.entries()) {
      if (showsProgress(operations) && job.entries.length > 1)
        say(`[${index + 1}/${job.entries.length}] ${displayPath(io, entry.out)}\n`);
      const generation = await generate({
        model: spec.model,
        targets: entry.targets,
        outDir: entry.out,
        ...(entry.scaffoldDir !== undefined ? { scaffoldDir: entry.scaffoldDir } : {}),
        options: entry.options,
        ...offloadedOf(index),
        onTargetDone: (timing) =>
          say(
            `  ${timing.target.padEnd(8)} ${String(timing.files).padStart(4)} file${timing.files === 1 ? ' ' : 's'} ${String(Math.round(timing.milliseconds)).padStart(6)} ms  -> ${displayPath(io, entry.out)}\n`,
          ),
      });
      if (entry.scaffoldDir === undefined) {
        // Nobody named a folder for write-once starting points: create none rather than guess where they go.
        scaffoldsSkipped += generation.files.filter((file) => file.scaffold === true).length;
        generation.files = generation.files.filter((file) => file.scaffold !== true);
      }
      generations.push(generation);
    }
  } catch (error) {
    if (!(error instanceof TargetResolutionError)) throw error;
    io.stderr(usageLine('generate', error.message));
    return { exitCode: 2, specFiles: spec.files };
  } finally {
    await offload?.close();
  }
  // Targets report a pointer into the bundled document; print the source file:line it came from.
  const located = generations
    .flatMap((generation) => generation.warnings)
    .map((warning) => {
      const location =
        warning.location ?? (warning.pointer === undefined ? undefined : spec.locate(warning.pointer));
      return location === undefined ? warning : { ...warning, location };
    });
  printWarnings([...spec.diagnostics, ...located], io);

  if (job.check) return { exitCode: await reportCheck(pipeline, generations, io), specFiles: spec.files };

  const others = producedByOthers(generations);
  if (!job.force) {
    const refusal = await foreignFilesRefusal(pipeline, generations, io);
    if (refusal !== undefined) {
      io.stderr(refusal);
      return { exitCode: 2, specFiles: spec.files };
    }
  }
  const comparisons = await Promise.all(
    generations.map((generation, index) => pipeline.compareWithDisk(generation, others[index])),
  );
  // Listed before anything is created: scaffolds land outside the output folder and then belong to the user.
  const toScaffold = comparisons.flatMap((comparison) =>
    comparison.files.filter((file) => file.scaffold && file.state === 'missing').map((file) => file.path),
  );
  if (toScaffold.length > 0) {
    say(
      `Creating ${toScaffold.length} scaffold file${toScaffold.length === 1 ? '' : 's'} (yours to edit, never overwritten):\n`,
    );
    for (const path of toScaffold) say(`  create   ${displayPath(io, path)}\n`);
  }

  const totals = { written: 0, unchanged: 0, removed: 0, scaffolded: 0 };
  const changes: { written: string[]; removed: string[]; scaffolded: string[] } = {
    written: [],
    removed: [],
    scaffolded: [],
  };
  for (const [index, generation] of generations.entries()) {
    const report = await pipeline.applyComparison(generation, comparisons[index] as Comparison);
    for (const path of report.removed) say(`  removed  ${displayPath(io, path)} (no longer generated)\n`);
    totals.written += report.written.length;
    totals.unchanged += report.unchanged.length;
    totals.removed += report.removed.length;
    totals.scaffolded += report.scaffolded.length;
    changes.written.push(...report.written);
    changes.removed.push(...report.removed);
    changes.scaffolded.push(...report.scaffolded);
  }
  if (job.cache) await recordRun(cacheDir, key, spec.files, generations);
  say(
    `Generated in ${elapsed(started)}: ${totals.written} written, ${totals.unchanged} unchanged, ${totals.removed} removed, ${totals.scaffolded} scaffolded.\n`,
  );
  if (scaffoldsSkipped > 0)
    say(
      `${scaffoldsSkipped} scaffold file${scaffoldsSkipped === 1 ? '' : 's'} (e.g. service stubs) not created: pass --scaffold <dir> (or set scaffold.dir in the config) to have them written there.\n`,
    );
  const needs = generations.map((generation) => ({
    out: generation.outDir,
    ...pipeline.packageReport(generation.packages, generation.outDir),
  }));
  if (job.json) {
    const shown = (paths: string[]) => paths.map((path) => displayPath(io, path));
    io.stdout(
      `${JSON.stringify(
        {
          upToDate: false,
          ...totals,
          scaffoldsSkipped,
          written: shown(changes.written),
          removed: shown(changes.removed),
          scaffolded: shown(changes.scaffolded),
          outputs: needs.map((need) => ({
            ...need,
            out: displayPath(io, need.out),
            ...(need.packageJson !== undefined ? { packageJson: displayPath(io, need.packageJson) } : {}),
          })),
        },
        null,
        2,
      )}\n`,
    );
  } else {
    printPackageNeeds(needs, io);
  }
  return { exitCode: 0, specFiles: spec.files };
}

/**
 * The refusal message when an output folder holds files specloom did not
 * write (say `--out .` or `--out src`), or `undefined` when writing is safe.
 */
async function foreignFilesRefusal(
  { findForeignFiles, hasHeader }: typeof import('../../generate/index.js'),
  generations: readonly Generation[],
  io: CommandIO,
): Promise<string | undefined> {
  const headerless = new Set(
    generations.flatMap((generation) =>
      generation.files
        .filter((file) => file.scaffold !== true && !hasHeader(file.contents))
        .map((file) => join(generation.outDir, file.path)),
    ),
  );
  for (const outDir of new Set(generations.map((generation) => generation.outDir))) {
    const foreign = await findForeignFiles(outDir, headerless);
    if (foreign.length === 0) continue;
    const examples =
      foreign.slice(0, 3).join(', ') + (foreign.length > 3 ? `, ... (${foreign.length} in all)` : '');
    return `specloom generate: ${displayPath(io, outDir)} holds files specloom did not write (${examples}); nothing was written. Generate into a folder of its own (e.g. --out ${displayPath(io, join(outDir, 'generated'))}), or pass --force to write there anyway (files specloom did not write are never removed).\n`;
  }
  return undefined;
}

/** What the generated code imports, per output folder, and one `npm install` line per folder for what is missing. */
function printPackageNeeds(
  needs: readonly ({ out: string } & import('../../generate/index.js').PackageReport)[],
  io: CommandIO,
): void {
  for (const need of needs) {
    if (need.packages.length === 0) continue;
    const where =
      need.packageJson !== undefined ? ` (checked against ${displayPath(io, need.packageJson)})` : '';
    io.stdout(`\nThe code in ${displayPath(io, need.out)} imports${where}:\n`);
    const width = Math.max(...need.packages.map((status) => `${status.name}@${status.range}`.length));
    for (const status of need.packages) {
      const state = status.declared !== undefined ? `declared ${status.declared}` : 'missing';
      io.stdout(
        `  ${`${status.name}@${status.range}`.padEnd(width)}  ${status.dev ? 'dev ' : '    '} ${state}\n`,
      );
    }
    for (const command of need.install) io.stdout(`  ${command}\n`);
  }
}

async function reportCheck(
  { checkGeneration, isClean, producedByOthers }: typeof import('../../generate/index.js'),
  generations: readonly Generation[],
  io: CommandIO,
): Promise<number> {
  let clean = true;
  const others = producedByOthers(generations);
  for (const [index, generation] of generations.entries()) {
    const report = await checkGeneration(generation, others[index]);
    if (isClean(report)) continue;
    clean = false;
    for (const path of report.stale) io.stdout(`  stale    ${displayPath(io, path)}\n`);
    for (const path of report.missing) io.stdout(`  missing  ${displayPath(io, path)}\n`);
    for (const path of report.extra) io.stdout(`  extra    ${displayPath(io, path)}\n`);
  }
  if (clean) {
    io.stdout('Generated files are up to date.\n');
    return 0;
  }
  io.stdout('Generated files are out of date: run "specloom generate".\n');
  return 1;
}

/** Loader findings and target warnings (degraded constructs); a large spec can have many, so only the first few are listed. */
function printWarnings(warnings: readonly Diagnostic[], io: CommandIO): void {
  const shown = io.debug ? warnings : warnings.slice(0, 20);
  for (const warning of shown) io.stderr(`${formatDiagnostic(warning, io)}\n`);
  if (shown.length < warnings.length)
    io.stderr(`... and ${warnings.length - shown.length} more warnings (run with --debug to list all).\n`);
}

/** `openapi/paths/tasks.yaml:12:5 error SPEC_REF_UNRESOLVED: message` (pointer when no line is known). */
function formatDiagnostic(diagnostic: Diagnostic, io: CommandIO): string {
  const where = diagnostic.location
    ? `${displayPath(io, diagnostic.location.file)}:${diagnostic.location.line}:${diagnostic.location.column} `
    : diagnostic.pointer !== undefined
      ? `${diagnostic.pointer} `
      : '';
  return `${where}${diagnostic.severity} ${diagnostic.code}: ${diagnostic.message}`;
}

function displayPath(io: CommandIO, path: string): string {
  const shown = relative(io.cwd, path);
  return shown === '' ? '.' : shown.startsWith('..') ? path : shown;
}

function elapsed(since: number): string {
  const milliseconds = performance.now() - since;
  return milliseconds < 1000 ? `${Math.round(milliseconds)} ms` : `${(milliseconds / 1000).toFixed(2)} s`;
}
