import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { AuthSetupFailure } from './auth-setup.js';
import { ConfigFailure, loadTestConfig } from './config.js';
import { SpecLoadFailure } from './load.js';
import { type FailOn, failingGroups, parseFailOn } from './report/allow.js';
import { formatJUnit } from './report/junit.js';
import { formatSummary } from './report/summary.js';
import { runContractTests } from './run.js';
import { UnreachableServer } from './target/reachable.js';
import { type CaseKind, CHECK_IDS, type RunOptions } from './types.js';

export const CLI_USAGE = `Usage: specloom test --spec <openapi.yaml> --base-url <url> [options]

Derives test cases from the spec alone, runs them against the live backend and
reports every break of the contract. Exit code 1 when there are findings.

Options:
  --spec <file>               OpenAPI 3.0/3.1 document (also the first positional argument)
  --base-url <url>            where the backend runs, e.g. http://localhost:3000
  --header 'Name: value'      send on every request; repeatable (e.g. a fixed Authorization)
  --config <file>             specloom config with a test.auth hook (default: ./specloom.config.ts if present)
  --include <operationId>     only these operations; repeatable, comma-separated, * wildcards
  --exclude <operationId>     skip these operations; same syntax
  --kinds <list>              case kinds to run: stateful,positive,negative,auth,method (default: all)
  --seed <n>                  seed for generated data (default 1): same seed, same cases
  --max-cases <n>             stop after n cases
  --max-examples <n>          property-based requests drawn per operation (fast-check, seeded; default 10, 0: none)
  --time-budget <seconds>     stop starting cases after this long
  --workers <n>               concurrent requests (default 4)
  --max-response-time <ms>    report slower responses (max_response_time)
  --request-timeout <ms>      abort a request after this long (default 10000)
  --json <file>               write the full report as JSON
  --junit <file>              write JUnit XML
  --fail-on <checks>          which findings fail the run (exit 1): all (default), or check[=n],...
                              e.g. not_a_server_error,response_schema_conformance=2 (more than n groups fail)
  --fail-on-unauthorized      also fail (exit 1) when operations answered 401/403 to every valid request,
                              i.e. nothing behind their authentication was tested (always warned about)
  --no-coverage               leave the coverage table out of the summary

Findings are grouped by cause (check, operation, JSON path, status) with a count
and the smallest request that shows it. A config's test.allow list
([{ check, operation?, status?, reason }]) marks accepted deviations: they are
reported as allowed and never fail the run.

Without working credentials every valid request of a secured operation gets
401/403 and little is tested: the summary then starts with a warning naming
those operations. Give credentials with --header 'Authorization: Bearer …'
(or the scheme's own header), the config's test.headers, or a test.auth hook
that obtains them from the API; --fail-on-unauthorized makes CI fail on it.

Checks: ${CHECK_IDS.join(', ')}
`;

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  /** Progress hooks passed on to the run (the `specloom` CLI prints progress lines on big specs with them). */
  progress?: Pick<RunOptions, 'onLoaded' | 'onCase'>;
}

/** Runs `specloom test` with already-split arguments; resolves to the exit code (0 clean, 1 findings, 2 usage/setup errors). */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    io.stderr(`specloom test: ${error instanceof Error ? error.message : String(error)}\n\n${CLI_USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const spec = values.spec ?? positionals[0];
  if (!spec || !values['base-url']) {
    io.stderr(`specloom test: --spec and --base-url are required\n\n${CLI_USAGE}`);
    return 2;
  }
  try {
    const { options, failOn, failOnUnauthorized } = await toRunOptions(values, resolve(io.cwd, spec), io.cwd);
    const report = await runContractTests({ ...options, ...io.progress });
    io.stdout(formatSummary(report, { coverage: values['no-coverage'] !== true }));
    if (values.json) await writeFile(resolve(io.cwd, values.json), `${JSON.stringify(report, null, 2)}\n`);
    if (values.junit) await writeFile(resolve(io.cwd, values.junit), formatJUnit(report));
    const walled = failOnUnauthorized && report.unauthorized !== undefined;
    if (walled)
      io.stdout(
        `\nFailing the run: ${report.unauthorized?.operations.length} operation(s) were never tested behind their authentication (--fail-on-unauthorized).\n`,
      );
    return failingGroups(report.groups, failOn).length > 0 || walled ? 1 : 0;
  } catch (error) {
    if (
      error instanceof SpecLoadFailure ||
      error instanceof ConfigFailure ||
      error instanceof AuthSetupFailure ||
      error instanceof UnreachableServer ||
      error instanceof UsageError
    ) {
      io.stderr(`specloom test: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

class UsageError extends Error {}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      spec: { type: 'string' },
      'base-url': { type: 'string' },
      header: { type: 'string', multiple: true },
      config: { type: 'string' },
      include: { type: 'string', multiple: true },
      exclude: { type: 'string', multiple: true },
      kinds: { type: 'string' },
      seed: { type: 'string' },
      'max-cases': { type: 'string' },
      'max-examples': { type: 'string' },
      'time-budget': { type: 'string' },
      workers: { type: 'string' },
      'max-response-time': { type: 'string' },
      'request-timeout': { type: 'string' },
      json: { type: 'string' },
      junit: { type: 'string' },
      'no-coverage': { type: 'boolean' },
      'fail-on': { type: 'string' },
      'fail-on-unauthorized': { type: 'boolean' },
    },
  });
}

async function toRunOptions(
  values: ReturnType<typeof parse>['values'],
  spec: string,
  cwd: string,
): Promise<{ options: RunOptions; failOn: FailOn; failOnUnauthorized: boolean }> {
  const baseUrl = values['base-url'] as string;
  try {
    new URL(baseUrl);
  } catch {
    throw new UsageError(`--base-url "${baseUrl}" is not an absolute URL`);
  }
  const headers: Record<string, string> = {};
  for (const header of values.header ?? []) {
    const colon = header.indexOf(':');
    if (colon <= 0) throw new UsageError(`--header "${header}" is not "Name: value"`);
    headers[header.slice(0, colon).trim().toLowerCase()] = header.slice(colon + 1).trim();
  }
  const config = await loadTestConfig(cwd, values.config);
  // Headers that a security scheme of the spec names (Authorization, an apiKey header, Cookie) are
  // the run's credentials: the engine recognises them and auth cases remove or tamper with them.
  const otherHeaders = headers;
  const auth: RunOptions['auth'] = config.auth ? { hook: config.auth } : undefined;
  const kinds = values.kinds?.split(',').map((kind) => kind.trim()) as CaseKind[] | undefined;
  const unknownKind = kinds?.find(
    (kind) => !['stateful', 'positive', 'negative', 'auth', 'method'].includes(kind),
  );
  if (unknownKind) throw new UsageError(`--kinds: unknown kind "${unknownKind}"`);
  const list = (entries: string[] | undefined) =>
    entries
      ?.flatMap((entry) => entry.split(','))
      .map((entry) => entry.trim())
      .filter(Boolean);
  const include = list(values.include);
  const exclude = list(values.exclude);
  let failOn: FailOn;
  try {
    failOn = parseFailOn(values['fail-on'] ?? config.failOn ?? 'all');
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const options: RunOptions = {
    spec,
    baseUrl,
    ...(config.allow ? { allow: config.allow } : {}),
    headers: { ...(config.headers ?? {}), ...otherHeaders },
    ...(auth ? { auth } : {}),
    ...(include ? { include } : {}),
    ...(exclude ? { exclude } : {}),
    ...(kinds ? { kinds } : {}),
    ...numberOption('seed', values.seed),
    ...numberOption('maxCases', values['max-cases']),
    ...numberOption('maxExamples', values['max-examples']),
    ...numberOption('timeBudget', values['time-budget']),
    ...numberOption('workers', values.workers),
    ...numberOption('maxResponseTime', values['max-response-time']),
    ...numberOption('requestTimeout', values['request-timeout']),
  };
  return {
    options,
    failOn,
    failOnUnauthorized: values['fail-on-unauthorized'] === true || config.failOnUnauthorized === true,
  };
}

function numberOption<K extends string>(key: K, raw: string | undefined): { [P in K]?: number } {
  if (raw === undefined) return {};
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0)
    throw new UsageError(
      `--${key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)} must be a non-negative number, got "${raw}"`,
    );
  return { [key]: value } as { [P in K]?: number };
}
