import { resolve } from 'node:path';
import { ConfigError, loadConfig } from '../../config/load.js';
import { formatDiagnosticLine } from '../../diagnostics/format.js';
import type { Diagnostic } from '../../diagnostics/types.js';
import { SpecLoadError } from '../../load/index.js';
import { startProxy, VIOLATIONS_HEADER } from '../../proxy/index.js';
import { parseCliArgs } from '../args.js';
import type { Command, CommandIO } from '../command.js';
import { usageLine } from '../usage-line.js';
import { waitForSignal } from './mock.js';

const USAGE = `Usage: specloom proxy --target <url> [spec] [options]

Forwards every request to a running backend and checks both directions against
the spec: request parameters and body, undocumented status, wrong content type,
body not matching the schema, error body not problem+json. Each violation is
reported in the ${VIOLATIONS_HEADER} response header and in a log line
  <operationId> <METHOD> <path>: <request|response> <failing path>: <message> (<rule>)

Arguments:
  spec               root spec file (default: \`spec\` from specloom.config.*)

Options:
  --target <url>     base URL of the backend (required)
  --host <host>      interface to listen on (default: 127.0.0.1)
  --port <port>      port (default: 4011; 0 picks a free one)
  --config <path>    config file (default: nearest specloom.config.*)
  --debug            print stack traces of unexpected errors

Stops on Ctrl+C. Exit codes: 0 stopped, 2 bad usage or the spec could not be loaded.
`;

function parse(argv: string[]) {
  const { values, positionals } = parseCliArgs({
    args: argv,
    allowPositionals: true,
    options: {
      target: { type: 'string' },
      host: { type: 'string' },
      port: { type: 'string' },
      config: { type: 'string' },
    },
  });
  if (values.target === undefined) throw new Error('--target <url> is required');
  let target: URL;
  try {
    target = new URL(values.target);
  } catch {
    throw new Error(`--target must be an absolute URL such as http://localhost:3000, got "${values.target}"`);
  }
  if (target.protocol !== 'http:' && target.protocol !== 'https:')
    throw new Error('--target must be an http(s) URL');
  if (values.port !== undefined && (!/^\d+$/.test(values.port) || Number(values.port) > 65_535)) {
    throw new Error(`--port must be an integer from 0 to 65535, got "${values.port}"`);
  }
  if (positionals.length > 1) throw new Error(`expected at most one spec, got ${positionals.join(' ')}`);
  return {
    ...values,
    target: target.href,
    port: values.port === undefined ? undefined : Number(values.port),
    spec: positionals[0],
  };
}

const proxy: Command = {
  name: 'proxy',
  summary: 'Forward to a running backend and report every contract violation',
  usage: USAGE,
  async run(argv, io) {
    let options: ReturnType<typeof parse>;
    try {
      options = parse(argv);
    } catch (error) {
      io.stderr(usageLine('proxy', (error as Error).message));
      return 2;
    }
    let specPath = options.spec === undefined ? undefined : resolve(io.cwd, options.spec);
    try {
      specPath ??= (await loadConfig(io.cwd, options.config))?.spec;
    } catch (error) {
      if (error instanceof ConfigError) return printDiagnostics(io, error.diagnostics);
      throw error;
    }
    if (specPath === undefined) {
      io.stderr(
        'specloom proxy: no spec given and no specloom.config.* found; run `specloom proxy --target URL path/to/openapi.yaml`\n',
      );
      return 2;
    }
    let server: Awaited<ReturnType<typeof startProxy>>;
    try {
      server = await startProxy({
        spec: specPath,
        target: options.target,
        host: options.host,
        port: options.port,
        log: (line) => io.stdout(`${line}\n`),
      });
    } catch (error) {
      if (error instanceof SpecLoadError) return printDiagnostics(io, error.diagnostics);
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EADDRINUSE' || code === 'EACCES' || code === 'EADDRNOTAVAIL') {
        io.stderr(
          `specloom proxy: cannot listen (${code}): ${(error as Error).message}; choose another --port or --host\n`,
        );
        return 2;
      }
      throw error;
    }
    io.stdout(`specloom proxy: ${server.url} -> ${options.target}, checking against ${specPath}\n`);
    await waitForSignal();
    await server.close();
    return 0;
  },
};

function printDiagnostics(io: CommandIO, diagnostics: Diagnostic[]): number {
  for (const diagnostic of diagnostics) io.stderr(`${formatDiagnosticLine(diagnostic, io.cwd)}\n`);
  return 2;
}

export default proxy;
