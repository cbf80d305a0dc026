import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/test-server.js';

const DREDD_RUNNER = fileURLToPath(new URL('../../../contract-tests/dredd/run.mjs', import.meta.url));

describe('Dredd, as an independent second opinion', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer();
  });

  afterAll(async () => {
    await server?.close();
  });

  it('when Dredd 14 replays the spec examples against the server, then no transaction fails', async () => {
    // Asynchronous on purpose: the server runs in this process and must keep answering.
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [DREDD_RUNNER, '--base-url', server.baseUrl],
      {
        encoding: 'utf8',
        maxBuffer: 16 * 1024 * 1024,
      },
    );
    // biome-ignore lint/suspicious/noControlCharactersInRegex: strips Dredd's ANSI colours before reading its summary.
    const plain = stdout.replace(/\u001b\[[0-9;]*m/g, '');
    const summary = plain.match(/complete: (\d+) passing, (\d+) failing, (\d+) errors/);
    expect(summary, plain.slice(-2000)).not.toBeNull();
    const [, passing, failing, errors] = summary!.map(Number);
    expect({ failing, errors }).toEqual({ failing: 0, errors: 0 });
    expect(passing).toBeGreaterThan(0);
  }, 300_000);
});
