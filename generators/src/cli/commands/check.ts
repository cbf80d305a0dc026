import { resolve } from 'node:path';
import { ConfigError, loadConfig } from '../../config/load.js';
import type { ResolvedConfig } from '../../config/types.js';
import {
  diagnosticRecord,
  displayPath,
  formatDiagnosticLine,
  formatSummary,
  sortDiagnostics,
} from '../../diagnostics/format.js';
import type { Diagnostic } from '../../diagnostics/types.js';
import { lint } from '../../lint/index.js';
import { type LoadedSpec, loadSpec, SpecLoadError } from '../../load/index.js';
import { parseCliArgs } from '../args.js';
import type { Command, CommandIO } from '../command.js';
import { usageLine } from '../usage-line.js';

const USAGE = `Usage: specloom check [spec] [options]

Loads the spec (all files joined by $ref), validates it against the OpenAPI
schema and runs the house lint rules. Findings are printed as
  file:line:col severity CODE message

Arguments:
  spec               root spec file (default: \`spec\` from specloom.config.*)

Options:
  --format <text|json>  output format (default: text)
  --config <path>       config file (default: nearest specloom.config.*)
  --debug               print stack traces of unexpected errors

Exit codes: 0 no errors (warnings allowed), 1 error-level findings, 2 the spec or config could not be loaded.
`;

type Format = 'text' | 'json';

/** Specs this big take seconds: say what is happening (on stderr, so `--format json` stays clean). */
const PROGRESS_THRESHOLD = 200;

const check: Command = {
  name: 'check',
  summary: 'Validate the spec and run the house lint rules',
  usage: USAGE,
  async run(argv, io) {
    let parsed: ReturnType<typeof parseCheckArgs>;
    try {
      parsed = parseCheckArgs(argv);
    } catch (error) {
      io.stderr(usageLine('check', (error as Error).message));
      return 2;
    }
    const { spec: specArgument, format, config: configPath } = parsed;

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
      spec = await loadSpec(resolve(io.cwd, specPath));
    } catch (error) {
      if (!(error instanceof SpecLoadError)) throw error;
      if (io.debug && error.cause instanceof Error && error.cause.stack) io.stderr(`${error.cause.stack}\n`);
      return printFailure(io, format, error.diagnostics);
    }

    if (spec.model.operations.length >= PROGRESS_THRESHOLD)
      io.stderr(
        `specloom check: loaded ${spec.model.operations.length} operations from ${spec.files.length} file${spec.files.length === 1 ? '' : 's'}; linting...\n`,
      );
    const findings = sortDiagnostics([...spec.diagnostics, ...lint(spec, config?.lint ?? {})]);
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

function parseCheckArgs(argv: string[]): { spec?: string; format: Format; config?: string } {
  const { values, positionals } = parseCliArgs({
    args: argv,
    allowPositionals: true,
    options: { format: { type: 'string', default: 'text' }, config: { type: 'string' } },
  });
  if (values.format !== 'text' && values.format !== 'json')
    throw new Error(`--format must be text or json, not "${values.format}"`);
  if (positionals.length > 1) throw new Error(`expected one spec file, got ${positionals.length}`);
  return {
    format: values.format,
    ...(positionals[0] !== undefined ? { spec: positionals[0] } : {}),
    ...(values.config !== undefined ? { config: values.config } : {}),
  };
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
