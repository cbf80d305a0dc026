// Start-up of the commands that load a spec before their work begins (mock, generate, test, diff),
// on GitHub's REST API description (@octokit/openapi, 13 MB JSON) and the same document as YAML,
// beside @readme/openapi-parser's `validate` alone in the same run.
//
//   npm run build -w generators
//   npm run bench:startup -w bench -- [--runs 3] [--specs github,github-yaml] [--commands mock,generate,test,diff]
//
// Each run spawns the real CLI (bin/specloom.js) and stops the clock when the command has loaded
// the spec and is ready:
//   - mock:     the first request answered (GET /);
//   - generate: the "Loaded <spec> ... in" progress line (the run is then stopped: this times the load,
//               not the emitters; `npm run bench:generate` times those);
//   - test:     the first request the contract engine sends to a local stub server (spec loaded, cases derived);
//   - diff:     exit, comparing the previous published GitHub description with the current one (two loads);
//   - parser:   @readme/openapi-parser `validate(spec)` in a fresh process, spawn to exit (the reference).
// Wall time from spawn, so module loading counts. Runs are interleaved; medians are printed with
// the ratio to the parser's, and a JSON report goes to bench/results/startup.json.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const CLI = join(here, '../generators/bin/specloom.js');
const GITHUB = require.resolve('@octokit/openapi/generated/api.github.com.json');
const GITHUB_PREVIOUS = require.resolve('octokit-openapi-previous/generated/api.github.com.json');
const YAML_COPY = join(here, '.tmp', 'check-bench', 'api.github.com.yaml');
const SPECS = { github: GITHUB, 'github-yaml': YAML_COPY };
const TIMEOUT_MS = 600_000;

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    specs: { type: 'string', default: 'github,github-yaml' },
    commands: { type: 'string', default: 'parser,mock,generate,test,diff' },
    child: { type: 'string' },
  },
});

/** Spawns `args` and resolves with the ms until `ready(child, elapsed)` says so (or the child exits 0 when `untilExit`). */
function timed(args, { cwd, ready, untilExit = false }) {
  return new Promise((resolvePromise, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let done = false;
    const finish = (error, ms) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      if (child.exitCode === null) child.kill('SIGKILL');
      if (error) reject(error);
      else resolvePromise(ms);
    };
    const timer = setTimeout(
      () => finish(new Error(`${args.join(' ')}: no start-up within ${TIMEOUT_MS} ms`)),
      TIMEOUT_MS,
    );
    const onOutput = (chunk) => {
      output += chunk;
      if (!untilExit && ready?.onOutput?.(output)) finish(undefined, performance.now() - started);
    };
    child.stdout.on('data', onOutput);
    child.stderr.on('data', onOutput);
    child.on('error', (error) => finish(error));
    child.on('exit', (code) => {
      if (untilExit && code !== null && code <= 1) return finish(undefined, performance.now() - started);
      finish(new Error(`${args.join(' ')} exited ${code} before it was ready:\n${output.slice(-2000)}`));
    });
    ready?.start?.(() => finish(undefined, performance.now() - started));
  });
}

/** A free port on 127.0.0.1. */
function freePort() {
  return new Promise((resolvePromise, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePromise(port));
    });
  });
}

/** Polls until something answers HTTP on `port`, then calls `onReady`; stops polling when told. */
function pollUntilAnswered(port, onReady) {
  let stopped = false;
  const attempt = async () => {
    if (stopped) return;
    try {
      await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(2000) });
      stopped = true;
      onReady();
    } catch {
      setTimeout(attempt, 50);
    }
  };
  attempt();
  return () => {
    stopped = true;
  };
}

const COMMANDS = {
  parser: async (spec, cwd) =>
    timed([fileURLToPath(import.meta.url), '--child', spec], { cwd, untilExit: true }),
  mock: async (spec, cwd) => {
    const port = await freePort();
    let stop;
    try {
      return await timed([CLI, 'mock', spec, '--port', String(port)], {
        cwd,
        ready: {
          start: (ready) => {
            stop = pollUntilAnswered(port, ready);
          },
        },
      });
    } finally {
      stop?.();
    }
  },
  generate: async (spec, cwd) => {
    const out = await mkdtemp(join(cwd, 'out-'));
    try {
      return await timed(
        [CLI, 'generate', '--spec', spec, '--out', out, '--targets', 'types', '--no-cache'],
        {
          cwd,
          ready: { onOutput: (output) => /Loaded .* in /.test(output) },
        },
      );
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  },
  test: async (spec, cwd) => {
    // A stub backend: the first request it sees means the spec is loaded and cases are derived.
    let onRequest = () => {};
    const server = createServer((_request, response) => {
      onRequest();
      response.writeHead(404, { 'content-type': 'application/json' }).end('{}');
    });
    await new Promise((resolvePromise) => server.listen(0, '127.0.0.1', resolvePromise));
    const { port } = server.address();
    try {
      return await timed(
        [CLI, 'test', '--spec', spec, '--base-url', `http://127.0.0.1:${port}`, '--workers', '1'],
        {
          cwd,
          ready: {
            start: (ready) => {
              onRequest = ready;
            },
          },
        },
      );
    } finally {
      server.closeAllConnections();
      await new Promise((resolvePromise) => server.close(resolvePromise));
    }
  },
  // The previous published description against the given one: two loads and the comparison.
  diff: async (spec, cwd) =>
    timed([CLI, 'diff', spec === GITHUB ? GITHUB_PREVIOUS : spec, spec], {
      cwd,
      untilExit: true,
    }),
};

async function ensureYaml() {
  if (existsSync(YAML_COPY) && (await stat(YAML_COPY)).mtimeMs >= (await stat(GITHUB)).mtimeMs) return;
  const { stringify } = await import('yaml');
  await mkdir(dirname(YAML_COPY), { recursive: true });
  const document = JSON.parse(await readFile(GITHUB, 'utf8'));
  await writeFile(YAML_COPY, stringify(document, { aliasDuplicateObjects: false, lineWidth: 0 }));
}

function median(list) {
  const sorted = [...list].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

async function main() {
  const runs = Number(values.runs);
  const commands = values.commands.split(',').filter(Boolean);
  for (const name of commands)
    if (!(name in COMMANDS))
      throw new Error(`unknown command "${name}"; one of ${Object.keys(COMMANDS).join(', ')}`);
  // Outside this repository, so no specloom.config.* applies.
  const cwd = await mkdtemp(join(tmpdir(), 'specloom-startup-'));
  const report = { runs, date: new Date().toISOString(), specs: {} };
  try {
    for (const specName of values.specs.split(',').filter(Boolean)) {
      const spec = SPECS[specName];
      if (spec === undefined)
        throw new Error(`unknown spec "${specName}"; one of ${Object.keys(SPECS).join(', ')}`);
      if (specName === 'github-yaml') await ensureYaml();
      const results = Object.fromEntries(commands.map((name) => [name, []]));
      for (let run = 0; run < runs; run += 1)
        for (const name of commands) results[name].push(await COMMANDS[name](spec, cwd));
      const medians = Object.fromEntries(commands.map((name) => [name, Math.round(median(results[name]))]));
      report.specs[specName] = { medians, runs: results };
      console.log(
        `\n${specName}: start-up until the spec is loaded and the command is ready (${runs} runs, medians)`,
      );
      for (const name of commands) {
        const ratio = medians.parser
          ? `   ${(medians[name] / medians.parser).toFixed(2)}x parser validate`
          : '';
        console.log(`  ${name.padEnd(9)} ${(medians[name] / 1000).toFixed(2)} s${ratio}`);
      }
    }
  } finally {
    await rm(cwd, { recursive: true, force: true });
  }
  await mkdir(join(here, 'results'), { recursive: true });
  const file = join(here, 'results', 'startup.json');
  await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nreport: ${file}`);
}

if (values.child) {
  const { validate } = await import('@readme/openapi-parser');
  await validate(values.child);
} else await main();
