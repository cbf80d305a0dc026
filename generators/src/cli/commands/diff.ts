import { readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { ConfigError, loadConfig } from '../../config/load.js';
import type { ResolvedConfig } from '../../config/types.js';
import { formatDiagnosticLine } from '../../diagnostics/format.js';
import { diffSpecs } from '../../diff/diff.js';
import { DIFF_FORMATS, type DiffFormat, formatDiff } from '../../diff/format.js';
import { explainMissingRef, readAtRef, repositoryRoot } from '../../diff/git.js';
import { type DiffSide, loadFileSide, loadRefSide, type MissingBase } from '../../diff/load-side.js';
import type { DiffResult } from '../../diff/types.js';
import { SpecLoadError } from '../../load/index.js';
import { majorOf } from '../../release/semver.js';
import { parseCliArgs } from '../args.js';
import type { Command, CommandIO } from '../command.js';
import { didYouMean } from '../suggest.js';
import { usageLine } from '../usage-line.js';

const USAGE = `Usage: specloom diff <base> <head> [options]
       specloom diff --base-ref <ref> [spec] [options]

Compares two versions of a spec by meaning (renamed components, $ref versus
inline and reordered oneOf alternatives are no change) and classifies every
change as breaking, potentially breaking or non-breaking, with a rule id, the
operation and the JSON pointer on each side.

Arguments:
  base, head            two spec files
  spec                  with --base-ref: the spec in the working tree (default: \`spec\` from specloom.config.*)

Options:
  --base-ref <ref>      compare against the spec as it was at this git ref (e.g. main, HEAD~1, v1.2.0)
  --format <f>          text | json | markdown (default: text)
  --fail-on <class>     exit 1 when a change of this class or worse exists: breaking | potentially-breaking
  --allow-major-from <package.json>
                        with --base-ref: pass even with breaking changes when this package's major
                        version is higher than at the base ref (the CI gate for a released SDK)
  --config <path>       config file (default: nearest specloom.config.*); \`diff.failOn\` sets --fail-on
  --debug               print stack traces of unexpected errors

With --base-ref, a ref that is not in the clone (first commit, shallow clone)
or a spec that did not exist there is reported and the command passes.

Exit codes: 0 no change at or above --fail-on, 1 such changes, 2 bad usage or a spec that could not be loaded.
`;

const FAIL_ON = ['breaking', 'potentially-breaking'] as const;
type FailOn = (typeof FAIL_ON)[number];

interface DiffArgs {
  positionals: string[];
  baseRef?: string;
  format: DiffFormat;
  failOn?: FailOn;
  allowMajorFrom?: string;
  config?: string;
}

const diff: Command = {
  name: 'diff',
  summary: 'Classify the changes between two versions of a spec (breaking or not)',
  usage: USAGE,
  async run(argv, io) {
    let args: DiffArgs;
    try {
      args = parseDiffArgs(argv);
    } catch (error) {
      io.stderr(usageLine('diff', (error as Error).message));
      return 2;
    }
    let config: ResolvedConfig | undefined;
    try {
      config = await loadConfig(io.cwd, args.config);
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      for (const diagnostic of error.diagnostics) io.stderr(`${formatDiagnosticLine(diagnostic, io.cwd)}\n`);
      return 2;
    }
    const failOn = args.failOn ?? configFailOn(config);
    if (failOn === null) {
      io.stderr(`specloom diff: diff.failOn in the config must be one of ${FAIL_ON.join(', ')}\n`);
      return 2;
    }

    let sides: { base: DiffSide; head: DiffSide } | MissingBase;
    try {
      sides = await loadSides(args, config, io);
    } catch (error) {
      if (error instanceof UsageError) {
        io.stderr(usageLine('diff', error.message));
        return 2;
      }
      if (!(error instanceof SpecLoadError)) throw error;
      for (const diagnostic of error.diagnostics) io.stderr(`${formatDiagnosticLine(diagnostic, io.cwd)}\n`);
      return 2;
    }
    if ('reason' in sides) {
      if (sides.reason === 'not-a-repository') {
        io.stderr(`specloom diff: ${sides.message}\n`);
        return 2;
      }
      if (sides.reason === 'ref-unavailable' && args.baseRef !== undefined) {
        const root = (await repositoryRoot(io.cwd)) ?? io.cwd;
        const why = await explainMissingRef(root, args.baseRef);
        if (why.kind === 'unknown') {
          io.stderr(
            `specloom diff: --base-ref ${args.baseRef} is not a commit, branch or tag of this repository${didYouMean(args.baseRef, why.names)}\n`,
          );
          return 2;
        }
      }
      io.stdout(`specloom diff: ${sides.message}; nothing to compare.\n`);
      return 0;
    }

    const result = diffSpecs(sides.base.spec.model, sides.head.spec.model, {
      locateBase: sides.base.locate,
      locateHead: sides.head.locate,
    });
    io.stdout(formatDiff(result, args.format, io.cwd));
    if (failOn === undefined || !exceeds(result, failOn)) return 0;
    if (args.allowMajorFrom !== undefined && args.baseRef !== undefined) {
      const allowed = await majorBumped(io.cwd, args.baseRef, args.allowMajorFrom);
      io.stderr(`specloom diff: ${allowed.message}\n`);
      if (allowed.ok) return 0;
    }
    return 1;
  },
};

export default diff;

class UsageError extends Error {}

function parseDiffArgs(argv: string[]): DiffArgs {
  const { values, positionals } = parseCliArgs({
    args: argv,
    allowPositionals: true,
    options: {
      'base-ref': { type: 'string' },
      format: { type: 'string', default: 'text' },
      'fail-on': { type: 'string' },
      'allow-major-from': { type: 'string' },
      config: { type: 'string' },
    },
  });
  const format = values.format as DiffFormat;
  if (!DIFF_FORMATS.includes(format)) throw new Error(`--format must be one of ${DIFF_FORMATS.join(', ')}`);
  const failOn = values['fail-on'] as FailOn | undefined;
  if (failOn !== undefined && !FAIL_ON.includes(failOn))
    throw new Error(`--fail-on must be one of ${FAIL_ON.join(', ')}`);
  if (values['allow-major-from'] !== undefined && values['base-ref'] === undefined) {
    throw new Error('--allow-major-from needs --base-ref: the base version is read from that ref');
  }
  const args: DiffArgs = { positionals, format };
  if (values['base-ref'] !== undefined) args.baseRef = values['base-ref'];
  if (failOn !== undefined) args.failOn = failOn;
  if (values['allow-major-from'] !== undefined) args.allowMajorFrom = values['allow-major-from'];
  if (values.config !== undefined) args.config = values.config;
  return args;
}

function configFailOn(config: ResolvedConfig | undefined): FailOn | undefined | null {
  const value = config?.diff?.failOn;
  if (value === undefined) return undefined;
  return FAIL_ON.includes(value as FailOn) ? (value as FailOn) : null;
}

async function loadSides(
  args: DiffArgs,
  config: ResolvedConfig | undefined,
  io: CommandIO,
): Promise<{ base: DiffSide; head: DiffSide } | MissingBase> {
  if (args.baseRef !== undefined) {
    if (args.positionals.length > 1) throw new UsageError('with --base-ref give at most one spec (the head)');
    const specArgument = args.positionals[0] ?? config?.spec;
    if (specArgument === undefined) throw new UsageError('no spec given and no specloom.config.* found');
    const specPath = resolve(io.cwd, specArgument);
    const head = await loadFileSide(specPath);
    head.label = relative(io.cwd, specPath);
    const base = await loadRefSide(io.cwd, args.baseRef, specPath);
    return 'reason' in base ? base : { base, head };
  }
  const [basePath, headPath] = args.positionals;
  if (basePath === undefined || headPath === undefined || args.positionals.length > 2) {
    throw new UsageError('give two spec files (base and head), or --base-ref <ref> [spec]');
  }
  const base = await loadFileSide(resolve(io.cwd, basePath));
  const head = await loadFileSide(resolve(io.cwd, headPath));
  return { base, head };
}

function exceeds(result: DiffResult, failOn: FailOn): boolean {
  if (result.counts.breaking > 0) return true;
  return failOn === 'potentially-breaking' && result.counts['potentially-breaking'] > 0;
}

/** Breaking changes are allowed when the package's major version went up since the base ref. */
async function majorBumped(
  cwd: string,
  ref: string,
  packagePath: string,
): Promise<{ ok: boolean; message: string }> {
  const absolute = resolve(cwd, packagePath);
  const root = (await repositoryRoot(cwd)) ?? cwd;
  const current = versionOf(await readFile(absolute, 'utf8').catch(() => undefined));
  const previous = versionOf(await readAtRef(root, ref, relative(root, absolute)));
  if (current === undefined) return { ok: false, message: `${packagePath} has no readable version` };
  if (previous === undefined) {
    return {
      ok: true,
      message: `${packagePath} did not exist at ${ref}; the package is new, breaking changes allowed`,
    };
  }
  const ok = majorOf(current) > majorOf(previous);
  return {
    ok,
    message: ok
      ? `breaking changes allowed: ${packagePath} went from ${previous} to ${current} (major bump)`
      : `breaking changes need a major version bump of ${packagePath} (${previous} at ${ref}, now ${current})`,
  };
}

function versionOf(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  try {
    const parsed = JSON.parse(text) as { version?: unknown };
    return typeof parsed.version === 'string' ? parsed.version : undefined;
  } catch {
    return undefined;
  }
}
