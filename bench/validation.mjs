// Request-validation engines of the generated router, compared in one run: zod (the generated
// schemas), express-openapi-validator (Ajv against the bundled spec) and no validation.
//
//   npm run bench:validation -w bench          (needs the built generators: `npm run build -w generators`)
//   BENCH_ROUNDS=5 BENCH_DURATION=10 BENCH_CONNECTIONS=20 npm run bench:validation -w bench
//
// The router is generated for the example spec (openapi/openapi.yaml) into bench/.tmp/, compiled
// with TypeScript's transpiler, and mounted in a bare Express 5 app whose handlers answer from
// memory, so the figures isolate routing + validation + serialization. Each round starts one
// server process per engine on 127.0.0.1 (the order rotates per round) and drives two scenarios
// with autocannon: a list (GET with query parameters) and a create (POST with a JSON body).
// Reported: per-scenario medians of requests/second and p99 latency, and the throughput ratio of
// each engine to `off`. Results go to bench/results/.

import { fork } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const dist = path.join(root, 'generators/dist');
const specPath = path.join(root, 'openapi/openapi.yaml');
const workDir = path.join(here, '.tmp/validation');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const DURATION = Number(process.env.BENCH_DURATION ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const ENGINES = ['zod', 'openapi-validator', 'off'];
const PROJECT = '0b7f2c1e-4d3a-4e8b-9a61-2f5c8d9e1a47';
const TOKEN = 'bench-token';

const TASK = {
  id: '5d1e9f3a-7b2c-4c8d-9e0f-1a2b3c4d5e6f',
  projectId: PROJECT,
  title: 'Write the launch announcement',
  description: 'Draft, review with marketing, schedule for launch day.',
  status: 'in_progress',
  priority: 'high',
  assigneeId: 'c9bf9e57-1685-4c89-bafb-ff5af830be8a',
  dueDate: '2026-12-05',
  estimateHours: 3.5,
  labels: ['copy', 'launch'],
  createdBy: '8f14e45f-ceea-4f67-a9a4-3b1f2c5d7e90',
  createdAt: '2026-11-25T09:30:00Z',
  updatedAt: '2026-11-25T11:05:12Z',
  version: 3,
};

const SCENARIOS = [
  {
    name: 'list',
    request: {
      method: 'GET',
      path: `/projects/${PROJECT}/tasks?limit=20&status=todo&status=in_progress&sort=-dueDate`,
      headers: { authorization: `Bearer ${TOKEN}` },
    },
  },
  {
    name: 'create',
    request: {
      method: 'POST',
      path: `/projects/${PROJECT}/tasks`,
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        title: 'Write the launch announcement',
        description: 'Draft, review with marketing, schedule for launch day.',
        priority: 'high',
        assigneeId: 'c9bf9e57-1685-4c89-bafb-ff5af830be8a',
        dueDate: '2026-12-05',
        estimateHours: 3.5,
        labels: ['copy', 'launch'],
      }),
    },
  },
];

/** Generates types, zod and server code for the example spec and transpiles it to runnable JS. */
async function generate() {
  const load = await importDist('load/index.js');
  const targets = [
    (await importDist('types/index.js')).typesTarget,
    (await importDist('zod/index.js')).zodTarget,
    (await importDist('server/index.js')).serverTarget,
  ];
  const { planServer } = await importDist('server/plan.js');
  const ts = (await import('typescript')).default;
  const { model } = await load.loadSpec(specPath);
  await rm(workDir, { recursive: true, force: true });
  for (const target of targets) {
    const files = await target.emit({ model, generatorVersion: 'bench', options: {}, warn: () => {} });
    for (const file of files.filter((entry) => entry.scaffold !== true)) {
      const js = ts.transpileModule(file.contents, {
        compilerOptions: {
          module: ts.ModuleKind.ESNext,
          target: ts.ScriptTarget.ES2022,
          verbatimModuleSyntax: false,
        },
      }).outputText;
      const out = path.join(workDir, file.path.replace(/\.ts$/, '.js'));
      await mkdir(path.dirname(out), { recursive: true });
      await writeFile(out, js);
    }
  }
  const handlers = planServer(model).groups.flatMap((group) =>
    group.operations.map((operation) => ({
      group: group.key,
      handler: operation.operation.name,
      operationId: operation.operation.operationId,
    })),
  );
  await writeFile(path.join(workDir, 'handlers.json'), JSON.stringify(handlers));
}

async function importDist(file) {
  try {
    return await import(pathToFileURL(path.join(dist, file)).href);
  } catch (error) {
    console.error(
      `Cannot load ${path.join(dist, file)}: build the generators first (npm run build -w generators).`,
    );
    throw error;
  }
}

/** Child process: one Express app with the generated router in the given validation mode. */
async function serve(engine) {
  const express = (await import('express')).default;
  const { createRouter } = await import(pathToFileURL(path.join(workDir, 'server/router.js')).href);
  const operations = JSON.parse(await readFile(path.join(workDir, 'handlers.json'), 'utf8'));
  const page = {
    items: Array.from({ length: 20 }, (_, index) => ({ ...TASK, version: index + 1 })),
    nextCursor: null,
  };
  const implementations = {
    listTasks: async () => ({ status: 200, body: page }),
    createTask: async (input) => ({
      status: 201,
      body: { ...TASK, ...input.body, status: 'todo', version: 1 },
      headers: { Location: `/projects/${PROJECT}/tasks/${TASK.id}`, ETag: '"1"' },
    }),
  };
  const handlers = {};
  for (const { group, handler, operationId } of operations) {
    handlers[group] ??= {};
    handlers[group][handler] =
      implementations[operationId] ??
      (async () => {
        throw Object.assign(new Error('not part of the benchmark'), { status: 501 });
      });
  }
  const app = express();
  app.use(
    createRouter({
      handlers,
      security: { bearerAuth: async (token) => (token === TOKEN ? { userId: 'bench' } : undefined) },
      validateRequests: engine,
      apiSpec: specPath,
    }),
  );
  app.use((error, _req, res, _next) => {
    res
      .status(error.status ?? 500)
      .type('application/problem+json')
      .json({ title: error.message, status: error.status ?? 500 });
  });
  // CPU time is reported on request: on a shared machine it is steadier than wall-clock throughput.
  process.on('message', (message) => {
    if (message === 'cpu') process.send?.({ cpu: process.cpuUsage() });
  });
  const server = app.listen(0, '127.0.0.1', () =>
    process.send?.({ url: `http://127.0.0.1:${server.address().port}` }),
  );
  process.on('disconnect', () => server.close(() => process.exit(0)));
}

function startServer(engine) {
  const child = fork(fileURLToPath(import.meta.url), ['--serve', engine], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const stop = () =>
    new Promise((done) => {
      child.once('exit', done);
      child.disconnect();
    });
  /** The server process's CPU time so far (user + system), in microseconds. */
  const cpu = () =>
    new Promise((done) => {
      child.once('message', (message) => done(message.cpu.user + message.cpu.system));
      child.send('cpu');
    });
  return new Promise((resolve, reject) => {
    child.once('message', ({ url }) => resolve({ url, stop, cpu }));
    child.once('exit', (code) => reject(new Error(`server (${engine}) exited with ${code}`)));
  });
}

async function drive(server, scenario) {
  const autocannon = (await import('autocannon')).default;
  const before = await server.cpu();
  const result = await autocannon({
    url: server.url,
    connections: CONNECTIONS,
    duration: DURATION,
    requests: [scenario.request],
  });
  const cpuMicros = (await server.cpu()) - before;
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(
      `${scenario.name}: ${result.non2xx} non-2xx answers and ${result.errors} errors; the figures would be meaningless`,
    );
  }
  return {
    rps: result.requests.average,
    p99: result.latency.p99,
    cpuPerRequest: cpuMicros / result.requests.total,
  };
}

/** One request per scenario (the validator compiles the spec lazily), then a short load, so neither is measured. */
async function warmUp(url) {
  for (const { name, request } of SCENARIOS) {
    const response = await fetch(`${url}${request.path}`, {
      method: request.method,
      headers: request.headers,
      body: request.body,
    });
    if (!response.ok)
      throw new Error(`${name} warm-up answered ${response.status}: ${await response.text()}`);
  }
  const autocannon = (await import('autocannon')).default;
  for (const { request } of SCENARIOS)
    await autocannon({ url, connections: 2, duration: 1, requests: [request] });
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

async function main() {
  await generate();
  const samples = {};
  for (let round = 0; round < ROUNDS; round++) {
    const order = ENGINES.map((_, index) => ENGINES[(index + round) % ENGINES.length]);
    for (const engine of order) {
      const server = await startServer(engine);
      try {
        await warmUp(server.url);
        for (const scenario of SCENARIOS) {
          const figure = await drive(server, scenario);
          samples[scenario.name] ??= {};
          samples[scenario.name][engine] ??= [];
          samples[scenario.name][engine].push(figure);
          console.error(
            `round ${round + 1}/${ROUNDS} ${scenario.name.padEnd(6)} ${engine.padEnd(17)} ${figure.rps.toFixed(0)} req/s  p99 ${figure.p99} ms  server CPU ${figure.cpuPerRequest.toFixed(0)} µs/request`,
          );
        }
      } finally {
        await server.stop();
      }
    }
  }
  const report = {
    rounds: ROUNDS,
    durationSeconds: DURATION,
    connections: CONNECTIONS,
    node: process.version,
    scenarios: {},
  };
  console.log(`\nMedians over ${ROUNDS} rounds (${DURATION} s, ${CONNECTIONS} connections each):\n`);
  console.log('scenario  engine             req/s   p99 ms  req/s vs off  CPU µs/req  CPU vs off');
  for (const scenario of SCENARIOS) {
    const byEngine = samples[scenario.name];
    const medianOf = (engine, key) => median(byEngine[engine].map((figure) => figure[key]));
    report.scenarios[scenario.name] = {};
    for (const engine of ENGINES) {
      const figure = {
        rps: medianOf(engine, 'rps'),
        p99: medianOf(engine, 'p99'),
        cpuPerRequest: medianOf(engine, 'cpuPerRequest'),
      };
      figure.rpsRatioToOff = figure.rps / medianOf('off', 'rps');
      figure.cpuRatioToOff = figure.cpuPerRequest / medianOf('off', 'cpuPerRequest');
      report.scenarios[scenario.name][engine] = figure;
      console.log(
        [
          scenario.name.padEnd(9),
          engine.padEnd(17),
          figure.rps.toFixed(0).padStart(6),
          String(figure.p99).padStart(8),
          figure.rpsRatioToOff.toFixed(2).padStart(13),
          figure.cpuPerRequest.toFixed(0).padStart(11),
          figure.cpuRatioToOff.toFixed(2).padStart(11),
        ].join(' '),
      );
    }
    const zod = report.scenarios[scenario.name].zod;
    const validator = report.scenarios[scenario.name]['openapi-validator'];
    console.log(
      `${scenario.name.padEnd(9)} zod / openapi-validator: throughput ${(zod.rps / validator.rps).toFixed(2)}, CPU per request ${(zod.cpuPerRequest / validator.cpuPerRequest).toFixed(2)}\n`,
    );
  }
  const resultsDir = path.join(here, 'results');
  await mkdir(resultsDir, { recursive: true });
  const file = path.join(resultsDir, `validation-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`Written ${path.relative(root, file)}`);
  await rm(workDir, { recursive: true, force: true });
}

if (process.argv[2] === '--serve') await serve(process.argv[3]);
else await main();
