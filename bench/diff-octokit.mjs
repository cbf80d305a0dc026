// Diffs two consecutive published versions of GitHub's REST API description
// (npm @octokit/openapi 23.0.1 -> 23.0.2) with `specloom diff`'s engine:
// counts per change class and per rule, and the diff's wall time over several
// runs (slowest and median). Loading is timed separately, once per side.
// Run: npm run build -w generators && npm run bench:diff -w bench
import { createRequire } from 'node:module';
import { loadSpec } from 'specloom';
// The diff engine is not re-exported from the package root yet; use its built module directly.
import { diffSpecs } from '../generators/dist/diff/index.js';

const RUNS = Number(process.env.RUNS ?? 5);
const require = createRequire(import.meta.url);
const description = (pkg, file) => require.resolve(`${pkg}/generated/${file}.json`);
const previousVersion = require('octokit-openapi-previous/package.json').version;
const currentVersion = require('@octokit/openapi/package.json').version;

// The consecutive npm versions are the required pair. Their documents may differ
// only in `info.version`, so the GHES descriptions shipped in the same package
// (3.18 -> 3.19 -> github.com) are diffed too: real API evolution, thousands of changes.
const PAIRS = [
  [
    `@octokit/openapi ${previousVersion}`,
    description('octokit-openapi-previous', 'api.github.com'),
    `@octokit/openapi ${currentVersion}`,
    description('@octokit/openapi', 'api.github.com'),
  ],
  [
    'ghes-3.18',
    description('@octokit/openapi', 'ghes-3.18'),
    'ghes-3.19',
    description('@octokit/openapi', 'ghes-3.19'),
  ],
  [
    'ghes-3.19',
    description('@octokit/openapi', 'ghes-3.19'),
    'api.github.com',
    description('@octokit/openapi', 'api.github.com'),
  ],
];

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const loaded = new Map();
async function load(path) {
  if (!loaded.has(path)) {
    const started = performance.now();
    const spec = await loadSpec(path);
    loaded.set(path, { spec, ms: performance.now() - started });
  }
  return loaded.get(path);
}

const summaries = [];
for (const [baseName, basePath, headName, headPath] of PAIRS) {
  const base = (await load(basePath)).spec;
  const head = (await load(headPath)).spec;
  const times = [];
  let result;
  for (let run = 0; run < RUNS; run += 1) {
    const started = performance.now();
    result = diffSpecs(base.model, head.model, { locateBase: base.locate, locateHead: head.locate });
    times.push(performance.now() - started);
  }
  const perRule = {};
  for (const change of result.changes)
    perRule[`${change.class} ${change.id}`] = (perRule[`${change.class} ${change.id}`] ?? 0) + 1;
  summaries.push({
    base: `${baseName} (${base.model.operations.length} operations)`,
    head: `${headName} (${head.model.operations.length} operations)`,
    counts: result.counts,
    perRule: Object.fromEntries(Object.entries(perRule).sort()),
    diffRuns: RUNS,
    diffMedianMs: Math.round(median(times)),
    diffSlowestMs: Math.round(Math.max(...times)),
  });
  if (process.env.SHOW_CHANGES) {
    for (const change of result.changes)
      console.error(`${change.class}\t${change.id}\t${change.operation ?? ''}\t${change.message}`);
  }
}
const loadMs = Object.fromEntries(
  [...loaded].map(([path, { ms }]) => [path.split('node_modules/')[1], Math.round(ms)]),
);
console.log(
  JSON.stringify(
    { pairs: summaries, loadMs, peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024) },
    null,
    2,
  ),
);
