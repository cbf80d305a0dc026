import { fileURLToPath } from 'node:url';
import { formatCoverage, formatFinding, runContractTests } from '@specloom/contract-tests';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/test-server.js';

const SPEC = fileURLToPath(new URL('../../../openapi/openapi.yaml', import.meta.url));

describe('the example server keeps its contract', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer();
  });

  afterAll(async () => {
    await server?.close();
  });

  it('when every case derived from the spec is run against it, then there are no findings', async () => {
    const report = await runContractTests({
      spec: SPEC,
      baseUrl: server.baseUrl,
      seed: 1,
      workers: 4,
      auth: {
        // Credentials come from the API itself, through its documented register operation.
        hook: async ({ call }) => {
          const session = await call('register', {
            body: {
              email: `contract-${Date.now()}@example.com`,
              password: 'Correct-horse-battery-9',
              displayName: 'Contract',
            },
          });
          const token = (session.json as { accessToken?: string } | undefined)?.accessToken;
          if (!token) throw new Error(`register answered ${session.status}: cannot obtain a token`);
          return { Authorization: `Bearer ${token}` };
        },
      },
    });
    console.log(formatCoverage(report));
    console.log(
      `${report.cases} cases in ${report.durationMs} ms; ${report.operations.exercised}/${report.operations.total} operations exercised`,
    );
    expect(report.operations.exercised).toBe(report.operations.total);
    expect(report.findings.map((finding) => formatFinding(finding).join('\n'))).toEqual([]);
  }, 600_000);
});
