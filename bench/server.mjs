// Throughput and tail latency of the example server, with request validation on and off, in one run.
//
//   npm run bench:server -w bench          (builds nothing: run `npm run build` first)
//   BENCH_ROUNDS=5 BENCH_DURATION=10 BENCH_CONNECTIONS=20 npm run bench:server -w bench
//
// Each round starts one production-mode server per mode (a child process on 127.0.0.1, its own
// temporary SQLite file), seeds a user, a project and tasks, then drives two scenarios with
// autocannon: list a page of tasks, and create tasks. Modes alternate order per round so drift
// (thermal, other load) does not favour one. Reported: per-scenario medians of requests/second and
// p99 latency, and the on/off throughput ratio (target >= 0.85). Results go to bench/results/.

import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const here = path.dirname(fileURLToPath(import.meta.url));
const serverMain = path.resolve(process.env.BENCH_SERVER_MAIN ?? path.join(here, '../server/dist/main.js'));
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const DURATION = Number(process.env.BENCH_DURATION ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const SEED_TASKS = 60;
const TARGET_RATIO = 0.85;

/** Starts the built server in production mode and resolves its base URL from the start-up banner. */
async function startServer(validateRequests) {
  const dir = await mkdtemp(path.join(tmpdir(), 'taskboard-bench-'));
  const child = spawn(process.execPath, [serverMain], {
    cwd: dir,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: '0',
      DATABASE_URL: path.join(dir, 'bench.sqlite'),
      UPLOAD_DIR: path.join(dir, 'uploads'),
      JWT_SECRET: 'benchmark-secret-that-is-long-enough-for-hs256',
      CORS_ORIGINS: 'http://127.0.0.1:1',
      RATE_LIMIT_ENABLED: 'false',
      VALIDATE_REQUESTS: String(validateRequests),
      VALIDATE_RESPONSES: 'false',
      LOG_LEVEL: 'info',
    },
  });
  const baseUrl = await new Promise((resolve, reject) => {
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
      const match = /Task Board API\s+(http:\/\/\S+)/.exec(stderr);
      if (match) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${stderr}`)));
  });
  return {
    baseUrl,
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      await rm(dir, { recursive: true, force: true });
    },
  };
}

async function request(baseUrl, method, urlPath, body, token) {
  const response = await fetch(baseUrl + urlPath, {
    method,
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${urlPath} -> ${response.status}: ${await response.text()}`);
  return response.json();
}

// Every field and query parameter given, defaults included: with validation off no defaults are applied, and both modes
// must do the same work for the comparison to mean anything.
const TASK = {
  title: 'Benchmark task',
  description: 'Created under load.',
  status: 'todo',
  priority: 'high',
  assigneeId: null,
  dueDate: null,
  estimateHours: null,
  labels: [],
};

/** A user, a project with tasks, and the two scenarios' request definitions. */
async function seed(baseUrl) {
  const session = await request(baseUrl, 'POST', '/auth/register', {
    email: `bench-${Date.now()}@example.com`,
    password: 'benchmark-password',
    displayName: 'Bench',
  });
  const token = session.accessToken;
  const project = await request(baseUrl, 'POST', '/projects', { name: 'Benchmark' }, token);
  for (let i = 0; i < SEED_TASKS; i += 1) {
    await request(
      baseUrl,
      'POST',
      `/projects/${project.id}/tasks`,
      { ...TASK, title: `Seed task ${i}` },
      token,
    );
  }
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  return {
    list: { method: 'GET', path: `/projects/${project.id}/tasks?limit=20&sort=-createdAt`, headers },
    create: {
      method: 'POST',
      path: `/projects/${project.id}/tasks`,
      headers,
      body: JSON.stringify(TASK),
    },
  };
}

function drive(baseUrl, scenario) {
  return new Promise((resolve, reject) => {
    autocannon(
      { url: baseUrl, connections: CONNECTIONS, duration: DURATION, requests: [scenario] },
      (error, result) => {
        if (error) reject(error);
        else if (result.non2xx > 0 || result.errors > 0) {
          const statuses = JSON.stringify(result.statusCodeStats);
          reject(new Error(`${result.non2xx} non-2xx responses (${statuses}), ${result.errors} errors`));
        } else resolve({ rps: result.requests.average, p99: result.latency.p99 });
      },
    );
  });
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const samples = { on: { list: [], create: [] }, off: { list: [], create: [] } };
const failures = [];
for (let round = 1; round <= ROUNDS; round += 1) {
  const order = round % 2 ? ['on', 'off'] : ['off', 'on'];
  for (const mode of order) {
    const server = await startServer(mode === 'on');
    try {
      const scenarios = await seed(server.baseUrl);
      // A short warm-up so JIT and SQLite caches are hot before measuring.
      await drive(server.baseUrl, scenarios.list).catch(() => undefined);
      for (const name of ['list', 'create']) {
        const label = `round ${round} validation ${mode.padEnd(3)} ${name.padEnd(6)}`;
        try {
          const sample = await drive(server.baseUrl, scenarios[name]);
          samples[mode][name].push(sample);
          console.log(`${label} ${sample.rps.toFixed(0)} req/s  p99 ${sample.p99} ms`);
        } catch (error) {
          // Recorded, not hidden: a scenario that fails in one mode has no meaningful ratio.
          failures.push({ round, mode, scenario: name, error: error.message });
          console.log(`${label} FAILED: ${error.message}`);
        }
      }
    } finally {
      await server.stop();
    }
  }
}

const summary = {};
for (const name of ['list', 'create']) {
  if (samples.on[name].length === 0 || samples.off[name].length === 0) {
    summary[name] = { error: 'no successful samples in at least one mode; see failures' };
    continue;
  }
  const on = {
    rps: median(samples.on[name].map((s) => s.rps)),
    p99: median(samples.on[name].map((s) => s.p99)),
  };
  const off = {
    rps: median(samples.off[name].map((s) => s.rps)),
    p99: median(samples.off[name].map((s) => s.p99)),
  };
  summary[name] = { validationOn: on, validationOff: off, throughputRatio: on.rps / off.rps };
}

console.log(`\nMedians over ${ROUNDS} rounds (${DURATION}s, ${CONNECTIONS} connections):`);
for (const [name, { validationOn, validationOff, throughputRatio, error }] of Object.entries(summary)) {
  if (error) {
    console.log(`${name.padEnd(6)} ${error}`);
    continue;
  }
  const verdict = throughputRatio >= TARGET_RATIO ? 'ok' : `below target ${TARGET_RATIO}`;
  console.log(
    `${name.padEnd(6)} on ${validationOn.rps.toFixed(0)} req/s p99 ${validationOn.p99} ms | ` +
      `off ${validationOff.rps.toFixed(0)} req/s p99 ${validationOff.p99} ms | ratio ${throughputRatio.toFixed(3)} (${verdict})`,
  );
}

const resultsDir = path.join(here, 'results');
await mkdir(resultsDir, { recursive: true });
const file = path.join(resultsDir, `server-${new Date().toISOString().replaceAll(':', '-')}.json`);
await writeFile(
  file,
  `${JSON.stringify(
    { rounds: ROUNDS, durationSeconds: DURATION, connections: CONNECTIONS, samples, summary, failures },
    null,
    2,
  )}\n`,
);
console.log(`\nWrote ${path.relative(process.cwd(), file)}`);
if (failures.length > 0) process.exitCode = 1;
