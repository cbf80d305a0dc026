// Times `specloom check`'s work (loadSpec + lint) on GitHub's REST API
// description: several runs, median wall time, and the process's peak RSS.
// Run: npm run build -w generators && npm run bench:check -w bench
import { createRequire } from 'node:module';
import { lint, loadSpec } from 'specloom';

const RUNS = Number(process.env.RUNS ?? 5);
const require = createRequire(import.meta.url);
const specPath = require.resolve('@octokit/openapi/generated/api.github.com.json');

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const phases = { load: [], lint: [], total: [], cpu: [] };
let findings = 0;
let operations = 0;
for (let run = 0; run < RUNS; run += 1) {
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const spec = await loadSpec(specPath);
  const loaded = performance.now();
  const diagnostics = lint(spec);
  const finished = performance.now();
  phases.load.push(loaded - started);
  phases.lint.push(finished - loaded);
  phases.total.push(finished - started);
  const cpu = process.cpuUsage(cpuBefore);
  phases.cpu.push((cpu.user + cpu.system) / 1000);
  findings = diagnostics.length;
  operations = spec.model.operations.length;
}

const format = (ms) => `${(ms / 1000).toFixed(2)} s`;
console.log(`spec:        ${specPath}`);
console.log(`operations:  ${operations}, lint findings: ${findings}`);
console.log(`runs:        ${RUNS}`);
console.log(`load (median): ${format(median(phases.load))}   (min ${format(Math.min(...phases.load))})`);
console.log(`lint (median): ${format(median(phases.lint))}   (min ${format(Math.min(...phases.lint))})`);
console.log(`total (median): ${format(median(phases.total))}  (first run ${format(phases.total[0])})`);
// CPU time is steadier than wall time on a busy machine.
console.log(`CPU (median): ${format(median(phases.cpu))}`);
// maxRSS is reported in kilobytes.
console.log(`peak RSS:    ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
