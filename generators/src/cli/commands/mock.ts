import { resolve } from 'node:path';
import { ConfigError, loadConfig } from '../../config/load.js';
import { formatDiagnosticLine } from '../../diagnostics/format.js';
import { SpecLoadError } from '../../load/index.js';
import { MockConfigError, readMockConfig } from '../../mock/config.js';
import { RESET_PATH, SeedFileError, startMock } from '../../mock/index.js';
import { parseCliArgs } from '../args.js';
import type { Command, CommandIO } from '../command.js';
import { count, showsProgress } from '../progress.js';
import { usageLine } from '../usage-line.js';

const USAGE = `Usage: specloom mock [spec] [options]

Serves a mock of the API that keeps its spec. Requests are validated
(credentials, parameters, Content-Type, body, Accept); an invalid one gets the
status the operation documents for that failure (its \`default\` response when
it documents none, said so in the X-Specloom-Mock-Fallback header), with a
body in the documented error schema. Responses come from the spec's examples
that satisfy their schema, else from data generated from the schema (faker,
by format and property name, \`x-faker\` hints honoured). Pick a response per
request with the header
  Prefer: code=404, example=notFound, dynamic=true, seed=7
Operations sharing a path (\`/#X-Amz-Target=Service.Op\`, \`/?Action=Op\`) are told
apart by the header or query value their path names.

Arguments:
  spec                 root spec file (default: \`spec\` from specloom.config.*)

Options:
  --host <host>        interface to listen on (default: 127.0.0.1)
  --port <port>        port (default: 4010; 0 picks a free one)
  --dynamic            generate data from the schemas instead of examples
  --seed <seed>        make dynamic data deterministic
  --delay <ms>         wait this long before every response
  --origin <origin>    allow this front-end origin (CORS); repeatable; default any
  --stateful           keep created resources: POST then GET returns them,
                       PATCH updates, DELETE makes GET answer 404, lists list them
  --seed-file <path>   initial state for --stateful (JSON/YAML: collection path -> resources)
                       POST ${RESET_PATH} restores it
  --watch              reload when a spec file changes
  --token <token>      accept only this credential (bearer token or API key) on
                       secured operations (others get 401); repeatable; default:
                       any credential is accepted
  --validate           validate the spec against the OpenAPI schema before serving
                       (off by default: \`specloom check\` does it; slow on large specs)
  --quiet              do not log requests
  --config <path>      config file (default: nearest specloom.config.*); its \`mock\`
                       section sets the same options (flags win)
  --debug              print stack traces of unexpected errors

Stops on Ctrl+C. Exit codes: 0 stopped, 2 bad usage or the spec/config could not be loaded.
`;

function parse(argv: string[]) {
  return parseCliArgs({
    args: argv,
    allowPositionals: true,
    options: {
      host: { type: 'string' },
      port: { type: 'string' },
      dynamic: { type: 'boolean' },
      seed: { type: 'string' },
      delay: { type: 'string' },
      origin: { type: 'string', multiple: true },
      stateful: { type: 'boolean' },
      'seed-file': { type: 'string' },
      watch: { type: 'boolean' },
      token: { type: 'string', multiple: true },
      validate: { type: 'boolean' },
      quiet: { type: 'boolean' },
      config: { type: 'string' },
    },
  });
}

function nonNegativeInteger(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new Error(`--${flag} must be a non-negative integer, got "${value}"`);
  return Number(value);
}

const mock: Command = {
  name: 'mock',
  summary: 'Serve a mock of the API (examples, dynamic data, stateful)',
  usage: USAGE,
  async run(argv, io) {
    let values: ReturnType<typeof parse>['values'];
    let positionals: string[];
    let port: number | undefined;
    let delay: number | undefined;
    try {
      ({ values, positionals } = parse(argv));
      port = nonNegativeInteger('port', values.port);
      delay = nonNegativeInteger('delay', values.delay);
      if (port !== undefined && port > 65_535) throw new Error(`--port must be at most 65535, got ${port}`);
      if (positionals.length > 1) throw new Error(`expected at most one spec, got ${positionals.join(' ')}`);
    } catch (error) {
      io.stderr(usageLine('mock', (error as Error).message));
      return 2;
    }

    let fromConfig: ReturnType<typeof readMockConfig> = {};
    let configSpec: string | undefined;
    try {
      const config = await loadConfig(io.cwd, values.config);
      if (config) {
        fromConfig = readMockConfig(config.mock, config.configPath);
        configSpec = config.spec;
      }
    } catch (error) {
      // A spec named on the command line does not need the config: a broken one (say a parent
      // folder's, for another project) is reported and skipped instead of stopping the mock.
      if (error instanceof ConfigError && positionals[0] !== undefined) {
        for (const diagnostic of error.diagnostics)
          io.stderr(`${formatDiagnosticLine(diagnostic, io.cwd)} (ignored: the spec was given)\n`);
      } else if (error instanceof ConfigError) {
        return printDiagnostics(io, error.diagnostics);
      } else if (error instanceof MockConfigError) {
        io.stderr(`specloom mock: ${error.message}\n`);
        return 2;
      } else {
        throw error;
      }
    }
    const specArgument = positionals[0];
    const specPath = specArgument !== undefined ? resolve(io.cwd, specArgument) : configSpec;
    if (specPath === undefined) {
      io.stderr(
        'specloom mock: no spec given and no specloom.config.* found; run `specloom mock path/to/openapi.yaml`\n',
      );
      return 2;
    }

    const seedFile =
      values['seed-file'] !== undefined ? resolve(io.cwd, values['seed-file']) : fromConfig.seedFile;
    const log = values.quiet ? undefined : (line: string) => io.stdout(`${line}\n`);
    let server: Awaited<ReturnType<typeof startMock>>;
    try {
      server = await startMock({
        spec: specPath,
        host: values.host ?? fromConfig.host,
        port: port ?? fromConfig.port,
        dynamic: values.dynamic ?? fromConfig.dynamic,
        seed: values.seed ?? fromConfig.seed,
        delay: delay ?? fromConfig.delay,
        origins: values.origin ?? fromConfig.origins,
        stateful: values.stateful ?? fromConfig.stateful,
        seedFile,
        watch: values.watch ?? fromConfig.watch,
        tokens: values.token ?? fromConfig.tokens,
        validateSpec: values.validate ?? false,
        log,
        onLoaded: (loaded) => {
          if (showsProgress(loaded.model.operations.length))
            io.stderr(
              `specloom mock: loaded ${count(loaded.model.operations.length, 'operation')} from ${count(loaded.files.length, 'file')}; starting the mock...\n`,
            );
        },
      });
    } catch (error) {
      if (error instanceof SpecLoadError) return printDiagnostics(io, error.diagnostics);
      if (error instanceof SeedFileError) {
        io.stderr(`specloom mock: ${error.message}\n`);
        return 2;
      }
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EADDRINUSE' || code === 'EACCES' || code === 'EADDRNOTAVAIL') {
        io.stderr(
          `specloom mock: cannot listen (${code}): ${(error as Error).message}; choose another --port or --host\n`,
        );
        return 2;
      }
      throw error;
    }
    io.stdout(`specloom mock: serving ${specPath} at ${server.url}\n`);
    await waitForSignal();
    await server.close();
    return 0;
  },
};

function printDiagnostics(io: CommandIO, diagnostics: Parameters<typeof formatDiagnosticLine>[0][]): number {
  for (const diagnostic of diagnostics) io.stderr(`${formatDiagnosticLine(diagnostic, io.cwd)}\n`);
  return 2;
}

/** Resolves on Ctrl+C or SIGTERM, so the server closes its connections before the process exits. */
export function waitForSignal(): Promise<void> {
  return new Promise((resolveSignal) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolveSignal();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}

export default mock;
