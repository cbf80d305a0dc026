import { spawn } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { endQuietlyOnClosedPipe } from '../../src/cli/closed-pipe.js';
import { main } from '../../src/cli/main.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'specloom-pipe-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A spec whose strict check prints one warning per operation: far more than a pipe buffers. */
async function noisySpec(): Promise<string> {
  const paths = Object.fromEntries(
    Array.from({ length: 3000 }, (_, index) => [
      `/r${index}`,
      { get: { operationId: `op_${index}`, responses: { '200': { description: 'ok' } } } },
    ]),
  );
  const file = join(dir, 'noisy.json');
  await writeFile(file, JSON.stringify({ openapi: '3.0.3', info: { title: 't', version: '1' }, paths }));
  return file;
}

describe('endQuietlyOnClosedPipe', () => {
  it('when the reader of `check … | head -1` goes away, then the CLI ends quietly instead of crashing', async () => {
    const spec = await noisySpec();
    const head = spawn('head', ['-n', '1'], { stdio: ['pipe', 'pipe', 'ignore'] });
    let firstLine = '';
    head.stdout.on('data', (chunk: Buffer) => {
      firstLine += chunk.toString('utf8');
    });
    const headExited = new Promise((done) => head.on('exit', done));
    const ended = new Promise<number>((done) => endQuietlyOnClosedPipe([head.stdin], done));
    let stderr = '';
    const code = await main(['check', '--profile', 'strict', spec], {
      stdout: (text) => head.stdin.write(text),
      stderr: (text) => {
        stderr += text;
      },
      cwd: dir,
      debug: false,
    });
    expect(code).toBe(0);
    await headExited;
    // More output follows after head has gone: the next write meets the closed pipe.
    head.stdin.write('x'.repeat(1 << 16));
    expect(await ended).toBe(0);
    expect(firstLine).toMatch(/^noisy\.json:\d+:\d+ warning OPERATION_ID_NOT_CAMEL_CASE /);
    expect(stderr).not.toMatch(/EPIPE|Error/);
  });

  it('still throws any other stream error', () => {
    const stream = new EventEmitter();
    let exited = false;
    endQuietlyOnClosedPipe([stream], () => {
      exited = true;
    });
    const failure = Object.assign(new Error('disk gone'), { code: 'EIO' });
    expect(() => stream.emit('error', failure)).toThrow('disk gone');
    expect(exited).toBe(false);
  });
});
