import { join, relative, resolve, sep } from 'node:path';
import { ArgumentError, parseCliArgs } from '../cli/args.js';
import { loadConfig } from '../config/index.js';
import { TARGET_NAMES } from './target-names.js';

/** One output folder and what to generate into it. */
export interface OutputEntry {
  /** Absolute output folder. */
  out: string;
  targets: string[];
  /** Options per target name. */
  options: Record<string, Record<string, unknown>>;
  /**
   * Absolute folder for scaffold (write-once) files: the one the user named
   * (`--scaffold` or the config's `scaffold.dir`); without one nothing is scaffolded.
   */
  scaffoldDir?: string;
}

/** What one invocation of `specloom generate` does, however it was configured. */
export interface GenerateJob {
  /** Absolute path of the root spec file. */
  spec: string;
  entries: OutputEntry[];
  check: boolean;
  watch: boolean;
  debounceMs: number;
  cache: boolean;
  /** Write even into output folders holding files specloom did not write (those files are still never removed). */
  force: boolean;
  /** Print one JSON report on stdout (progress goes to stderr). */
  json: boolean;
  /** Threads to emit on (`--threads`); without it, `defaultThreads` decides by the spec's size. */
  threads?: number;
  /** The config file the job came from, if any. */
  configPath?: string;
}

/** The command line does not make sense; the message says why. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/**
 * Turns `specloom generate` arguments (and `specloom.config.*` when needed)
 * into a job:
 * - with `--out`: one folder, the targets of `--targets` (default all), the
 *   spec of `--spec` (default the config's);
 * - without: the config's `generate` entries, the spec of `--spec` or the config.
 * Scaffolds go only where the user said: `--scaffold`, else the config's
 * `scaffold.dir` (when the config's own spec is generated); otherwise none
 * are written (the command says how to get them). A `--spec` that is not the
 * config's never writes into the config's output folders: it needs `--out`.
 * @throws UsageError on bad arguments; ConfigError when the config cannot be loaded
 */
export async function resolveJob(argv: readonly string[], cwd: string): Promise<GenerateJob> {
  let values: ReturnType<typeof parse>['values'];
  try {
    ({ values } = parse(argv));
  } catch (error) {
    if (error instanceof ArgumentError) throw new UsageError(error.message);
    throw error;
  }
  if (values.check && values.watch) throw new UsageError('--check and --watch cannot be combined');
  if (values.targets !== undefined && values.out === undefined)
    throw new UsageError('--targets needs --out (config entries list their own targets)');
  const debounceMs = values.debounce === undefined ? 100 : Number(values.debounce);
  if (!Number.isInteger(debounceMs) || debounceMs < 0)
    throw new UsageError(`--debounce expects a whole number of milliseconds, got "${values.debounce}"`);

  const threads = values.threads === undefined ? undefined : Number(values.threads);
  if (threads !== undefined && (!Number.isInteger(threads) || threads < 1))
    throw new UsageError(`--threads expects a whole number of at least 1, got "${values.threads}"`);

  const needsConfig = values.config !== undefined || values.out === undefined || values.spec === undefined;
  const config = needsConfig ? await loadConfig(cwd, values.config) : undefined;
  if (needsConfig && config === undefined) {
    throw new UsageError(
      'no specloom.config.ts found here or in a parent folder; pass --spec <file> and --out <dir>',
    );
  }
  const spec = values.spec !== undefined ? resolve(cwd, values.spec) : config?.spec;
  if (spec === undefined) throw new UsageError('no spec: pass --spec <file> or set `spec` in the config');
  if (values.out === undefined && config !== undefined && spec !== config.spec) {
    // The config's output folders hold the code of the config's spec; another spec's output would replace it.
    throw new UsageError(
      `--spec ${values.spec} is not the spec of ${config.configPath} (${config.spec}), so its output cannot go into that config's folders; pass --out <dir> for this spec's output`,
    );
  }
  const configuredScaffold =
    values.scaffold !== undefined ? resolve(cwd, values.scaffold) : config?.scaffold?.dir;
  const scaffold = configuredScaffold !== undefined ? { scaffoldDir: configuredScaffold } : {};

  let entries: OutputEntry[];
  if (values.out !== undefined) {
    const out = resolve(cwd, values.out);
    entries = [
      {
        out,
        targets: targetList(values.targets),
        options: {},
        ...scaffold,
      },
    ];
  } else {
    const configured = config?.generate ?? [];
    if (configured.length === 0)
      throw new UsageError(
        `${config?.configPath ?? 'the config'} has no \`generate\` entries; add one or pass --out <dir>`,
      );
    entries = configured.map((entry) => ({
      out: entry.out,
      targets: entry.targets,
      options: entry.options ?? {},
      ...scaffold,
    }));
  }
  return {
    spec,
    entries: entries.map(withScaffoldImport),
    check: values.check,
    watch: values.watch,
    debounceMs,
    cache: !values['no-cache'],
    force: values.force,
    json: values.json,
    ...(threads !== undefined ? { threads } : {}),
    ...(config !== undefined ? { configPath: config.configPath } : {}),
  };
}

/**
 * Scaffolded service stubs import the generated handler contracts; the
 * emitter cannot know where the two folders are, the job does. Unless the
 * config sets \`server.scaffoldImport\`, it is the path from a stub
 * (\`<scaffold>/<tag>/<tag>.service.ts\`) to \`<out>/server/handlers.ts\`.
 */
function withScaffoldImport(entry: OutputEntry): OutputEntry {
  if (entry.scaffoldDir === undefined || entry.options.server?.scaffoldImport !== undefined) return entry;
  let path = relative(join(entry.scaffoldDir, 'tag'), join(entry.out, 'server', 'handlers.js'))
    .split(sep)
    .join('/');
  if (!path.startsWith('.')) path = `./${path}`;
  return {
    ...entry,
    options: { ...entry.options, server: { ...entry.options.server, scaffoldImport: path } },
  };
}

function parse(argv: readonly string[]) {
  return parseCliArgs({
    args: [...argv],
    strict: true,
    allowPositionals: false,
    options: {
      config: { type: 'string' },
      spec: { type: 'string' },
      out: { type: 'string' },
      targets: { type: 'string' },
      scaffold: { type: 'string' },
      check: { type: 'boolean', default: false },
      watch: { type: 'boolean', default: false },
      debounce: { type: 'string' },
      threads: { type: 'string' },
      'no-cache': { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    },
  });
}

function targetList(option: string | undefined): string[] {
  if (option === undefined) return [...TARGET_NAMES];
  const names = option
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
  if (names.length === 0) throw new UsageError('--targets needs at least one target name');
  return names;
}
