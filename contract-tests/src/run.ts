import { resolveAuth } from './auth-setup.js';
import { BranchTracker } from './branches.js';
import { authCases } from './cases/auth.js';
import type { CaseContext } from './cases/context.js';
import { methodCases } from './cases/method.js';
import { negativeCases } from './cases/negative.js';
import { positiveCases } from './cases/positive.js';
import { checkExpectation } from './checks/expectation.js';
import { type Failure, toFinding } from './checks/finding.js';
import { checkResponse } from './checks/response.js';
import { createContract } from './contract.js';
import { CoverageTracker } from './coverage.js';
import { exploreCases } from './explore/index.js';
import { type Shrinkable, shrinkFindings } from './explore/shrink-findings.js';
import { ClientRefusal, send, TransportError } from './http/send.js';
import { isStreamingMediaType } from './http/streams.js';
import { loadSpecModel } from './load.js';
import { applyAllowList } from './report/allow.js';
import { groupFindings } from './report/group.js';
import type { OperationModel } from './specloom.js';
import { familyGaps, findFamilies } from './stateful/families.js';
import { runFamily } from './stateful/sequence.js';
import { AuthWall } from './target/auth-wall.js';
import { resolveBaseUrl } from './target/base-url.js';
import { splitCredentials } from './target/credentials.js';
import { assertReachable } from './target/reachable.js';
import { UnsentTracker } from './target/unsent.js';
import type { CaseKind, Finding, ObservedResponse, Report, RunOptions, TestCase } from './types.js';

const ALL_KINDS: CaseKind[] = ['stateful', 'positive', 'negative', 'auth', 'method'];
/** Property-based requests per operation unless `maxExamples` says otherwise: enough to vary, few enough for CI. */
export const DEFAULT_MAX_EXAMPLES = 10;

/**
 * Derives test cases from the spec, runs them against the backend at
 * `baseUrl` and reports every contract break found. Resolves (never rejects)
 * once all cases ran or a limit stopped the run; rejects only when the spec
 * cannot be loaded or the auth setup fails.
 *
 * @example
 *   const report = await runContractTests({ spec: 'openapi/openapi.yaml', baseUrl, auth: { headers: { Authorization: `Bearer ${token}` } } });
 *   expect(report.findings).toEqual([]);
 */
export async function runContractTests(options: RunOptions): Promise<Report> {
  const started = performance.now();
  const startedAt = new Date().toISOString();
  const spec = typeof options.spec === 'string' ? await loadSpecModel(options.spec) : options.spec;
  const contract = createContract(spec);
  const operations = selectOperations(spec.operations, options.include, options.exclude);
  options.onLoaded?.({ operations: spec.operations.length, selected: operations.length });
  const seed = options.seed ?? 1;
  const kinds = new Set(options.kinds ?? ALL_KINDS);
  const requestTimeout = options.requestTimeout ?? 10_000;
  const notes: string[] = [];
  const target = resolveBaseUrl(spec, options.baseUrl);
  if (target.note) notes.push(target.note);
  await assertReachable(target.baseUrl, requestTimeout);
  const resolvedAuth = await resolveAuth(options.auth, contract, target.baseUrl, requestTimeout);
  // A header that a security scheme names is that scheme's credential, however it was given.
  const { credentials, others } = splitCredentials(
    spec,
    Object.fromEntries(
      Object.entries(options.headers ?? {}).map(([name, value]) => [name.toLowerCase(), value]),
    ),
  );
  const context: CaseContext = {
    contract,
    baseUrl: target.baseUrl,
    seed,
    pool: new Map(),
    authHeaders: { ...credentials, ...resolvedAuth },
    headers: others,
    unsatisfiableFormats: new Map(),
    explorationFailures: new Map(),
  };

  const findings: Finding[] = [];
  const statusCounts = new Map<number, number>();
  const coverage = new CoverageTracker(operations);
  const branches = new BranchTracker(contract, operations);
  const casesByKind: Record<CaseKind, number> = { positive: 0, negative: 0, auth: 0, method: 0, stateful: 0 };
  const deadline = options.timeBudget === undefined ? Infinity : started + options.timeBudget * 1000;
  const maxCases = options.maxCases ?? Infinity;
  let caseCount = 0;
  let stoppedEarly: string | undefined;

  const unsent = new UnsentTracker();
  const authWall = new AuthWall(operations);
  const shrinkable: Shrinkable[] = [];
  const sendCase = (testCase: TestCase) =>
    send(testCase.request, {
      timeout: requestTimeout,
      streamReadTime: options.streamReadTime ?? 500,
      expectStream: documentsStream(testCase.operation),
    });
  const checksOf = (testCase: TestCase, response: ObservedResponse) => [
    ...checkResponse(
      contract,
      testCase.operation,
      response,
      options.maxResponseTime !== undefined ? { maxResponseTime: options.maxResponseTime } : {},
    ),
    ...checkExpectation(testCase, response),
  ];
  const withinLimits = () => {
    if (caseCount >= maxCases) {
      stoppedEarly ??= 'max-cases';
      return false;
    }
    if (performance.now() > deadline) {
      stoppedEarly ??= 'time-budget';
      return false;
    }
    return true;
  };

  const execute = async (
    testCase: TestCase,
    extra?: (response: ObservedResponse) => Failure[],
  ): Promise<ObservedResponse | undefined> => {
    if (!withinLimits()) return undefined;
    caseCount += 1;
    casesByKind[testCase.kind] += 1;
    let response: ObservedResponse;
    const caseFindings: Finding[] = [];
    try {
      response = await sendCase(testCase);
    } catch (error) {
      // The client's own limit (a header value it cannot encode) is not the server's fault.
      if (error instanceof ClientRefusal) {
        unsent.record(testCase, error);
        options.onCase?.(testCase, []);
        return undefined;
      }
      const message = error instanceof TransportError ? error.message : String(error);
      caseFindings.push(
        toFinding(
          {
            check: 'not_a_server_error',
            message: `no HTTP answer: ${message}`,
            expected: 'an HTTP response',
            actual: message,
          },
          testCase,
        ),
      );
      findings.push(...caseFindings);
      options.onCase?.(testCase, caseFindings);
      return undefined;
    }
    if (testCase.operation) {
      coverage.record(testCase.operation, response.status);
      // Only valid requests take a branch: a negative case breaks the schema on purpose.
      if (testCase.kind !== 'negative') branches.record(testCase.operation, testCase.values);
    }
    authWall.record(testCase, response.status);
    statusCounts.set(response.status, (statusCounts.get(response.status) ?? 0) + 1);
    const failures = [...checksOf(testCase, response), ...(extra ? extra(response) : [])];
    for (const failure of failures) caseFindings.push(toFinding(failure, testCase, response));
    findings.push(...caseFindings);
    if (testCase.shrink && caseFindings.length > 0) shrinkable.push({ testCase, findings: caseFindings });
    options.onCase?.(testCase, caseFindings);
    return response;
  };

  if (kinds.has('stateful')) {
    const selected = new Set(operations.map((operation) => operation.operationId));
    const families = findFamilies(spec);
    const gaps = familyGaps(
      { ...spec, operations: spec.operations.filter((operation) => selected.has(operation.operationId)) },
      families,
    );
    if (gaps) notes.push(gaps);
    for (const family of families) {
      if (!selected.has(family.create.operationId) || !selected.has(family.read.operationId)) continue;
      if (stoppedEarly) break;
      await runFamily(context, family, execute, notes);
    }
  }

  const queue = deriveCases(
    context,
    operations,
    kinds,
    Math.floor(options.maxExamples ?? DEFAULT_MAX_EXAMPLES),
    withinLimits,
  );
  await runPool(queue, Math.max(1, options.workers ?? 4), async (testCase) => {
    const pending = [testCase];
    for (let next = pending.shift(); next; next = pending.shift()) {
      const response = await execute(next);
      if (response && next.followUps) pending.push(...next.followUps(response));
    }
  });
  for (const [format, operation] of context.unsatisfiableFormats ?? [])
    notes.push(
      `format "${format}" (first used by ${operation}) is not one the generator can produce: values for it are plain text, so a refusal of a request that carries one is not counted as a finding`,
    );
  for (const [operation, reason] of context.explorationFailures ?? [])
    notes.push(
      `${operation}: no exploration cases (the generator could not draw from its schemas: ${reason}); its fixed cases ran`,
    );
  // A failing property-based case is shrunk to the smallest request that fails the same check.
  await shrinkFindings(shrinkable, findings, async (candidate) => {
    if (!withinLimits()) return undefined;
    caseCount += 1;
    casesByKind[candidate.kind] += 1;
    try {
      const response = await sendCase(candidate);
      return { response, failures: checksOf(candidate, response) };
    } catch {
      return undefined;
    }
  });
  const unsentNote = unsent.note();
  if (unsentNote) notes.push(unsentNote);
  const hint = notFoundHint(statusCounts, context.baseUrl);
  if (hint) notes.push(hint);

  const exercised = coverage.result().filter((row) => row.cases > 0).length;
  const unauthorized = authWall.result(spec, Object.keys(context.authHeaders));
  return {
    spec: { title: spec.title, version: spec.version },
    baseUrl: context.baseUrl,
    seed,
    startedAt,
    durationMs: Math.round(performance.now() - started),
    cases: caseCount,
    casesByKind,
    operations: { total: operations.length, exercised },
    findings,
    groups: applyAllowList(groupFindings(findings), options.allow ?? []),
    coverage: coverage.result(),
    branches: branches.result(),
    ...(stoppedEarly ? { stoppedEarly } : {}),
    ...(unauthorized ? { unauthorized } : {}),
    notes,
  };
}

/**
 * Cases per operation, interleaved so a case limit still spreads over the
 * whole API. DELETE operations run last: they remove the pooled resources
 * other cases address. Derived lazily, as the run asks for them: an
 * operation's exploration cases (fast-check draws, the costly part on a
 * large spec) are drawn only once its fixed cases ran, so a time or case
 * limit is spent on requests rather than on cases it never sends.
 */
function* deriveCases(
  context: CaseContext,
  operations: OperationModel[],
  kinds: Set<CaseKind>,
  maxExamples: number,
  withinLimits: () => boolean,
): Generator<TestCase> {
  function* casesOf(operation: OperationModel): Generator<TestCase> {
    const fixed = [
      ...(kinds.has('positive') ? positiveCases(context, operation) : []),
      ...(kinds.has('auth') ? authCases(context, operation) : []),
      ...(kinds.has('negative') ? negativeCases(context, operation) : []),
    ];
    yield* fixed;
    if (!withinLimits()) return;
    yield* exploreCases(context, operation, { maxExamples, kinds, existing: fixed });
  }
  // Round-robin: the first case of every operation, then the second of each, and so on.
  let active = operations.filter((operation) => operation.method !== 'delete').map(casesOf);
  while (active.length > 0) {
    if (!withinLimits()) return;
    const still: Generator<TestCase>[] = [];
    for (const cases of active) {
      const next = cases.next();
      if (next.done) continue;
      yield next.value;
      still.push(cases);
    }
    active = still;
  }
  if (kinds.has('method')) yield* methodCases(context, operations);
  for (const operation of operations) if (operation.method === 'delete') yield* casesOf(operation);
}

/** Whether every success the operation documents is a stream (SSE, NDJSON, ...): read those for a bounded time. */
function documentsStream(operation: OperationModel | undefined): boolean {
  const media = operation?.responses
    .filter((response) => response.status.startsWith('2'))
    .flatMap((response) => response.content.map((entry) => entry.mediaType));
  return media !== undefined && media.length > 0 && media.every(isStreamingMediaType);
}

/**
 * When nearly every answer is 404, the requests most likely miss the API
 * altogether (a missing path prefix in --base-url, a server mounted
 * elsewhere): say so once, beside the findings.
 */
function notFoundHint(statusCounts: Map<number, number>, baseUrl: string): string | undefined {
  const total = [...statusCounts.values()].reduce((sum, count) => sum + count, 0);
  const notFound = statusCounts.get(404) ?? 0;
  if (total < 10 || notFound / total < 0.8) return undefined;
  return `${notFound} of ${total} answers were 404: the API is probably not served at ${baseUrl}; check that --base-url includes the path prefix the server uses (e.g. /api/v1)`;
}

/** Runs `work` over the queue, drawn as needed, with at most `workers` in flight. */
async function runPool<T>(
  queue: Iterator<T>,
  workers: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  const worker = async () => {
    for (let next = queue.next(); !next.done; next = queue.next()) await work(next.value);
  };
  await Promise.all(Array.from({ length: workers }, worker));
}

/** Operations whose operationId matches an include pattern (all when none) and no exclude pattern; `*` is a wildcard. */
export function selectOperations(
  operations: OperationModel[],
  include: string[] = [],
  exclude: string[] = [],
): OperationModel[] {
  const matcher = (patterns: string[]) =>
    patterns.map((pattern) => new RegExp(`^${pattern.split('*').map(escapeRegExp).join('.*')}$`));
  const included = matcher(include);
  const excluded = matcher(exclude);
  return operations.filter(
    (operation) =>
      (included.length === 0 || included.some((regex) => regex.test(operation.operationId))) &&
      !excluded.some((regex) => regex.test(operation.operationId)),
  );
}

function escapeRegExp(text: string): string {
  return text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
}
