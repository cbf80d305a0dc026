import type { RequestValues } from './http/serialize.js';
import type { AllowRule } from './report/allow.js';
import type { FindingGroup } from './report/group.js';
import type { OperationModel, SpecModel } from './specloom.js';

/** Stable check ids, used in every report format. */
export const CHECK_IDS = [
  'not_a_server_error',
  'status_code_conformance',
  'content_type_conformance',
  'response_schema_conformance',
  'response_headers_conformance',
  'problem_format',
  'problem_status_match',
  'negative_data_rejection',
  'positive_data_acceptance',
  'ignored_auth',
  'ensure_resource_availability',
  'ensure_update_applied',
  'ensure_create_applied',
  'ensure_listed_after_create',
  'use_after_free',
  'unsupported_method',
  'max_response_time',
] as const;
export type CheckId = (typeof CHECK_IDS)[number];

export type CaseKind = 'positive' | 'negative' | 'auth' | 'method' | 'stateful';

/** A request ready to send, kept in a form that can also be printed as curl. */
export interface PreparedRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: RequestBody;
}

export type RequestBody =
  | { kind: 'text'; text: string }
  | { kind: 'form'; fields: [string, string][] }
  | { kind: 'multipart'; parts: MultipartPart[] };

export interface MultipartPart {
  name: string;
  value: string;
  /** Set for file parts: the file name and its media type. */
  filename?: string;
  contentType?: string;
}

export interface ObservedResponse {
  status: number;
  /** Lower-cased header names. */
  headers: Record<string, string>;
  bodyText: string;
  /** Parsed when the body is JSON-like and parses; `undefined` otherwise. */
  json?: unknown;
  jsonError?: string;
  durationMs: number;
  /** The body was cut off (streaming response read for a bounded time). */
  truncated: boolean;
}

/** What a case expects beyond the checks that apply to every response. */
export type Expectation =
  | { kind: 'accepted' }
  | { kind: 'rejected'; violation: string; jsonPath?: string }
  | { kind: 'unauthorized'; variant: string }
  | { kind: 'method-not-allowed'; allowed: string[] }
  | { kind: 'exploratory' };

export interface TestCase {
  id: string;
  kind: CaseKind;
  description: string;
  /** The documented operation, absent for undocumented-method cases. */
  operation?: OperationModel;
  request: PreparedRequest;
  expectation: Expectation;
  /** The values the request was built from (documented operations only), for branch coverage. */
  values?: RequestValues;
  /** Cases that depend on this one's answer (e.g. auth variants of a request that succeeded), run right after it. */
  followUps?: (response: ObservedResponse) => TestCase[];
  /**
   * Set on property-based cases: searches, with fast-check's shrinking, for the smallest request
   * of the same operation for which `reproduces` still holds (at most `budget` requests).
   */
  shrink?: (
    reproduces: (candidate: TestCase) => Promise<boolean>,
    budget: number,
  ) => Promise<Shrunk | undefined>;
}

/** The minimal request a failing property-based case shrank to. */
export interface Shrunk {
  testCase: TestCase;
  /** Successful shrink steps from the generated request. */
  steps: number;
}

export interface Finding {
  check: CheckId;
  /** operationId, or `METHOD /path` for an undocumented method. */
  operation: string;
  caseId: string;
  caseKind: CaseKind;
  message: string;
  expected: string;
  actual: string;
  /** JSONPath of the failing node in the response (or request, for data checks). */
  jsonPath?: string;
  /** For schema checks: the failing JSON Schema keyword and its pointer (`#/components/schemas/User/required`). */
  schema?: { keyword: string; path: string };
  request: { method: string; url: string };
  curl: string;
  status?: number;
  /** The finding of a property-based case, re-found on the smallest request that still fails this check. */
  shrunk?: { steps: number; originalCurl: string };
}

export interface CoverageRow {
  operation: string;
  method: string;
  path: string;
  /** Documented statuses (`200`, `4XX`, `default`) -> whether some response matched it. */
  statuses: Record<string, boolean>;
  /** Statuses seen that the operation does not document. */
  undocumented: number[];
  cases: number;
}

export interface Report {
  /** Findings grouped by root cause (see `groupFindings`), allow-listed ones marked. */
  groups: FindingGroup[];
  spec: { title: string; version: string };
  baseUrl: string;
  seed: number;
  startedAt: string;
  durationMs: number;
  cases: number;
  casesByKind: Record<CaseKind, number>;
  operations: { total: number; exercised: number };
  findings: Finding[];
  coverage: CoverageRow[];
  /** Request-side schema branches (optional parameters sent/omitted, enum values, oneOf/anyOf alternatives) exercised. */
  branches: {
    total: number;
    exercised: number;
    byOperation: Record<string, { total: number; exercised: number }>;
  };
  /** Why the run stopped early, if it did (`max-cases`, `time-budget`). */
  stoppedEarly?: string;
  /** Things the engine skipped and why (e.g. a stateful family whose create failed). */
  notes: string[];
  /** Set when some operations answered 401/403 to every valid request: they were never tested behind their auth. */
  unauthorized?: UnauthorizedRun;
}

/** Operations whose every valid request was refused with 401 or 403. */
export interface UnauthorizedRun {
  /** operationIds, in spec order. */
  operations: string[];
  /** How many of them the spec marks as secured, and how many secured operations the run selected. */
  secured: number;
  securedTotal: number;
  /** Names of the credential headers the run sent (lower-cased); empty when none were given. */
  credentialsGiven: string[];
  /** What to do about it, naming the options and the header the spec's schemes use. */
  advice: string;
}

/** Credentials for the run: fixed headers, or a hook that obtains them from the running API. */
export type AuthSetup = { headers: Record<string, string> } | { hook: AuthHook };

export interface AuthHookContext {
  baseUrl: string;
  spec: SpecModel;
  /** Calls a documented operation by operationId and resolves to the parsed response. */
  call: (operationId: string, input?: CallInput) => Promise<ObservedResponse>;
}

export interface CallInput {
  params?: Record<string, unknown>;
  body?: unknown;
  headers?: Record<string, string>;
}

/** Resolves to the headers to send on every authenticated request (e.g. `{ Authorization: 'Bearer ...' }`). */
export type AuthHook = (context: AuthHookContext) => Promise<Record<string, string>>;

export interface RunOptions {
  /** Path of the OpenAPI document, or an already normalized model. */
  spec: string | SpecModel;
  baseUrl: string;
  auth?: AuthSetup;
  /** Extra headers sent on every request. */
  headers?: Record<string, string>;
  seed?: number;
  /** Run only operations whose operationId matches one of these (`*` wildcards allowed). */
  include?: string[];
  exclude?: string[];
  maxCases?: number;
  /** Seconds; cases not started when it runs out are skipped. */
  timeBudget?: number;
  workers?: number;
  /** Milliseconds; a slower response is a `max_response_time` finding. */
  maxResponseTime?: number;
  /** Milliseconds before a request is aborted. Default 10000. */
  requestTimeout?: number;
  /** Milliseconds a streaming body (e.g. `text/event-stream`) is read before the connection is closed. Default 500. */
  streamReadTime?: number;
  /** Deviations accepted for now: matching finding groups are marked `allowed`. */
  allow?: AllowRule[];
  /**
   * Property-based requests drawn per operation (fast-check, seeded by `seed`), beside the boundary,
   * pairwise and per-alternative cases. Default 10; 0 turns the drawn ones off.
   */
  maxExamples?: number;
  /** Which case kinds to run. Default: all. */
  kinds?: CaseKind[];
  /** Called after each case, e.g. for progress output. */
  onCase?: (testCase: TestCase, findings: Finding[]) => void;
  /** Called once the spec is loaded and the operations are selected, before any request (for progress output). */
  onLoaded?: (info: { operations: number; selected: number }) => void;
}
