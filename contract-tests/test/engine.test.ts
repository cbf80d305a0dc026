import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatFinding, loadSpecModel, type RunOptions, runContractTests } from '../src/index.js';
import type { SpecModel } from '../src/specloom.js';
import { type Fault, type RunningServer, startWidgetsServer } from './support/widgets-server.js';

const specPath = fileURLToPath(new URL('./fixtures/widgets.yaml', import.meta.url));

/** The documented way to obtain credentials: call the spec's token operation. */
const auth: RunOptions['auth'] = {
  hook: async ({ call }) => {
    const response = await call('issueToken', { body: { username: 'tester' } });
    return { Authorization: `Bearer ${(response.json as { accessToken: string }).accessToken}` };
  },
};

let spec: SpecModel;

beforeAll(async () => {
  spec = await loadSpecModel(specPath);
});

async function runAgainst(fault: Fault | undefined, options: Partial<RunOptions> = {}) {
  const server: RunningServer = await startWidgetsServer(spec, fault);
  try {
    return await runContractTests({ spec, baseUrl: server.baseUrl, auth, seed: 7, workers: 4, ...options });
  } finally {
    await server.close();
  }
}

describe('against the conforming server', () => {
  let report: Awaited<ReturnType<typeof runAgainst>>;
  beforeAll(async () => {
    report = await runAgainst(undefined, { maxResponseTime: 2000 });
  });

  it('reports zero findings', () => {
    expect(report.findings.map((finding) => formatFinding(finding).join('\n'))).toEqual([]);
  });

  it('runs every kind of case and exercises every operation', () => {
    expect(report.casesByKind.positive).toBeGreaterThan(0);
    expect(report.casesByKind.negative).toBeGreaterThan(30);
    expect(report.casesByKind.auth).toBeGreaterThan(0);
    expect(report.casesByKind.method).toBeGreaterThan(0);
    expect(report.casesByKind.stateful).toBeGreaterThanOrEqual(6);
    expect(report.operations).toEqual({ total: spec.operations.length, exercised: spec.operations.length });
  });

  it('exercises the documented success and error statuses', () => {
    const row = (operation: string) =>
      report.coverage.find((entry) => entry.operation === operation)?.statuses;
    expect(row('createWidget')).toMatchObject({
      '201': true,
      '401': true,
      '413': true,
      '415': true,
      '422': true,
    });
    expect(row('getWidget')).toMatchObject({ '200': true, '401': true, '404': true });
    expect(row('listWidgets')).toMatchObject({ '200': true, '400': true });
    expect(report.coverage.every((entry) => entry.undocumented.length === 0)).toBe(true);
  });

  it('does not hang on a never-ending event stream', () => {
    const row = report.coverage.find((entry) => entry.operation === 'streamEvents');
    expect(row?.statuses['200']).toBe(true);
  });
});

describe('against deliberately faulty servers', () => {
  it.each([
    ['server_error', 'not_a_server_error', 'listWidgets'],
    ['undocumented_status', 'status_code_conformance', 'createWidget'],
    ['wrong_content_type', 'content_type_conformance', 'getWidget'],
    ['schema_break', 'response_schema_conformance', 'getWidget'],
    ['missing_header', 'response_headers_conformance', 'getWidget'],
    ['bad_header_value', 'response_headers_conformance', 'listWidgets'],
    ['plain_errors', 'problem_format', 'getWidget'],
    ['accepts_invalid', 'negative_data_rejection', 'createWidget'],
    ['rejects_valid', 'positive_data_acceptance', 'createWidget'],
    ['ignores_auth', 'ignored_auth', 'listWidgets'],
    ['forgets_created', 'ensure_resource_availability', 'getWidget'],
    ['keeps_deleted', 'use_after_free', 'getWidget'],
    ['answers_any_method', 'unsupported_method', 'PUT /widgets/{widgetId}'],
    ['slow', 'max_response_time', 'health'],
    // Faults that show only in some answers: list items, after a sequence, with an optional parameter omitted.
    ['list_item_break', 'response_schema_conformance', 'listWidgets'],
    ['update_not_applied', 'ensure_update_applied', 'getWidget'],
    ['crash_without_optional', 'not_a_server_error', 'listWidgets'],
    ['crash_on_unknown_id', 'not_a_server_error', 'getWidget'],
    ['drops_required', 'response_schema_conformance', 'getWidget'],
    ['invalid_json', 'response_schema_conformance', 'getWidget'],
    ['empty_body', 'response_schema_conformance', 'getWidget'],
    ['crash_on_malformed_json', 'not_a_server_error', 'createWidget'],
    ['accepts_tampered_token', 'ignored_auth', 'listWidgets'],
    ['html_errors', 'problem_format', 'getWidget'],
    ['problem_missing_title', 'problem_format', 'getWidget'],
    ['accepts_unknown_property', 'negative_data_rejection', 'createWidget'],
    ['accepts_missing_body', 'negative_data_rejection', 'createWidget'],
    ['no_allow_header', 'unsupported_method', 'PUT /widgets/{widgetId}'],
    ['wrong_error_status', 'status_code_conformance', 'createWidget'],
    // Only the second oneOf alternative of the body is mis-handled.
    ['refuses_second_alternative', 'positive_data_acceptance', 'quoteShipment'],
    ['crash_over_100', 'not_a_server_error', 'quoteShipment'],
    ['problem_status_mismatch', 'problem_status_match', 'getWidget'],
  ] as const)('finds the %s break as %s on %s', async (fault, check, operation) => {
    const report = await runAgainst(fault, fault === 'slow' ? { maxResponseTime: 150 } : {});
    const matching = report.findings.filter((finding) => finding.check === check);
    expect(
      matching.length,
      `no ${check} finding; got ${[...new Set(report.findings.map((finding) => finding.check))].join(', ')}`,
    ).toBeGreaterThan(0);
    const operations = matching.map((finding) =>
      finding.operation.includes(' ')
        ? finding.operation
            .replace(/\/[0-9a-f-]{36}/, '/{widgetId}')
            .replace(/^(\w+) .*?(\/widgets)/, '$1 $2')
        : finding.operation,
    );
    expect(operations).toContain(operation);
    for (const finding of matching) {
      expect(finding.curl).toMatch(/^curl -i -X [A-Z]+ /);
      expect(finding.expected).not.toBe('');
      expect(finding.actual).not.toBe('');
    }
  });

  it('sends each oneOf alternative on purpose, so a fault in the second one is found', async () => {
    const report = await runAgainst('refuses_second_alternative', { kinds: ['positive'], maxExamples: 0 });
    const refused = report.findings.filter((entry) => entry.check === 'positive_data_acceptance');
    expect(refused.map((entry) => entry.caseId)).toContain(
      'quoteShipment:positive:body: oneOf alternative 2',
    );
    expect(refused.map((entry) => entry.caseId)).not.toContain(
      'quoteShipment:positive:body: oneOf alternative 1',
    );
    expect(report.branches.byOperation.quoteShipment).toEqual({ total: 2, exercised: 2 });
  });

  it('shrinks a failing property-based request to the smallest that still fails', async () => {
    const report = await runAgainst('crash_over_100', { include: ['quoteShipment'], kinds: ['positive'] });
    const shrunk = report.findings.filter((entry) => entry.shrunk !== undefined);
    // A 500 is also undocumented here: both checks shrink, each on its own.
    expect(shrunk.map((entry) => entry.check)).toContain('not_a_server_error');
    for (const finding of shrunk) {
      // The fault needs quantity > 100: the minimal request has 101 and no optional member.
      expect(finding.curl).toContain(`'{"kind":"parcel","quantity":101}'`);
      expect(finding.shrunk?.originalCurl).not.toBe(finding.curl);
    }
    const group = report.groups.find((entry) => entry.check === 'not_a_server_error');
    expect(group?.example.curl).toContain('"quantity":101}');
  });

  it('names the failing JSON path of a response body', async () => {
    const report = await runAgainst('schema_break', { kinds: ['stateful'] });
    const finding = report.findings.find((entry) => entry.check === 'response_schema_conformance');
    expect(finding?.jsonPath).toBe('$.color');
  });
});

/** Drops what legitimately differs between two runs: the ephemeral port and server-assigned ids. */
function stable(text: string): string {
  return text
    .replace(/127\.0\.0\.1:\d+/g, 'host')
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '<id>');
}

describe('run limits', () => {
  it('stops after --max-cases', async () => {
    const report = await runAgainst(undefined, { maxCases: 5 });
    expect(report.cases).toBe(5);
    expect(report.stoppedEarly).toBe('max-cases');
  });

  it('runs only included operations', async () => {
    const report = await runAgainst(undefined, { include: ['list*'], kinds: ['positive', 'negative'] });
    expect(report.coverage.map((row) => row.operation)).toEqual(['listWidgets']);
    expect(report.findings).toEqual([]);
  });

  it('derives the same cases from the same seed', async () => {
    const ids = async () => {
      const seen: string[] = [];
      await runAgainst(undefined, {
        kinds: ['positive', 'negative'],
        workers: 1,
        onCase: (testCase) =>
          seen.push(
            stable(`${testCase.id} ${testCase.request.url} ${JSON.stringify(testCase.request.body ?? null)}`),
          ),
      });
      return seen;
    };
    expect(await ids()).toEqual(await ids());
  });
});
