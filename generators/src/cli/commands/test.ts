import type { Command } from '../command.js';

/** The engine's CLI entry as this command uses it; the package is loaded at run time only. */
interface ContractTestsModule {
  runCli(
    argv: string[],
    io: { stdout: (text: string) => void; stderr: (text: string) => void; cwd: string },
  ): Promise<number>;
}

// A variable specifier keeps `specloom` free of a build-time dependency on the engine.
const ENGINE_PACKAGE = '@specloom/contract-tests';

const USAGE = `Usage: specloom test --spec <openapi.yaml> --base-url <url> [options]

Derives contract tests from the spec (positive, negative, auth, stateful and
method cases), runs them against the live backend and reports every break of
the contract; exit code 1 when there are findings.

Options:
  --spec <file>               OpenAPI 3.0/3.1 document (also the first positional argument)
  --base-url <url>            where the backend runs
  --header 'Name: value'      send on every request; repeatable (a fixed Authorization is the credential)
  --config <file>             specloom config whose test.auth hook obtains credentials
  --include / --exclude <id>  operationIds to run or skip; repeatable, comma-separated, * wildcards
  --kinds <list>              stateful,positive,negative,auth,method (default: all)
  --seed <n>                  seed for generated data (default 1)
  --max-cases <n>             stop after n cases
  --time-budget <seconds>     stop starting cases after this long
  --workers <n>               concurrent requests (default 4)
  --max-response-time <ms>    report slower responses
  --request-timeout <ms>      abort a request after this long (default 10000)
  --json <file>               write the report as JSON
  --junit <file>              write JUnit XML
  --fail-on <checks>          which findings fail the run: all (default), or check[=n],... (fail above n groups)
  --no-coverage               leave the coverage table out of the summary

Findings are grouped by cause with a count and the smallest repro (curl); the
config's test.allow list ([{ check, operation?, status?, reason }]) marks
deviations accepted for now, which are reported but never fail the run.

Needs the ${ENGINE_PACKAGE} package (installed with the specloom workspace).
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
    return engine.runCli(argv, { stdout: io.stdout, stderr: io.stderr, cwd: io.cwd });
  },
};

export default test;
