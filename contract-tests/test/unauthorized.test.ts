import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSpecModel, runCli } from '../src/index.js';
import type { SpecModel } from '../src/specloom.js';
import { type RunningServer, signToken, startWidgetsServer } from './support/widgets-server.js';

const specPath = fileURLToPath(new URL('./fixtures/widgets.yaml', import.meta.url));
const token = () => `Bearer ${signToken({ sub: 'cli', exp: Math.floor(Date.now() / 1000) + 600 })}`;

let spec: SpecModel;
let server: RunningServer;
let directory: string;
beforeAll(async () => {
  spec = await loadSpecModel(specPath);
  server = await startWidgetsServer(spec);
  directory = await mkdtemp(join(tmpdir(), 'specloom-unauthorized-'));
});
afterAll(async () => {
  await server.close();
  await rm(directory, { recursive: true, force: true });
});

async function cli(...extra: string[]) {
  let stdout = '';
  const code = await runCli(
    [
      '--spec',
      specPath,
      '--base-url',
      server.baseUrl,
      '--kinds',
      'positive,negative',
      '--max-examples',
      '2',
      ...extra,
    ],
    {
      stdout: (text) => {
        stdout += text;
      },
      stderr: () => undefined,
      cwd: directory,
    },
  );
  return { code, stdout, lines: stdout.split('\n') };
}

describe('a run that never gets past authentication', () => {
  const securedCount = () => spec.operations.filter((operation) => operation.security.length > 0).length;

  it('starts the summary with a warning naming the operations and what to do, and still exits 0 by default', async () => {
    const { code, stdout, lines } = await cli();
    expect(code).toBe(0);
    const warning = lines.findIndex((line) => line.startsWith('WARNING: '));
    expect(warning).toBeGreaterThan(0);
    expect(warning).toBeLessThan(4);
    expect(lines[warning]).toMatch(
      /^WARNING: \d+ of \d+ secured operation\(s\) answered 401\/403 to every valid request/,
    );
    expect(lines[warning]).toContain('listWidgets');
    expect(stdout).toContain("--header 'Authorization: Bearer …'");
    expect(stdout).toContain('test.auth');
    expect(stdout).toMatch(/No findings, but \d+ operation\(s\) were only tested up to their authentication/);
    expect(stdout.indexOf('WARNING')).toBeLessThan(stdout.indexOf('No findings'));
    expect(securedCount()).toBeGreaterThan(0);
  });

  it('fails the run with --fail-on-unauthorized', async () => {
    const { code, stdout } = await cli('--fail-on-unauthorized');
    expect(code).toBe(1);
    expect(stdout).toMatch(
      /Failing the run: \d+ operation\(s\) were never tested behind their authentication/,
    );
  });

  it('fails the run with test.failOnUnauthorized in the config, and refuses a value that is not a boolean', async () => {
    const config = join(directory, 'strict.config.mjs');
    await writeFile(config, 'export default { test: { failOnUnauthorized: true } };\n');
    expect((await cli('--config', config)).code).toBe(1);
    // Another file: the first one is in the module cache now.
    const wrong = join(directory, 'wrong.config.mjs');
    await writeFile(wrong, "export default { test: { failOnUnauthorized: 'yes' } };\n");
    let stderr = '';
    const code = await runCli(['--spec', specPath, '--base-url', server.baseUrl, '--config', wrong], {
      stdout: () => undefined,
      stderr: (text) => {
        stderr += text;
      },
      cwd: directory,
    });
    expect(code).toBe(2);
    expect(stderr).toContain('test.failOnUnauthorized must be true or false');
  });

  it('says the credentials given were refused, when they were', async () => {
    const { stdout } = await cli('--header', 'Authorization: Bearer not-a-token');
    expect(stdout).toContain('the credentials given (authorization) were refused');
  });

  it('neither warns nor fails with valid credentials', async () => {
    const { code, stdout } = await cli('--header', `Authorization: ${token()}`, '--fail-on-unauthorized');
    expect(stdout).not.toContain('WARNING');
    expect(stdout).toContain('No findings.');
    expect(code).toBe(0);
  });
});
