import { fileURLToPath } from 'node:url';
import { type MockServer, startMock } from 'specloom/mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatFinding, runContractTests } from '../src/index.js';

const SPEC = fileURLToPath(new URL('../../openapi/openapi.yaml', import.meta.url));
const TOKEN = 'contract-test-token';

describe('the stateful mock of the example API', () => {
  let mock: MockServer;

  beforeAll(async () => {
    // `tokens` makes the mock refuse any other bearer token, so the engine's auth cases apply to it too.
    mock = await startMock({ spec: SPEC, port: 0, stateful: true, tokens: [TOKEN] });
  }, 120_000);

  afterAll(async () => {
    await mock?.close();
  });

  it('when every case derived from the spec is run against it, then there are no findings', async () => {
    const report = await runContractTests({
      spec: SPEC,
      baseUrl: mock.url,
      seed: 1,
      workers: 4,
      auth: { headers: { Authorization: `Bearer ${TOKEN}` } },
    });
    expect(report.operations.exercised).toBe(report.operations.total);
    expect(report.findings.map((finding) => formatFinding(finding).join('\n'))).toEqual([]);
  }, 300_000);
});
