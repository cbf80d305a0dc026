import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { ConfigError, loadConfig } from '../../config/load.js';
import type { ResolvedConfig } from '../../config/types.js';
import { formatDiagnosticLine } from '../../diagnostics/format.js';
import { diffSpecs } from '../../diff/diff.js';
import { repositoryRoot } from '../../diff/git.js';
import { type DiffSide, loadFileSide, loadRefSide } from '../../diff/load-side.js';
import { SpecLoadError } from '../../load/index.js';
import { renderChangeset, summarizeChanges } from '../../release/changeset.js';
import { planRelease } from '../../release/plan.js';
import { parseVersion } from '../../release/semver.js';
import { latestTag, readPackage, readPackageAtRef } from '../../release/sources.js';
import { parseCliArgs } from '../args.js';
import type { Command, CommandIO } from '../command.js';
import { usageLine } from '../usage-line.js';

const USAGE = `Usage: specloom release [spec] [options]

Diffs the last released spec against the current one, proposes the SDK's next
semantic version (major for breaking changes, minor for additions or
potentially breaking changes, patch otherwise) and writes a changeset with a
summary of the API changes. Refuses a version whose bump is smaller than the
changes require.

Arguments:
  spec                    the current spec (default: \`spec\` from specloom.config.*)

Options:
  --from <ref>            git tag or ref of the last release (default: \`release.from\` in the config,
                          else the latest tag reachable from HEAD)
  --from-file <path>      a stored copy of the last released spec instead of a git ref
  --package <path>        the SDK's package.json (default: \`release.package\`, else client-sdk/package.json)
  --last-version <x.y.z>  version of the last release (default: the package's version at --from,
                          else its current version)
  --version <x.y.z>       the version you intend to release (default: the package's current version
                          when it differs from the last release); checked against the changes
  --changeset-dir <dir>   where the changeset is written (default: .changeset at the repository root)
  --dry-run               print the plan and the changeset, write nothing
  --config <path>         config file (default: nearest specloom.config.*)

Exit codes: 0 planned (and written), 1 the intended version bump is too small, 2 bad usage or input.
`;

interface ReleaseArgs {
  spec?: string;
  from?: string;
  fromFile?: string;
  packagePath?: string;
  lastVersion?: string;
  version?: string;
  changesetDir?: string;
  dryRun: boolean;
  config?: string;
}

class UsageError extends Error {}

const release: Command = {
  name: 'release',
  summary: 'Propose the SDK version from the API diff and write a changeset',
  usage: USAGE,
  async run(argv, io) {
    try {
      return await runRelease(parseReleaseArgs(argv), io);
    } catch (error) {
      if (error instanceof UsageError) {
        io.stderr(usageLine('release', error.message));
        return 2;
      }
      if (error instanceof ConfigError || error instanceof SpecLoadError) {
        for (const diagnostic of error.diagnostics)
          io.stderr(`${formatDiagnosticLine(diagnostic, io.cwd)}\n`);
        return 2;
      }
      throw error;
    }
  },
};

export default release;

function parseReleaseArgs(argv: string[]): ReleaseArgs {
  let parsed: ReturnType<
    typeof parseCliArgs<{ args: string[]; allowPositionals: true; options: typeof OPTIONS }>
  >;
  try {
    parsed = parseCliArgs({ args: argv, allowPositionals: true, options: OPTIONS });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (positionals.length > 1) throw new UsageError('give at most one spec');
  if (values.from !== undefined && values['from-file'] !== undefined)
    throw new UsageError('give --from or --from-file, not both');
  for (const option of ['version', 'last-version'] as const) {
    const value = values[option];
    if (value !== undefined) {
      try {
        parseVersion(value);
      } catch (error) {
        throw new UsageError(`--${option}: ${(error as Error).message}`);
      }
    }
  }
  const args: ReleaseArgs = { dryRun: values['dry-run'] ?? false };
  if (positionals[0] !== undefined) args.spec = positionals[0];
  if (values.from !== undefined) args.from = values.from;
  if (values['from-file'] !== undefined) args.fromFile = values['from-file'];
  if (values.package !== undefined) args.packagePath = values.package;
  if (values['last-version'] !== undefined) args.lastVersion = values['last-version'];
  if (values.version !== undefined) args.version = values.version;
  if (values['changeset-dir'] !== undefined) args.changesetDir = values['changeset-dir'];
  if (values.config !== undefined) args.config = values.config;
  return args;
}

const OPTIONS = {
  from: { type: 'string' },
  'from-file': { type: 'string' },
  package: { type: 'string' },
  'last-version': { type: 'string' },
  version: { type: 'string' },
  'changeset-dir': { type: 'string' },
  'dry-run': { type: 'boolean' },
  config: { type: 'string' },
} as const;

function configString(config: ResolvedConfig | undefined, key: string): string | undefined {
  const value = config?.release?.[key];
  return typeof value === 'string' ? value : undefined;
}

async function runRelease(args: ReleaseArgs, io: CommandIO): Promise<number> {
  const config = await loadConfig(io.cwd, args.config);
  const configDir = config ? dirname(config.configPath) : io.cwd;
  const specArgument = args.spec ?? config?.spec;
  if (specArgument === undefined) throw new UsageError('no spec given and no specloom.config.* found');
  const specPath = resolve(io.cwd, specArgument);
  const root = (await repositoryRoot(io.cwd)) ?? io.cwd;
  const packageSetting = args.packagePath ?? configString(config, 'package');
  const packagePath = packageSetting
    ? resolve(args.packagePath ? io.cwd : configDir, packageSetting)
    : join(root, 'client-sdk/package.json');
  const current = await readPackage(packagePath);
  if (current === undefined)
    throw new UsageError(`${relative(io.cwd, packagePath)} has no readable name and version`);

  // The base: a stored copy, or the spec at the last release's git ref.
  let base: DiffSide;
  let since: string;
  let released = args.lastVersion;
  if (args.fromFile !== undefined) {
    base = await loadFileSide(resolve(io.cwd, args.fromFile));
    since = args.fromFile;
  } else {
    const ref = args.from ?? configString(config, 'from') ?? (await latestTag(root));
    if (ref === undefined)
      throw new UsageError('no release tag found; pass --from <tag> or --from-file <spec>');
    const loaded = await loadRefSide(io.cwd, ref, specPath);
    if ('reason' in loaded)
      throw new UsageError(`${loaded.message}; pass --from-file with the released spec`);
    base = loaded;
    since = ref;
    released ??= (await readPackageAtRef(root, ref, packagePath))?.version;
  }
  released ??= current.version;
  const head = await loadFileSide(specPath);
  const result = diffSpecs(base.spec.model, head.spec.model, {
    locateBase: base.locate,
    locateHead: head.locate,
  });
  const intended = args.version ?? (current.version !== released ? current.version : undefined);
  const plan = planRelease(result, released, intended);

  io.stdout(
    `${current.name}: ${result.counts.breaking} breaking, ${result.counts['potentially-breaking']} potentially breaking, ` +
      `${result.counts['non-breaking']} non-breaking change(s) since ${since} (released ${released}).\n`,
  );
  if (!plan.ok) {
    io.stderr(
      `specloom release: refusing ${plan.version}: a ${plan.bump} bump from ${released}, but the changes require a ${plan.required} bump.\n`,
    );
    io.stderr(summarizeChanges(result));
    return 1;
  }
  if (plan.required === 'none') {
    io.stdout('No API changes; nothing to release.\n');
    return 0;
  }
  io.stdout(`Required bump: ${plan.required}. Next version: ${plan.version}.\n`);
  const changeset = renderChangeset(current.name, plan, since, result);
  if (args.dryRun) {
    io.stdout(`\n${changeset}`);
    return 0;
  }
  const directory = args.changesetDir
    ? resolve(io.cwd, args.changesetDir)
    : resolve(
        configString(config, 'changesetDir') ? configDir : root,
        configString(config, 'changesetDir') ?? '.changeset',
      );
  await mkdir(directory, { recursive: true });
  const file = join(directory, `api-${head.spec.model.hash.slice(0, 12)}.md`);
  await writeFile(file, changeset);
  io.stdout(`Wrote ${relative(io.cwd, file)}\n`);
  return 0;
}
