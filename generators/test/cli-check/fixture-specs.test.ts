import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CommandIO } from '../../src/cli/command.js';
import { main } from '../../src/cli/main.js';

/** Run from a folder with its own config, independent of the repository's. */
const CWD = resolve(import.meta.dirname, '../fixtures/broken');

describe('the shared valid fixture specs', () => {
  it.each([
    '../specs/oas30-nullable/openapi.yaml',
    '../specs/oas31/openapi.yaml',
    '../specs/swagger2/swagger.yaml',
    '../specs/multi-file/openapi.yaml',
  ])('%s passes check with no findings', async (spec) => {
    let output = '';
    const io: CommandIO = {
      stdout: (text) => {
        output += text;
      },
      stderr: (text) => {
        output += text;
      },
      cwd: CWD,
      debug: false,
    };
    const code = await main(['check', spec], io);
    expect(output).toMatch(/, no problems\n$/);
    expect(code).toBe(0);
  });
});
