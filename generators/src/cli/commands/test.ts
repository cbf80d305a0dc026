import { ConfigError, loadConfig } from '../../config/load.js';
import { formatDiagnosticLine } from '../../diagnostics/format.js';
import type { Command } from '../command.js';
import { contractTestProgress } from '../progress.js';
import { didYouMean } from '../suggest.js';
import { usageLine } from '../usage-line.js';

/** The engine's CLI entry as this command uses it; the package is loaded at run time only. */
interface ContractTestsModule {
  runCli(
    argv: string[],
    io: {
      stdout: (text: string) => void;
      stderr: (text: string) => void;
      cwd: string;
      progress?: ReturnType<typeof contractTestProgress>;
    },
  ): Promise<number>;
}

// A variable specifier keeps `specloom` free of a build-time dependency on the engine.
const ENGINE_PACKAGE = '@specloom/contract-tests';

const USAGE = `Usage: specloom test [--spec <openapi.yaml>] --base-url <url> [options]

Derives contract tests from the spec (positive, negative, auth, stateful and
method cases), runs them against the live backend and reports every break of
the contract; exit code 1 when there are findings.

Options:
  --spec <file>               OpenAPI 3.0/3.1 document (also the first positional argument;
                              default: \`spec\` of the nearest specloom.config.*)
  --base-url <url>            where the backend runs (default: the config's test.baseUrl)
  --header 'Name: value'      send on every request; repeatable (a fixed Authorization is the credential)
  --config <file>             specloom config whose test.auth hook obtains credentials
  --include / --exclude <id>  operationIds to run or skip; repeatable, comma-separated, * wildcards
  --kinds <list>              stateful,positive,negative,auth,method (default: all)
  --seed <n>                  seed for generated data (default 1)
  --max-cases <n>             stop after n cases
  --max-examples <n>          property-based requests per operation (seeded by --seed; default 10, 0: none)
  --time-budget <seconds>     stop starting cases after this long
  --workers <n>               concurrent requests (default 4)
  --max-response-time <ms>    report slower responses
  --request-timeout <ms>      abort a request after this long (default 10000)
  --json <file>               write the report as JSON
  --junit <file>              write JUnit XML
  --fail-on <checks>          which findings fail the run: all (default), or check[=n],... (fail above n groups)
  --fail-on-unauthorized      also exit 1 when operations answered 401/403 to every valid request (always warned
                              about first in the summary: give credentials with --header, test.headers or test.auth)
  --no-coverage               leave the coverage table out of the summary

Findings are grouped by cause with a count and the smallest repro (curl); the
config's test.allow list ([{ check, operation?, status?, reason }]) marks
deviations accepted for now, which are reported but never fail the run.

The engine is the ${ENGINE_PACKAGE} package, a dependency of specloom.
`;

const test: Command = {
  name: 'test',
  summary: 'Run contract tests derived from the spec against a running backend',
  usage: USAGE,
  async run(argv, io) {
    let engine: ContractTestsModule;
    try {
      engine = (await import(ENGINE_PACKAGE)) as ContractTestsModule;
    } catch (error) {
      // Missing package, or present but not built (`dist` absent): both are set-up problems, not bugs.
      if ((error as { code?: string }).code === 'ERR_MODULE_NOT_FOUND') {
        io.stderr(
          `specloom test: cannot load the contract-test engine ${ENGINE_PACKAGE} (${(error as Error).message}); ` +
            `install it with "npm install --save-dev ${ENGINE_PACKAGE}" (in this repository: "npm run build -w contract-tests")\n`,
        );
        return 2;
      }
      throw error;
    }
    let args: string[];
    try {
      args = await withConfigDefaults(argv, io.cwd);
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      for (const diagnostic of error.diagnostics) io.stderr(`${formatDiagnosticLine(diagnostic, io.cwd)}\n`);
      return 2;
    }
    return engine.runCli(args, {
      stdout: io.stdout,
      stderr: oneLineUsageErrors(io.stderr),
      cwd: io.cwd,
      progress: contractTestProgress(io.stderr),
    });
  },
};

/**
 * Fills in what the command line leaves out from the nearest config: its
 * \`spec\` (resolved from the config's folder) and \`test.baseUrl\`.
 * @throws ConfigError when a config exists but cannot be loaded
 */
async function withConfigDefaults(argv: readonly string[], cwd: string): Promise<string[]> {
  const hasSpec = argv.some((arg) => arg === '--spec' || arg.startsWith('--spec=')) || hasPositional(argv);
  const hasBaseUrl = argv.some((arg) => arg === '--base-url' || arg.startsWith('--base-url='));
  if (hasSpec && hasBaseUrl) return [...argv];
  const configIndex = argv.indexOf('--config');
  const configArg = configIndex === -1 ? undefined : argv[configIndex + 1];
  const config = await loadConfig(cwd, configArg);
  if (config === undefined) return [...argv];
  const extra: string[] = [];
  if (!hasSpec) extra.push('--spec', config.spec);
  const baseUrl = config.test?.baseUrl;
  if (!hasBaseUrl && typeof baseUrl === 'string') extra.push('--base-url', baseUrl);
  return [...extra, ...argv];
}

/** The engine's options that take no value. */
const BOOLEAN_FLAGS = new Set(['--fail-on-unauthorized']);

/** A positional argument (the spec) among the options: not an option and not an option's value. */
function hasPositional(argv: readonly string[]): boolean {
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] as string;
    if (arg === '--') return index + 1 < argv.length;
    if (arg.startsWith('--')) {
      // Every option of the engine takes a value except its boolean flags.
      if (!arg.includes('=') && !BOOLEAN_FLAGS.has(arg) && !arg.startsWith('--no-')) index += 1;
      continue;
    }
    return true;
  }
  return false;
}

/**
 * The engine answers an unknown option with node's parser text and its whole
 * usage; turn that into one line naming the closest option its usage lists.
 */
function oneLineUsageErrors(stderr: (text: string) => void): (text: string) => void {
  return (text) => {
    const unknown = /^specloom test: Unknown option '--([^']+)'/.exec(text);
    if (unknown === null) {
      stderr(text);
      return;
    }
    const known = [
      ...new Set([...text.matchAll(/--([a-z][a-z-]*)/g)].map((match) => match[1] as string)),
    ].filter((name) => name !== unknown[1]);
    stderr(
      usageLine(
        'test',
        `unknown option --${unknown[1]}${didYouMean(unknown[1] as string, known, (name) => `--${name}`)}`,
      ),
    );
  };
}

export default test;
