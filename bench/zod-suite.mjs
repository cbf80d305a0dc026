// The official JSON Schema Test Suite through three validators, on the same kept cases in one run:
// specloom's generated zod schemas, @hey-api/openapi-ts's zod plugin, and ajv (the reference
// JSON Schema validator, on the suite's schemas as written). Cases and exclusions come from
// generators/test/zod/suite/ (the conformance test in `npm test` reads the same files).
//
//   npm run build -w generators
//   npm run bench:zod-suite -w bench
//
// Prints agreement, false accepts and false rejects per validator (and per draft), then how many
// typed components' zod-inferred types are mutually assignable with openapi-typescript's types,
// and the ZOD_UNSUPPORTED_CONSTRUCT warning counts on the example spec and GitHub's spec.
// Writes a JSON report to bench/results/.

import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const require = createRequire(import.meta.url);
const dist = (file) => import(pathToFileURL(path.join(root, 'generators/dist', file)).href);
const ts = require('typescript');
const { Ajv2020 } = require('ajv/dist/2020.js');
const AjvDraft4 = require('ajv-draft-04');
const addFormats = require('ajv-formats');
const { createClient } = await import('@hey-api/openapi-ts');

const { normalize } = await dist('model/normalize.js');
const { zodTarget } = await dist('zod/index.js');
const { loadSpec } = await dist('load/index.js');
const { typesTarget } = await dist('types/index.js');
const { suiteDocuments } = await import(
  pathToFileURL(path.join(root, 'generators/test/zod/suite/cases.mjs')).href
);

const workDir = path.join(here, '.tmp', 'zod-suite');

/** Transpiles a folder's worth of generated TypeScript to JavaScript and imports `entry`. */
async function importTranspiled(folder, files, entry) {
  await mkdir(folder, { recursive: true });
  await writeFile(path.join(folder, 'package.json'), '{ "type": "module" }');
  for (const [file, contents] of files) {
    const output = ts.transpileModule(contents, {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    }).outputText;
    const target = path.join(folder, file.replace(/\.ts$/, '.js'));
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, output);
  }
  return import(pathToFileURL(path.join(folder, entry.replace(/\.ts$/, '.js'))).href);
}

async function emitSpecloom(document) {
  const model = normalize(document);
  const warnings = [];
  const files = await zodTarget.emit({
    model,
    generatorVersion: 'bench',
    options: {},
    warn: (d) => warnings.push(d),
  });
  return { model, warnings, files: new Map(files.map((file) => [file.path, file.contents])) };
}

/** Runs one validator over every kept case: `check(document, group)` returns `(data) => boolean`. */
async function measure(name, documents, prepare) {
  const rows = [];
  for (const [index, suite] of documents.entries()) {
    let validatorFor;
    try {
      validatorFor = await prepare(suite, index);
    } catch (error) {
      validatorFor = () => {
        throw error;
      };
    }
    for (const group of suite.groups) {
      let validate;
      try {
        validate = await validatorFor(group);
      } catch {
        validate = undefined;
      }
      for (const test of group.tests) {
        let actual;
        try {
          actual = validate === undefined ? 'error' : validate(structuredClone(test.data));
        } catch {
          actual = 'error';
        }
        rows.push({ draft: suite.draft, expected: test.valid, actual });
      }
    }
  }
  return { name, rows };
}

function figures(rows) {
  const agreed = rows.filter((r) => r.actual === r.expected).length;
  const invalid = rows.filter((r) => !r.expected).length;
  const falseAccepts = rows.filter((r) => !r.expected && r.actual === true).length;
  const falseRejects = rows.filter((r) => r.expected && r.actual === false).length;
  const errors = rows.filter((r) => r.actual === 'error').length;
  return { cases: rows.length, agreed, invalid, falseAccepts, falseRejects, errors };
}

const pct = (part, whole) => (whole === 0 ? '-' : `${((part / whole) * 100).toFixed(1)}%`);

const documents = suiteDocuments();
await rm(workDir, { recursive: true, force: true });
const started = performance.now();

const specloom = await measure('specloom', documents, async (suite, index) => {
  const { model, files } = await emitSpecloom(suite.document);
  const schemas = await importTranspiled(
    path.join(workDir, 'specloom', String(index)),
    files,
    'zod/schemas.ts',
  );
  const identifiers = new Map(model.schemas.map((schema) => [schema.name, schema.identifier]));
  return (group) => {
    const schema = schemas[identifiers.get(group.component)];
    return (data) => schema.safeParse(data).success;
  };
});

/** Hey API's zod plugin over one document: its exports (`zCase0`, ...). */
async function heyApiSchemas(document, output) {
  await createClient({
    input: structuredClone(document),
    output: { path: output },
    plugins: ['zod'],
    logs: { level: 'silent' },
  });
  const source = await readFile(path.join(output, 'zod.gen.ts'), 'utf8');
  return importTranspiled(path.join(output, 'js'), new Map([['zod.gen.ts', source]]), 'zod.gen.ts');
}

const heyApi = await measure('@hey-api/openapi-ts 0.95 (zod plugin)', documents, async (suite, index) => {
  const output = path.join(workDir, 'hey-api', String(index));
  let schemas;
  try {
    schemas = await heyApiSchemas(suite.document, output);
  } catch {
    schemas = undefined;
  }
  return async (group) => {
    let schema = schemas?.[`z${group.component}`];
    if (schema === undefined) {
      // One group it cannot handle must not fail the file's other groups: retry the group alone.
      const own = Object.entries(suite.document.components.schemas).filter(
        ([name]) => name === group.component || name.startsWith(`${group.component}_`),
      );
      const alone = { ...suite.document, components: { schemas: Object.fromEntries(own) } };
      schema = (await heyApiSchemas(alone, path.join(output, group.component)))[`z${group.component}`];
    }
    return (data) => schema.safeParse(data).success;
  };
});

const ajv = await measure('ajv 8 (the suite schemas as written)', documents, async (suite) => {
  const instance =
    suite.draft === 'draft4'
      ? new AjvDraft4({ strict: false, allErrors: false })
      : new Ajv2020({ strict: false, allErrors: false });
  addFormats(instance);
  return (group) => {
    const validate = instance.compile(structuredClone(group.schema));
    return (data) => validate(data) === true;
  };
});

console.log(
  `JSON Schema Test Suite (${documents.length} files; draft2020-12 in OpenAPI 3.1.0, draft4 in 3.0.3), kept cases only`,
);
console.log(
  'validator                                   agreement           false accepts     false rejects  errors',
);
const report = { cases: {}, typeFidelity: undefined, warnings: {} };
for (const { name, rows } of [specloom, heyApi, ajv]) {
  const all = figures(rows);
  report.cases[name] = { all, byDraft: {} };
  console.log(
    `${name.padEnd(44)}${`${all.agreed}/${all.cases} ${pct(all.agreed, all.cases)}`.padEnd(20)}${`${all.falseAccepts} (${pct(all.falseAccepts, all.invalid)} of invalid)`.padEnd(18)}${String(all.falseRejects).padEnd(15)}${all.errors}`,
  );
  for (const draft of ['draft2020-12', 'draft4']) {
    const part = figures(rows.filter((r) => r.draft === draft));
    report.cases[name].byDraft[draft] = part;
    console.log(
      `  ${draft.padEnd(42)}${`${part.agreed}/${part.cases} ${pct(part.agreed, part.cases)}`.padEnd(20)}${String(part.falseAccepts).padEnd(18)}${String(part.falseRejects).padEnd(15)}${part.errors}`,
    );
  }
}

// Types: for every kept group, is z.infer of specloom's schema mutually assignable with
// openapi-typescript's type of the same component? Counted apart for schemas with `type` (the
// target) and for all (untyped keywords are typed by openapi-typescript as if they implied a type).
const typeRoots = [];
const labels = new Map();
const lines0 = 4;
let typedComponents = 0;
let allComponents = 0;
const typedKeys = new Set();
for (const [index, suite] of documents.entries()) {
  const { model, files } = await emitSpecloom(suite.document);
  const folder = path.join(workDir, 'types', String(index));
  const typed = suite.groups;
  allComponents += typed.length;
  for (const [position, group] of typed.entries()) {
    const key = `${path.join(folder, 'assertions.ts')}:${lines0 + position}`;
    labels.set(key, `${suite.draft}/${suite.file} › ${group.description}`);
    if (group.schema !== null && typeof group.schema === 'object' && group.schema.type !== undefined) {
      typedComponents++;
      typedKeys.add(key);
    }
  }
  const identifiers = new Map(model.schemas.map((schema) => [schema.name, schema.identifier]));
  // openapi-typescript's types, through specloom's types target (openapiTS() itself throws on `allOf: [true]`).
  const [typesFile] = await typesTarget.emit({
    model,
    generatorVersion: 'bench',
    options: {},
    warn: () => {},
  });
  const types = typesFile.contents;
  const lines = [
    "import type { components } from './openapi-types.js';",
    "import type * as zod from './zod/schemas.js';",
    'type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;',
    'type Assert<T extends true> = T;',
    ...typed.map(
      (group) =>
        `export type Check_${group.component} = Assert<Same<zod.${identifiers.get(group.component)}, components['schemas'][${JSON.stringify(group.component)}]>>;`,
    ),
  ];
  await mkdir(path.join(folder, 'zod'), { recursive: true });
  for (const [file, contents] of files) await writeFile(path.join(folder, file), contents);
  await writeFile(path.join(folder, 'openapi-types.ts'), types);
  await writeFile(path.join(folder, 'assertions.ts'), `${lines.join('\n')}\n`);
  typeRoots.push(path.join(folder, 'assertions.ts'));
}
const program = ts.createProgram(typeRoots, {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  strict: true,
  noUncheckedIndexedAccess: true,
  skipLibCheck: true,
  noEmit: true,
  types: [],
});
const failing = new Set();
for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
  if (!diagnostic.file?.fileName.endsWith('assertions.ts') || diagnostic.start === undefined) continue;
  const { line } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
  failing.add(`${diagnostic.file.fileName}:${line}`);
}
const typedFailing = [...failing].filter((key) => typedKeys.has(key));
const same = typedComponents - typedFailing.length;
report.typeFidelity = {
  typedComponents,
  same,
  differing: typedFailing.map((key) => labels.get(key) ?? key),
  allComponents,
  allSame: allComponents - failing.size,
};
console.log(
  `\nTypes: ${same} of ${typedComponents} components with a \`type\` infer a zod type mutually assignable with openapi-typescript's` +
    ` (${allComponents - failing.size} of all ${allComponents} kept components)`,
);
for (const label of report.typeFidelity.differing) console.log(`  differs: ${label}`);

// Degraded constructs on real specs.
for (const [name, spec] of [
  ['example spec', path.join(root, 'openapi/openapi.yaml')],
  ["GitHub's REST API", require.resolve('@octokit/openapi/generated/api.github.com.json')],
]) {
  const { model } = await loadSpec(spec);
  const warnings = [];
  await zodTarget.emit({ model, generatorVersion: 'bench', options: {}, warn: (d) => warnings.push(d) });
  const count = warnings.filter((w) => w.code === 'ZOD_UNSUPPORTED_CONSTRUCT').length;
  report.warnings[name] = count;
  console.log(`ZOD_UNSUPPORTED_CONSTRUCT warnings on the ${name}: ${count}`);
}

console.log(`\nWall time ${((performance.now() - started) / 1000).toFixed(0)} s.`);
await mkdir(path.join(here, 'results'), { recursive: true });
const out = path.join(here, 'results', `zod-suite-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
await writeFile(out, `${JSON.stringify(report, null, 2)}\n`);
console.log(`Report: ${path.relative(here, out)}`);
await rm(workDir, { recursive: true, force: true });
