#!/usr/bin/env node
/**
 * Contract-test bench: this engine and Dredd 14.1 side by side, on the
 * example server and on real third-party servers with their own published
 * descriptions (see real-servers.mjs for what each needs).
 *
 *   npm run build && npm run bench:contract [-- --targets example,alertmanager,loopback-todo] [--runs 3]
 *       [--workers 4] [--seed 1] [--time-budget S] [--json out.json]
 *   npm run bench:contract -- --base-url http://127.0.0.1:3000 [--spec ../openapi/openapi.yaml] [--header 'Authorization: Bearer …']
 *
 * Per target it prints, for the engine (median of the runs) and for Dredd (one run): cases, cases/s,
 * operations exercised, documented responses exercised, and finding groups (engine) or failing
 * transactions (Dredd). `--json` writes the last engine report of each target, for reading its findings.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { REAL_SERVERS } from './real-servers.mjs';

const here = import.meta.dirname;
const { values } = parseArgs({
  options: {
    targets: { type: 'string', default: 'example,alertmanager,loopback-todo' },
    'base-url': { type: 'string' },
    spec: { type: 'string', default: resolve(here, '../openapi/openapi.yaml') },
    header: { type: 'string', multiple: true, default: [] },
    runs: { type: 'string', default: '3' },
    workers: { type: 'string', default: '4' },
    seed: { type: 'string', default: '1' },
    'time-budget': { type: 'string' },
    dredd: { type: 'boolean', default: true },
    json: { type: 'string' },
  },
  allowNegative: true,
});

let engine;
try {
  engine = await import('@specloom/contract-tests');
} catch (error) {
  console.error(
    `bench:contract: cannot load @specloom/contract-tests (${error.message}); run "npm run build" first`,
  );
  process.exit(2);
}

const median = (numbers) => [...numbers].sort((a, b) => a - b)[Math.floor(numbers.length / 2)];

/** The example server, built, on a temporary SQLite file, with a token from its own register operation. */
async function startExample() {
  const serverMain = resolve(here, '../server/dist/main.js');
  const directory = await mkdtemp(join(tmpdir(), 'specloom-contract-bench-'));
  const child = spawn(process.execPath, [serverMain], {
    cwd: directory,
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: '0',
      DATABASE_URL: join(directory, 'bench.sqlite'),
      UPLOAD_DIR: join(directory, 'uploads'),
      JWT_SECRET: 'benchmark-secret-that-is-long-enough-for-hs256',
      CORS_ORIGINS: 'http://127.0.0.1:1',
      RATE_LIMIT_ENABLED: 'false',
      LOG_LEVEL: 'warn',
    },
  });
  const baseUrl = await new Promise((resolvePromise, reject) => {
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
      const match = /Task Board API\s+(http:\/\/\S+)/.exec(stderr);
      if (match) resolvePromise(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`example server exited with ${code}:\n${stderr}`)));
  });
  return {
    name: 'example task-board server',
    baseUrl,
    spec: resolve(here, '../openapi/openapi.yaml'),
    headers: {},
    auth: {
      hook: async ({ call }) => {
        const session = await call('register', {
          body: {
            email: `bench-${Date.now()}-${Math.random()}@example.com`,
            password: 'Correct-horse-battery-9',
            displayName: 'Bench',
          },
        });
        return { Authorization: `Bearer ${session.json.accessToken}` };
      },
    },
    dredd: 'example',
    close: async () => {
      const exited = new Promise((resolvePromise) => child.once('exit', resolvePromise));
      process.kill(-child.pid, 'SIGTERM');
      await exited;
      await rm(directory, { recursive: true, force: true });
    },
  };
}

function headersOption() {
  return Object.fromEntries(
    values.header.map((header) => {
      const colon = header.indexOf(':');
      return [header.slice(0, colon).trim().toLowerCase(), header.slice(colon + 1).trim()];
    }),
  );
}

async function runEngine(target) {
  const spec = await engine.loadSpecModel(target.spec);
  const runs = [];
  let last;
  for (let run = 0; run < Number(values.runs); run++) {
    const report = await engine.runContractTests({
      spec,
      baseUrl: target.baseUrl,
      headers: target.headers,
      ...(target.auth ? { auth: target.auth } : {}),
      seed: Number(values.seed),
      workers: Number(values.workers),
      ...(values['time-budget'] ? { timeBudget: Number(values['time-budget']) } : {}),
    });
    const responses = report.coverage.reduce((sum, row) => sum + Object.keys(row.statuses).length, 0);
    const exercisedResponses = report.coverage.reduce(
      (sum, row) => sum + Object.values(row.statuses).filter(Boolean).length,
      0,
    );
    runs.push({
      cases: report.cases,
      seconds: report.durationMs / 1000,
      casesPerSecond: report.cases / (report.durationMs / 1000),
      operations: `${report.operations.exercised}/${report.operations.total}`,
      responses: `${exercisedResponses}/${responses}`,
      branches: report.branches ? `${report.branches.exercised}/${report.branches.total}` : 'n/a',
      findings: report.groups.length,
    });
    last = report;
  }
  const pick = (key) => median(runs.map((run) => run[key]));
  return {
    tool: 'specloom test',
    cases: pick('cases'),
    seconds: Number(pick('seconds').toFixed(2)),
    casesPerSecond: Number(pick('casesPerSecond').toFixed(1)),
    operations: runs.at(-1).operations,
    responses: runs.at(-1).responses,
    branches: runs.at(-1).branches,
    findings: `${runs.at(-1).findings} groups`,
    report: last,
  };
}

/** Dredd 14.1 on the target's published description as it stands (the example: its 3.0 down-conversion and hooks). */
async function runDredd(target) {
  const contractTests = resolve(here, '../contract-tests');
  const dreddBin = join(
    dirname(createRequire(join(contractTests, 'package.json')).resolve('dredd/package.json')),
    'bin',
    'dredd',
  );
  const directory = await mkdtemp(join(tmpdir(), 'specloom-dredd-bench-'));
  const record = join(directory, 'transactions.json');
  let specFile = target.spec;
  const hookfiles = [join(here, 'dredd-recorder.cjs')];
  if (target.dredd === 'example') {
    const { bundle } = await import('@readme/openapi-parser');
    const { toOas30 } = await import(join(contractTests, 'dredd/to-oas30.mjs'));
    specFile = join(directory, 'openapi.oas30.json');
    await writeFile(specFile, JSON.stringify(toOas30(await bundle(target.spec))));
    hookfiles.unshift(join(contractTests, 'dredd/hooks.cjs'));
  }
  const started = performance.now();
  const output = await new Promise((resolvePromise) => {
    const args = [dreddBin, specFile, target.baseUrl, '--language', 'nodejs', '--loglevel', 'error'];
    for (const file of hookfiles) args.push('--hookfiles', file);
    const child = spawn(process.execPath, args, {
      cwd: directory,
      env: { ...process.env, SPECLOOM_DREDD_BASE_URL: target.baseUrl, SPECLOOM_DREDD_RECORD: record },
    });
    let text = '';
    const collect = (chunk) => {
      text += chunk;
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    const timer = setTimeout(() => child.kill('SIGKILL'), 300_000);
    child.on('exit', () => {
      clearTimeout(timer);
      resolvePromise(text);
    });
  });
  const seconds = (performance.now() - started) / 1000;
  let transactions = [];
  try {
    transactions = JSON.parse(await readFile(record, 'utf8'));
  } catch {
    // Dredd stopped before its hooks ran (e.g. it refused the description).
  }
  await rm(directory, { recursive: true, force: true });
  const sent = transactions.filter((transaction) => !transaction.skipped && transaction.actual !== undefined);
  const operations = new Set(transactions.map((t) => `${t.method} ${t.resource}`));
  const exercisedOperations = new Set(sent.map((t) => `${t.method} ${t.resource}`));
  const responses = new Set(transactions.map((t) => `${t.method} ${t.resource} ${t.expected}`));
  const exercisedResponses = new Set(
    sent.filter((t) => String(t.actual) === t.expected).map((t) => `${t.method} ${t.resource} ${t.expected}`),
  );
  const failing = sent.filter((t) => t.status === 'fail').length;
  // Dredd colours its output: drop the escape sequences (ESC [ ... m).
  const plain = output
    .split(String.fromCharCode(27))
    .join('')
    .replace(/\[[0-9;]*m/g, '');
  // Dredd names the reason on the lines after "API description processing error".
  const refused =
    transactions.length === 0
      ? (plain
          .split('\n')
          .filter((line) => /error:/.test(line) && !/processing error$/.test(line.trim()))
          .map((line) => line.replace(/^.*error:\s*/, '').trim())[0] ??
        plain.trim().split('\n').at(-1) ??
        'no output')
      : undefined;
  return {
    tool: 'Dredd 14.1.0',
    cases: sent.length,
    seconds: Number(seconds.toFixed(2)),
    casesPerSecond: Number((sent.length / seconds).toFixed(1)),
    operations: `${exercisedOperations.size}/${operations.size}`,
    responses: `${exercisedResponses.size}/${responses.size} (of the responses Dredd built transactions for)`,
    branches: 'n/a',
    findings: refused
      ? `refused the description: ${refused.slice(0, 160)}`
      : `${failing} failing transactions`,
  };
}

const starters = {
  example: startExample,
  ...REAL_SERVERS,
};
const targets = values['base-url']
  ? [
      async () => ({
        name: values['base-url'],
        baseUrl: values['base-url'],
        spec: resolve(values.spec),
        headers: headersOption(),
        close: async () => {},
      }),
    ]
  : values.targets.split(',').map((name) => {
      const start = starters[name.trim()];
      if (!start) {
        console.error(
          `bench:contract: unknown target "${name}" (known: ${Object.keys(starters).join(', ')})`,
        );
        process.exit(2);
      }
      return start;
    });

const results = [];
const reports = {};
for (const start of targets) {
  const target = await start();
  try {
    const ours = await runEngine(target);
    reports[target.name] = ours.report;
    delete ours.report;
    const rows = [ours];
    if (values.dredd) rows.push(await runDredd(target));
    for (const row of rows) results.push({ target: target.name, ...row });
    console.log(`\n${target.name} (${target.baseUrl})`);
    console.table(
      rows.map(({ tool, cases, seconds, casesPerSecond, operations, responses, branches, findings }) => ({
        tool,
        cases,
        seconds,
        'cases/s': casesPerSecond,
        operations,
        responses,
        branches,
        findings,
      })),
    );
  } finally {
    await target.close();
  }
}
if (values.json) await writeFile(resolve(values.json), `${JSON.stringify(reports, null, 2)}\n`);
console.log(
  JSON.stringify({ bench: 'contract', runs: Number(values.runs), workers: Number(values.workers), results }),
);
