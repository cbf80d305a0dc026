// The example server as deployed, side by side in one run: one process on SQLite, one on PostgreSQL, and two
// processes on one PostgreSQL (what `npm run start:cluster` runs). For each: requests/second, p99 latency and
// errors for a list and a create at BENCH_CONNECTIONS connections (default 50) for BENCH_DURATION seconds
// (default 30); and the SSE fan-out delay: an event made through process A, seen on BENCH_STREAMS (default 200)
// open streams on process B (the same process when there is one), median and p99 over BENCH_EVENTS (100) events.
// Two more rows count rate limits (in PostgreSQL, and in Redis with REDIS_URL when /usr/bin/redis-server exists).
// Last, durability: under write load, SIGTERM then restart, and how many acknowledged creates are present.
//
//   npm run build && npm run bench:server
//   BENCH_DURATION=5 BENCH_CONNECTIONS=20 npm run bench:server -w bench     (a quick look)
//   BENCH_PARTS=restart BENCH_RESTART_RUNS=5 npm run bench:server -w bench  (only the durability check)
//
// PostgreSQL is a throwaway cluster from the local binaries (/usr/lib/postgresql/*/bin, Debian's `postgresql`)
// on a free port, or PG_BENCH_URL. Results go to bench/results/server.json.

import { execFile, spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { chmod, chown, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';

const run = promisify(execFile);
const here = path.dirname(fileURLToPath(import.meta.url));
const serverMain = path.resolve(process.env.BENCH_SERVER_MAIN ?? path.join(here, '../server/dist/main.js'));
const DURATION = Number(process.env.BENCH_DURATION ?? 30);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const STREAMS = Number(process.env.BENCH_STREAMS ?? 200);
const EVENTS = Number(process.env.BENCH_EVENTS ?? 100);
const SEED_TASKS = 60;

/** A throwaway PostgreSQL cluster (as postgres when root: PostgreSQL refuses to run as root). */
async function startPostgres() {
  if (process.env.PG_BENCH_URL) return { url: process.env.PG_BENCH_URL, stop: async () => {} };
  const root = '/usr/lib/postgresql';
  const version = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a))[0] : undefined;
  const bin = version && path.join(root, version, 'bin');
  if (!bin || !existsSync(path.join(bin, 'pg_ctl')))
    throw new Error('PostgreSQL binaries not found (apt-get install postgresql)');
  const dir = await mkdtemp(path.join(tmpdir(), 'taskboard-bench-pg-'));
  const asRoot = userInfo().uid === 0;
  const exec = (program, args) =>
    asRoot
      ? run('runuser', ['-u', 'postgres', '--', path.join(bin, program), ...args])
      : run(path.join(bin, program), args);
  if (asRoot) {
    const uid = Number((await run('id', ['-u', 'postgres'])).stdout.trim());
    const gid = Number((await run('id', ['-g', 'postgres'])).stdout.trim());
    await chown(dir, uid, gid);
    await chmod(dir, 0o700);
  }
  const data = path.join(dir, 'data');
  await exec('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--no-sync']);
  const port = await freePort();
  // Durable settings (fsync on): the numbers are for a database that keeps what it acknowledges.
  await exec('pg_ctl', [
    '-D',
    data,
    '-o',
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=200`,
    '-l',
    path.join(dir, 'log'),
    '-w',
    'start',
  ]);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    async stop() {
      await exec('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']).catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    },
  };
}

let databases = 0;
async function createDatabase(url) {
  databases += 1;
  const name = `bench_${process.pid}_${databases}`;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const target = new URL(url);
  target.pathname = `/${name}`;
  return target.toString();
}

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** Starts the built server in production mode and resolves its base URL from the start-up banner. */
async function startServer(databaseUrl, keepDir, extraEnv = {}) {
  const dir = keepDir ?? (await mkdtemp(path.join(tmpdir(), 'taskboard-bench-')));
  const child = spawn(process.execPath, [serverMain], {
    cwd: dir,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: '0',
      DATABASE_URL: databaseUrl ?? path.join(dir, 'bench.sqlite'),
      UPLOAD_DIR: path.join(dir, 'uploads'),
      JWT_SECRET: 'benchmark-secret-that-is-long-enough-for-hs256',
      CORS_ORIGINS: 'http://127.0.0.1:1',
      RATE_LIMIT_ENABLED: 'false',
      VALIDATE_RESPONSES: 'false',
      LOG_LEVEL: 'warn',
      ...extraEnv,
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
    dir,
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const code = await exited;
      if (!keepDir) await rm(dir, { recursive: true, force: true });
      return code;
    },
  };
}

async function request(baseUrl, method, urlPath, body, token) {
  const response = await fetch(baseUrl + urlPath, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${urlPath} -> ${response.status}: ${await response.text()}`);
  return response.json();
}

const TASK = { title: 'Benchmark task', description: 'Created under load.', priority: 'high', labels: [] };

/** A user and a project with tasks; the scenarios' request definitions. */
async function seed(baseUrl) {
  const session = await request(baseUrl, 'POST', '/auth/register', {
    email: `bench-${Date.now()}-${Math.random()}@example.com`,
    password: 'benchmark-password',
    displayName: 'Bench',
  });
  const token = session.accessToken;
  const project = await request(baseUrl, 'POST', '/projects', { name: 'Benchmark' }, token);
  for (let i = 0; i < SEED_TASKS; i += 1) {
    await request(baseUrl, 'POST', `/projects/${project.id}/tasks`, { ...TASK, title: `Seed ${i}` }, token);
  }
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  return {
    token,
    projectId: project.id,
    list: { method: 'GET', path: `/projects/${project.id}/tasks?limit=20&sort=-createdAt`, headers },
    create: { method: 'POST', path: `/projects/${project.id}/tasks`, headers, body: JSON.stringify(TASK) },
  };
}

function drive(baseUrl, scenario, connections) {
  return new Promise((resolve, reject) => {
    autocannon({ url: baseUrl, connections, duration: DURATION, requests: [scenario] }, (error, result) => {
      if (error) reject(error);
      else
        resolve({
          requests: result.requests.total,
          rps: result.requests.average,
          p99: result.latency.p99,
          errors: result.errors + result.timeouts + result.non2xx,
        });
    });
  });
}

/** The load split evenly over the processes at once; throughput adds up, p99 is the worst process's. */
async function driveAll(servers, scenario) {
  const share = Math.max(1, Math.round(CONNECTIONS / servers.length));
  const results = await Promise.all(servers.map((server) => drive(server.baseUrl, scenario, share)));
  return {
    rps: results.reduce((sum, r) => sum + r.rps, 0),
    p99: Math.max(...results.map((r) => r.p99)),
    errors: results.reduce((sum, r) => sum + r.errors, 0),
  };
}

/**
 * Opens STREAMS event streams on `b`, then makes EVENTS tasks through `a`, one at a time, and measures for each
 * the time from sending the create to the moment the last of the streams on `b` received its event.
 */
async function fanOut(a, b, seeded) {
  const arrivals = new Map();
  const controllers = [];
  const ready = [];
  for (let i = 0; i < STREAMS; i += 1) {
    const controller = new AbortController();
    controllers.push(controller);
    ready.push(
      (async () => {
        const response = await fetch(`${b.baseUrl}/projects/${seeded.projectId}/events`, {
          headers: { authorization: `Bearer ${seeded.token}` },
          signal: controller.signal,
        });
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
        let buffer = '';
        void (async () => {
          for (;;) {
            const { value, done } = await reader.read().catch(() => ({ done: true }));
            if (done) return;
            buffer += value;
            let end = buffer.indexOf('\n\n');
            while (end >= 0) {
              const data = /^data: (.*)$/m.exec(buffer.slice(0, end))?.[1];
              buffer = buffer.slice(end + 2);
              if (data) {
                const { taskId } = JSON.parse(data);
                // An event may arrive before its create's response: count it under its id either way.
                const seen = arrivals.get(taskId) ?? { count: 0, last: 0 };
                arrivals.set(taskId, seen);
                seen.count += 1;
                seen.last = performance.now();
              }
              end = buffer.indexOf('\n\n');
            }
          }
        })();
      })(),
    );
  }
  await Promise.all(ready);
  const delays = [];
  let missing = 0;
  for (let i = 0; i < EVENTS; i += 1) {
    const sent = performance.now();
    const created = await fetch(`${a.baseUrl}/projects/${seeded.projectId}/tasks`, {
      method: 'POST',
      headers: { authorization: `Bearer ${seeded.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ title: `fan-out ${i}` }),
    });
    const { id } = await created.json();
    const pending = arrivals.get(id) ?? { count: 0, last: 0 };
    arrivals.set(id, pending);
    const deadline = performance.now() + 5_000;
    while (pending.count < STREAMS && performance.now() < deadline)
      await new Promise((r) => setTimeout(r, 1));
    if (pending.count < STREAMS) missing += STREAMS - pending.count;
    else delays.push(pending.last - sent);
  }
  for (const controller of controllers) controller.abort();
  return { median: quantile(delays, 0.5), p99: quantile(delays, 0.99), missing, measured: delays.length };
}

function quantile(values, q) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
}

/**
 * Durability under shutdown: WRITERS clients create tasks as fast as they can; after a second the server gets
 * SIGTERM; it is restarted on the same database and every task whose create was acknowledged (201) is looked up.
 */
async function restartUnderLoad(databaseUrl) {
  const dir = await mkdtemp(path.join(tmpdir(), 'taskboard-bench-restart-'));
  try {
    const first = await startServer(databaseUrl ?? path.join(dir, 'restart.sqlite'), dir);
    const seeded = await seed(first.baseUrl);
    const acknowledged = [];
    let refused = 0;
    let stopped = false;
    const writer = async () => {
      while (!stopped) {
        try {
          const response = await fetch(`${first.baseUrl}/projects/${seeded.projectId}/tasks`, {
            method: 'POST',
            headers: { authorization: `Bearer ${seeded.token}`, 'content-type': 'application/json' },
            body: JSON.stringify({ title: 'durable?' }),
          });
          if (response.status === 201) acknowledged.push((await response.json()).id);
          else {
            refused += 1;
            await response.arrayBuffer();
          }
        } catch {
          // Connection closed by the shutdown: not acknowledged, so not counted.
          if (stopped) return;
        }
      }
    };
    const writers = Array.from({ length: 20 }, writer);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const code = await first.stop();
    stopped = true;
    await Promise.all(writers);
    const second = await startServer(databaseUrl ?? path.join(dir, 'restart.sqlite'), dir);
    try {
      const present = new Set();
      let cursor;
      do {
        const page = await request(
          second.baseUrl,
          'GET',
          `/projects/${seeded.projectId}/tasks?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
          undefined,
          seeded.token,
        );
        for (const task of page.items) present.add(task.id);
        cursor = page.nextCursor;
      } while (cursor);
      const lost = acknowledged.filter((id) => !present.has(id)).length;
      return { acknowledged: acknowledged.length, lost, refusedDuringDrain: refused, exitCode: code };
    } finally {
      await second.stop();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** A throwaway redis-server (Debian's redis-server) on a free port, nothing saved; undefined when it is missing. */
async function startRedis() {
  const binary = '/usr/bin/redis-server';
  if (!existsSync(binary)) return undefined;
  const dir = await mkdtemp(path.join(tmpdir(), 'taskboard-bench-redis-'));
  const port = await freePort();
  const child = spawn(binary, ['--bind', '127.0.0.1', '--port', String(port), '--save', '', '--dir', dir], {
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  await new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      if (/Ready to accept connections/.test(out)) resolve();
    });
    child.once('exit', (code) => reject(new Error(`redis-server exited with ${code}:\n${out}`)));
  });
  return {
    url: `redis://127.0.0.1:${port}`,
    async stop() {
      child.kill('SIGKILL');
      await rm(dir, { recursive: true, force: true });
    },
  };
}

const postgres = await startPostgres();
const redis = await startRedis();
// The first three rows run without rate limits; the last two count every request in a limit never reached,
// in the database or in Redis (REDIS_URL), to show what counting costs.
const counting = {
  RATE_LIMIT_ENABLED: 'true',
  RATE_LIMIT_MAX: '100000000',
  AUTH_RATE_LIMIT_MAX: '100000000',
};
const setups = [
  { name: '1 process, SQLite', processes: 1, database: () => undefined },
  { name: '1 process, PostgreSQL', processes: 1, database: () => createDatabase(postgres.url) },
  { name: '2 processes, PostgreSQL', processes: 2, database: () => createDatabase(postgres.url) },
  {
    name: '2 proc, PG, limits in PG',
    processes: 2,
    database: () => createDatabase(postgres.url),
    env: counting,
  },
  ...(redis
    ? [
        {
          name: '2 proc, PG, limits Redis',
          processes: 2,
          database: () => createDatabase(postgres.url),
          env: { ...counting, REDIS_URL: redis.url },
        },
      ]
    : []),
];
// BENCH_SETUPS=comma-separated row names: only those rows (default all).
const only = process.env.BENCH_SETUPS?.split(',');
// BENCH_PARTS=load,restart (default both): which measurements to run.
const PARTS = new Set((process.env.BENCH_PARTS ?? 'load,restart').split(','));
const results = {};
try {
  for (const setup of PARTS.has('load') ? setups.filter((s) => !only || only.includes(s.name)) : []) {
    const databaseUrl = await setup.database();
    const servers = [];
    for (let i = 0; i < setup.processes; i += 1)
      servers.push(await startServer(databaseUrl, undefined, setup.env));
    try {
      const seeded = await seed(servers[0].baseUrl);
      await drive(servers[0].baseUrl, seeded.list, 10).catch(() => undefined);
      const list = await driveAll(servers, seeded.list);
      console.log(
        `${setup.name.padEnd(24)} list   ${list.rps.toFixed(0).padStart(6)} req/s  p99 ${list.p99} ms  errors ${list.errors}`,
      );
      const create = await driveAll(servers, seeded.create);
      console.log(
        `${setup.name.padEnd(24)} create ${create.rps.toFixed(0).padStart(6)} req/s  p99 ${create.p99} ms  errors ${create.errors}`,
      );
      const sse = await fanOut(servers[0], servers.at(-1), seeded);
      console.log(
        `${setup.name.padEnd(24)} SSE    ${STREAMS} streams: median ${sse.median.toFixed(1)} ms  p99 ${sse.p99.toFixed(1)} ms` +
          ` (event on A to all streams on ${servers.length > 1 ? 'B' : 'A'}; ${sse.measured}/${EVENTS} events, ${sse.missing} deliveries missing)`,
      );
      results[setup.name] = { list, create, sse };
    } finally {
      await Promise.all(servers.map((server) => server.stop()));
    }
  }
  const RESTART_RUNS = Number(process.env.BENCH_RESTART_RUNS ?? 3);
  for (const [name, database] of PARTS.has('restart')
    ? [
        ['SQLite', () => undefined],
        ['PostgreSQL', () => createDatabase(postgres.url)],
      ]
    : []) {
    const runs = [];
    for (let i = 0; i < RESTART_RUNS; i += 1) runs.push(await restartUnderLoad(await database()));
    const acknowledged = runs.reduce((sum, r) => sum + r.acknowledged, 0);
    const lost = runs.reduce((sum, r) => sum + r.lost, 0);
    console.log(
      `SIGTERM under write load, ${name}: ${acknowledged - lost}/${acknowledged} acknowledged creates present after restart ` +
        `(${RESTART_RUNS} runs; 503s while draining: ${runs.map((r) => r.refusedDuringDrain).join(', ')}; exit codes ${runs.map((r) => r.exitCode).join(', ')})`,
    );
    results[`restart ${name}`] = runs;
  }
} finally {
  await postgres.stop();
  await redis?.stop();
}

const resultsDir = path.join(here, 'results');
await mkdir(resultsDir, { recursive: true });
await writeFile(
  path.join(resultsDir, 'server.json'),
  `${JSON.stringify({ duration: DURATION, connections: CONNECTIONS, streams: STREAMS, events: EVENTS, results }, null, 2)}\n`,
);
