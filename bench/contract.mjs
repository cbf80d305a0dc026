#!/usr/bin/env node
/**
 * Contract-test engine benchmark: cases per second and the time of a full
 * run against a running backend.
 *
 *   npm run build -w generators && npm run build -w contract-tests
 *   npm run bench:contract -w bench -- --base-url http://127.0.0.1:3000 [--spec ../openapi/openapi.yaml]
 *       [--header 'Authorization: Bearer …'] [--config specloom.config.ts] [--runs 3] [--workers 4] [--seed 1]
 *
 * Prints one line per run and a JSON summary (median of the runs) on the last line.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    'base-url': { type: 'string', default: process.env.SPECLOOM_BASE_URL },
    spec: { type: 'string', default: resolve(import.meta.dirname, '../openapi/openapi.yaml') },
    header: { type: 'string', multiple: true, default: [] },
    config: { type: 'string' },
    runs: { type: 'string', default: '3' },
    workers: { type: 'string', default: '4' },
    seed: { type: 'string', default: '1' },
    'time-budget': { type: 'string' },
    kinds: { type: 'string' },
  },
});

if (!values['base-url']) {
  console.error(
    'bench:contract: --base-url (or SPECLOOM_BASE_URL) is required: start the target server first',
  );
  process.exit(2);
}

let engine;
try {
  engine = await import('@specloom/contract-tests');
} catch (error) {
  console.error(
    `bench:contract: cannot load @specloom/contract-tests (${error.message}); run "npm run build -w generators && npm run build -w contract-tests"`,
  );
  process.exit(2);
}

const headers = Object.fromEntries(
  values.header.map((header) => {
    const colon = header.indexOf(':');
    return [header.slice(0, colon).trim().toLowerCase(), header.slice(colon + 1).trim()];
  }),
);
const { authorization, ...otherHeaders } = headers;
const auth = authorization ? { headers: { authorization } } : undefined;
const spec = await engine.loadSpecModel(resolve(values.spec));

const runs = [];
for (let run = 1; run <= Number(values.runs); run++) {
  const report = await engine.runContractTests({
    spec,
    baseUrl: values['base-url'],
    headers: otherHeaders,
    ...(auth ? { auth } : {}),
    seed: Number(values.seed),
    workers: Number(values.workers),
    ...(values['time-budget'] ? { timeBudget: Number(values['time-budget']) } : {}),
    ...(values.kinds ? { kinds: values.kinds.split(',') } : {}),
  });
  const casesPerSecond = report.cases / (report.durationMs / 1000);
  runs.push({
    cases: report.cases,
    durationMs: report.durationMs,
    casesPerSecond,
    findings: report.findings.length,
    exercised: report.operations.exercised,
    operations: report.operations.total,
  });
  console.log(
    `run ${run}: ${report.cases} cases in ${(report.durationMs / 1000).toFixed(2)} s = ${casesPerSecond.toFixed(1)} cases/s; ` +
      `${report.operations.exercised}/${report.operations.total} operations; ${report.findings.length} findings`,
  );
}

const median = (numbers) => [...numbers].sort((a, b) => a - b)[Math.floor(numbers.length / 2)];
console.log(
  JSON.stringify({
    bench: 'contract',
    baseUrl: values['base-url'],
    workers: Number(values.workers),
    runs: runs.length,
    medianCases: median(runs.map((run) => run.cases)),
    medianFullRunMs: median(runs.map((run) => run.durationMs)),
    medianCasesPerSecond: Number(median(runs.map((run) => run.casesPerSecond)).toFixed(1)),
    findings: runs.at(-1)?.findings,
  }),
);
