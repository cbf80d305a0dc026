// `specloom generate` on GitHub's REST API description, beside openapi-typescript
// alone on the same document, each run in a fresh child process.
//
//   npm run build -w generators
//   npm run bench:generate -w bench -- [--runs 3]
//
// Measures, per run: wall time (spawn to exit, so module loading counts for
// both) and peak RSS of
//   - openapi-typescript: openapiTS(file) + astToString + write, its defaults;
//   - specloom full:      `specloom generate --spec <github> --out <tmp>`, every target, empty output and cache;
//   - specloom no-change: the same command again with the spec unchanged.
// Prints medians and the ratios (targets: full <= 2.0x openapi-typescript,
// no-change <= 20% of full) and writes a JSON report to bench/results/.
import { spawn } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const SPEC = require.resolve('@octokit/openapi/generated/api.github.com.json');
const WORK = join(here, '.tmp', 'generate-bench');
const OUT = join(WORK, 'out');
const CACHE = join(WORK, 'cache');

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '3' }, child: { type: 'string' } },
});

/** One measured job, in this (fresh) process; prints its peak RSS as JSON on the last line. */
async function runChild(mode) {
  if (mode === 'openapi-typescript') {
    const { default: openapiTS, astToString } = await import('openapi-typescript');
    const nodes = await openapiTS(pathToFileURL(SPEC), { silent: true });
    await mkdir(OUT, { recursive: true });
    await writeFile(join(OUT, 'openapi-typescript.ts'), astToString(nodes));
  } else {
    const { main } = await import(pathToFileURL(join(here, '../generators/dist/cli/main.js')).href);
    let output = '';
    const capture = (text) => {
      output += text;
    };
    const io = { stdout: capture, stderr: capture, cwd: here, debug: false };
    // The parent removes the cache before a full run, so it does all the work (and records the cache, as any run does).
    const code = await main(['generate', '--spec', SPEC, '--out', OUT], io);
    if (code !== 0) throw new Error(`specloom generate exited ${code}:\n${output}`);
    if (mode === 'full' && output.startsWith('Up to date'))
      throw new Error('expected a full run, the cache was not cleared');
    if (mode === 'no-change' && !output.startsWith('Up to date'))
      throw new Error(`expected an up-to-date run, got:\n${output}`);
  }
  // maxRSS is in kilobytes.
  console.log(JSON.stringify({ peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }));
}

function measure(mode) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [fileURLToPath(import.meta.url), '--child', mode], {
      env: { ...process.env, SPECLOOM_CACHE_DIR: CACHE },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
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

const median = (numbers) => {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

async function runParent(runs) {
  const samples = { 'openapi-typescript': [], full: [], 'no-change': [] };
  await rm(WORK, { recursive: true, force: true });
  for (let run = 1; run <= runs; run++) {
    // A full run starts from nothing: no output folder, no cache record.
    await rm(WORK, { recursive: true, force: true });
    for (const mode of ['openapi-typescript', 'full', 'no-change']) {
      const sample = await measure(mode);
      samples[mode].push(sample);
      console.log(
        `run ${run}/${runs}  ${mode.padEnd(18)} ${sample.seconds.toFixed(2).padStart(7)} s  peak RSS ${String(sample.peakRssMb).padStart(5)} MB`,
      );
    }
  }
  const summary = Object.fromEntries(
    Object.entries(samples).map(([mode, list]) => [
      mode,
      { seconds: median(list.map((s) => s.seconds)), peakRssMb: median(list.map((s) => s.peakRssMb)) },
    ]),
  );
  const fullRatio = summary.full.seconds / summary['openapi-typescript'].seconds;
  const noChangeShare = summary['no-change'].seconds / summary.full.seconds;
  console.log('');
  console.log(
    `Medians over ${runs} runs (GitHub REST API description, ${Math.round((await import('node:fs')).statSync(SPEC).size / 1e6)} MB):`,
  );
  for (const [mode, { seconds, peakRssMb }] of Object.entries(summary)) {
    console.log(
      `  ${mode.padEnd(18)} ${seconds.toFixed(2).padStart(7)} s  peak RSS ${String(peakRssMb).padStart(5)} MB`,
    );
  }
  console.log(`  specloom full / openapi-typescript: ${fullRatio.toFixed(2)}x (target <= 2.0x)`);
  console.log(`  no-change / full: ${(noChangeShare * 100).toFixed(1)}% (target <= 20%)`);
  const resultsDir = join(here, 'results');
  await mkdir(resultsDir, { recursive: true });
  const reportPath = join(resultsDir, `generate-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  await writeFile(
    reportPath,
    `${JSON.stringify({ spec: SPEC, runs, samples, summary, fullRatio, noChangeShare }, null, 2)}\n`,
  );
  console.log(`Report: ${reportPath}`);
  await rm(WORK, { recursive: true, force: true });
}

// Dispatch last: the helpers above are `const`s that must be initialized first.
if (values.child !== undefined) {
  await runChild(values.child);
} else {
  await runParent(Number(values.runs));
}
