import { resolve } from 'node:path';
import { ConfigError, loadConfig } from '../../config/load.js';
import type { ResolvedConfig, RuleSetting } from '../../config/types.js';
import {
  diagnosticRecord,
  displayPath,
  formatDiagnosticLine,
  formatSummary,
  sortDiagnostics,
} from '../../diagnostics/format.js';
import type { Diagnostic } from '../../diagnostics/types.js';
import {
  effectiveRuleSettings,
  lint,
  PROFILE_NAMES,
  type ProfileName,
  parseProfileName,
} from '../../lint/index.js';
import { type LoadedSpec, loadSpec, SpecLoadError } from '../../load/index.js';
import { parseCliArgs } from '../args.js';
import type { Command, CommandIO } from '../command.js';
import { count, showsProgress } from '../progress.js';
import { usageLine } from '../usage-line.js';

const USAGE = `Usage: specloom check [spec] [options]

Loads the spec (all files joined by $ref), validates it against the OpenAPI
schema and runs the lint rules of a profile. Findings are printed as
  file:line:col severity CODE message

Profiles: specloom:recommended (the default: correctness rules, so a valid
spec passes) and specloom:strict (house style too: problem+json errors,
camelCase operationIds, 401 on secured operations, one pagination shape).
Choose one with \`lint.extends\` in specloom.config.ts or --profile.

Arguments:
  spec               root spec file (default: \`spec\` from specloom.config.*)

Options:
  --format <text|json>  output format (default: text)
  --profile <name>      lint profile: recommended or strict (overrides lint.extends)
  --config <path>       config file (default: nearest specloom.config.*)
  --debug               print stack traces of unexpected errors

Exit codes: 0 no errors (warnings allowed), 1 error-level findings, 2 the spec or config could not be loaded.
`;

type Format = 'text' | 'json';

const check: Command = {
  name: 'check',
  summary: 'Validate the spec and run the lint rules',
  usage: USAGE,
  async run(argv, io) {
    let parsed: ReturnType<typeof parseCheckArgs>;
    try {
      parsed = parseCheckArgs(argv);
    } catch (error) {
      io.stderr(usageLine('check', (error as Error).message));
      return 2;
    }
    const { spec: specArgument, format, config: configPath, profile } = parsed;

    let config: ResolvedConfig | undefined;
    try {
      config = await loadConfig(io.cwd, configPath);
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      return printFailure(io, format, error.diagnostics);
    }
    const specPath = specArgument ?? config?.spec;
    if (specPath === undefined) {
      io.stderr(
        'specloom check: no spec given and no specloom.config.* found; run `specloom check path/to/openapi.yaml`\n',
      );
      return 2;
    }

    let spec: LoadedSpec;
    try {
      spec = await loadSpec(resolve(io.cwd, specPath), {
        ...(config?.load?.mirrors ? { mirrors: config.load.mirrors } : {}),
      });
    } catch (error) {
      if (!(error instanceof SpecLoadError)) throw error;
      if (io.debug && error.cause instanceof Error && error.cause.stack) io.stderr(`${error.cause.stack}\n`);
      return printFailure(io, format, error.diagnostics);
    }

    if (showsProgress(spec.model.operations.length))
      io.stderr(
        `specloom check: loaded ${count(spec.model.operations.length, 'operation')} from ${count(spec.files.length, 'file')}; linting...\n`,
      );
    const settings = { ...config?.lint, ...(profile ? { extends: profile } : {}) };
    const findings = sortDiagnostics([
      ...applyRuleSettings(spec.diagnostics, effectiveRuleSettings(settings)),
      ...lint(spec, settings),
    ]);
    const hasErrors = findings.some((diagnostic) => diagnostic.severity === 'error');
    print(io, format, findings, {
      spec: displayPath(spec.root, io.cwd),
      operations: spec.model.operations.length,
      files: spec.files.length,
      loaded: true,
    });
    return hasErrors ? 1 : 0;
  },
};

export default check;

function parseCheckArgs(argv: string[]): {
  spec?: string;
  format: Format;
  config?: string;
  profile?: ProfileName;
} {
  const { values, positionals } = parseCliArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'text' },
      config: { type: 'string' },
      profile: { type: 'string' },
    },
  });
  if (values.format !== 'text' && values.format !== 'json')
    throw new Error(`--format must be text or json, not "${values.format}"`);
  const profile = values.profile === undefined ? undefined : parseProfileName(values.profile);
  if (values.profile !== undefined && profile === undefined)
    throw new Error(`--profile must be one of ${PROFILE_NAMES.join(', ')}, not "${values.profile}"`);
  if (positionals.length > 1) throw new Error(`expected one spec file, got ${positionals.length}`);
  return {
    format: values.format,
    ...(positionals[0] !== undefined ? { spec: positionals[0] } : {}),
    ...(values.config !== undefined ? { config: values.config } : {}),
    ...(profile ? { profile } : {}),
  };
}

/** Loader warnings follow `lint.rules` too: a team may silence or promote them by code. */
function applyRuleSettings(diagnostics: Diagnostic[], settings: Record<string, RuleSetting>): Diagnostic[] {
  return diagnostics.flatMap((diagnostic) => {
    const setting = settings[diagnostic.code];
    if (setting === undefined) return [diagnostic];
    return setting === 'off' ? [] : [{ ...diagnostic, severity: setting }];
  });
}

function printFailure(io: CommandIO, format: Format, diagnostics: Diagnostic[]): number {
  print(io, format, sortDiagnostics(diagnostics), { loaded: false });
  return 2;
}

function print(
  io: CommandIO,
  format: Format,
  diagnostics: Diagnostic[],
  summary: { spec?: string; operations?: number; files?: number; loaded: boolean },
): void {
  if (format === 'json') {
    const counts = { errors: 0, warnings: 0, infos: 0 };
    for (const diagnostic of diagnostics) counts[`${diagnostic.severity}s` as keyof typeof counts] += 1;
    io.stdout(
      `${JSON.stringify({ ...summary, ...counts, diagnostics: diagnostics.map((diagnostic) => diagnosticRecord(diagnostic, io.cwd)) }, null, 2)}\n`,
    );
    return;
  }
  const write = summary.loaded ? io.stdout : io.stderr;
  for (const diagnostic of diagnostics) write(`${formatDiagnosticLine(diagnostic, io.cwd)}\n`);
  if (!summary.loaded) {
    write(`specloom check: the spec could not be loaded (${formatSummary(diagnostics)})\n`);
    return;
  }
  const scope = `${summary.spec}: ${summary.operations} operation${summary.operations === 1 ? '' : 's'} in ${summary.files} file${summary.files === 1 ? '' : 's'}`;
  write(`${scope}, ${formatSummary(diagnostics)}\n`);
}
