import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { contractTestProgress, PROGRESS_THRESHOLD } from '../../src/cli/progress.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'specloom-progress-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function specWith(operations: number): Promise<string> {
  const paths = Object.fromEntries(
    Array.from({ length: operations }, (_, index) => [
      `/r${index}`,
      { get: { operationId: `get${index}`, responses: { '200': { description: 'ok' } } } },
    ]),
  );
  const file = join(dir, `spec-${operations}.json`);
  await writeFile(file, JSON.stringify({ openapi: '3.0.3', info: { title: 't', version: '1' }, paths }));
  return file;
}

describe('contractTestProgress', () => {
  it('when the spec is big, then it prints the counts once loaded and running totals every n cases', () => {
    const lines: string[] = [];
    const progress = contractTestProgress((text) => lines.push(text), 2);
    progress.onLoaded({ operations: 250, selected: 40 });
    for (const findings of [[], ['a'], [], ['b', 'c'], []]) progress.onCase({}, findings);
    expect(lines).toEqual([
      'specloom test: loaded 250 operations (40 selected); running cases...\n',
      'specloom test: 2 cases run, 1 finding so far\n',
      'specloom test: 4 cases run, 3 findings so far\n',
    ]);
  });

  it('when the spec is small, then it prints nothing', () => {
    const lines: string[] = [];
    const progress = contractTestProgress((text) => lines.push(text), 1);
    progress.onLoaded({ operations: PROGRESS_THRESHOLD - 1, selected: PROGRESS_THRESHOLD - 1 });
    progress.onCase({}, []);
    expect(lines).toEqual([]);
  });
});

describe('specloom mock start-up', () => {
  /** Runs `specloom mock` until it serves, then stops it the way Ctrl+C would. */
  async function startUpOutput(spec: string): Promise<{ stdout: string; stderr: string; code: number }> {
    let stdout = '';
    let stderr = '';
    let serving: () => void = () => undefined;
    const listening = new Promise<void>((done) => {
      serving = done;
    });
    // The command waits for SIGTERM; other listeners (the test runner's) must not see the one sent here.
    const others = process.listeners('SIGTERM');
    process.removeAllListeners('SIGTERM');
    try {
      const run = main(['mock', spec, '--port', '0', '--quiet'], {
        stdout: (text) => {
          stdout += text;
          if (text.includes('serving')) serving();
        },
        stderr: (text) => {
          stderr += text;
        },
        cwd: dir,
        debug: false,
      });
      await Promise.race([listening, run]);
      process.emit('SIGTERM');
      return { stdout, stderr, code: await run };
    } finally {
      for (const listener of others) process.on('SIGTERM', listener);
    }
  }

  it('when the spec has over 200 operations, then a progress line with counts goes to stderr', async () => {
    const { stdout, stderr, code } = await startUpOutput(await specWith(PROGRESS_THRESHOLD + 50));
    expect(code).toBe(0);
    expect(stderr).toBe('specloom mock: loaded 250 operations from 1 file; starting the mock...\n');
    expect(stdout).toMatch(/^specloom mock: serving .* at http:\/\/127\.0\.0\.1:\d+\n$/);
  });

  it('when the spec is small, then start-up prints only where it serves', async () => {
    const { stderr, code } = await startUpOutput(await specWith(3));
    expect(code).toBe(0);
    expect(stderr).toBe('');
  });
});
