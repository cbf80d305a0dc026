import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CliIO } from '../src/cli.js';
import { loadSpecModel, runCli } from '../src/index.js';
import { type Fault, signToken, startWidgetsServer } from './support/widgets-server.js';

const specPath = fileURLToPath(new URL('./fixtures/widgets.yaml', import.meta.url));

let directory: string;
beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'specloom-cli-'));
});
afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
});

async function cli(args: (baseUrl: string) => string[], fault?: Fault, progress?: CliIO['progress']) {
  const server = await startWidgetsServer(await loadSpecModel(specPath), fault);
  let stdout = '';
  let stderr = '';
  try {
    const code = await runCli(args(server.baseUrl), {
      stdout: (text) => {
        stdout += text;
      },
      stderr: (text) => {
        stderr += text;
      },
      cwd: directory,
      ...(progress ? { progress } : {}),
    });
    return { code, stdout, stderr };
  } finally {
    await server.close();
  }
}

describe('specloom test', () => {
  it('reports progress through its hooks: the operation counts once, then every case with its findings', async () => {
    const loaded: { operations: number; selected: number }[] = [];
    let cases = 0;
    const { code } = await cli(
      (baseUrl) => [
        '--spec',
        specPath,
        '--base-url',
        baseUrl,
        '--kinds',
        'positive',
        '--include',
        'getWidget',
      ],
      undefined,
      {
        onLoaded: (info) => loaded.push(info),
        onCase: (_testCase, findings) => {
          cases += 1;
          expect(findings).toEqual([]);
        },
      },
    );
    expect(code).toBe(0);
    const { operations } = await loadSpecModel(specPath);
    expect(loaded).toEqual([{ operations: operations.length, selected: 1 }]);
    expect(cases).toBeGreaterThan(0);
  });

  it('exits 0 on a conforming server and writes JSON and JUnit reports', async () => {
    const { code, stdout } = await cli(
      (baseUrl) => [
        '--spec',
        specPath,
        '--base-url',
        baseUrl,
        '--config',
        'specloom.config.mjs',
        '--json',
        'report.json',
        '--junit',
        'report.xml',
      ],
      undefined,
    ).catch((error) => ({ code: -1, stdout: String(error) }));
    // The config file is written below; this first call proves a missing config is a clear usage error.
    expect(code).toBe(2);
    expect(stdout).toBe('');
    await writeFile(
      join(directory, 'specloom.config.mjs'),
      `export default { test: { auth: async ({ call }) => ({ Authorization: 'Bearer ' + (await call('issueToken', { body: { username: 'cli' } })).json.accessToken }) } };\n`,
    );
    const result = await cli((baseUrl) => [
      '--spec',
      specPath,
      '--base-url',
      baseUrl,
      '--json',
      'report.json',
      '--junit',
      'report.xml',
    ]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('No findings.');
    expect(result.stdout).toMatch(/Coverage: \d+\/\d+ operations, \d+\/\d+ documented responses exercised/);
    const report = JSON.parse(await readFile(join(directory, 'report.json'), 'utf8'));
    expect(report.findings).toEqual([]);
    const junit = await readFile(join(directory, 'report.xml'), 'utf8');
    expect(junit).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites [^>]*failures="0"/);
  });

  it('exits 1 with the check id, expected and actual, and a curl line when the backend breaks the contract', async () => {
    const { code, stdout } = await cli(
      (baseUrl) => [
        '--spec',
        specPath,
        '--base-url',
        baseUrl,
        '--kinds',
        'positive',
        '--include',
        'health,listWidgets',
        '--header',
        `Authorization: Bearer ${signToken({ sub: 'cli', exp: Math.floor(Date.now() / 1000) + 600 })}`,
      ],
      'server_error',
    );
    expect(code).toBe(1);
    expect(stdout).toContain('not_a_server_error');
    expect(stdout).toMatch(/replay: {3}curl -i -X GET '?http:\/\/127\.0\.0\.1:\d+\/widgets/);
  });

  it('draws --max-examples requests per operation and shows a failing one shrunk', async () => {
    const run = (maxExamples: string) =>
      cli(
        (baseUrl) => [
          '--spec',
          specPath,
          '--base-url',
          baseUrl,
          '--kinds',
          'positive',
          '--include',
          'quoteShipment',
          '--max-examples',
          maxExamples,
          '--json',
          'report.json',
          '--header',
          `Authorization: Bearer ${signToken({ sub: 'cli', exp: Math.floor(Date.now() / 1000) + 600 })}`,
        ],
        'crash_over_100',
      );
    const none = await run('0');
    const noneReport = JSON.parse(await readFile(join(directory, 'report.json'), 'utf8'));
    const some = await run('6');
    const someReport = JSON.parse(await readFile(join(directory, 'report.json'), 'utf8'));
    expect(none.stdout).not.toContain('shrunk:');
    expect(someReport.cases).toBeGreaterThan(noneReport.cases);
    expect(some.code).toBe(1);
    expect(some.stdout).toContain('shrunk:   the smallest request that still fails');
    expect(some.stdout).toContain(`'{"kind":"parcel","quantity":101}'`);
  });

  it.each([
    [
      'a --max-examples that is not a number',
      ['--spec', specPath, '--base-url', 'http://127.0.0.1:1', '--max-examples', 'many'],
      /--max-examples must be a non-negative number/,
    ],
    [
      'a missing spec file',
      ['--spec', 'nope.yaml', '--base-url', 'http://127.0.0.1:1'],
      /cannot load .*nope\.yaml/,
    ],
    [
      'a relative base URL',
      ['--spec', specPath, '--base-url', 'localhost'],
      /--base-url "localhost" is not an absolute URL/,
    ],
    [
      'a malformed header',
      ['--spec', specPath, '--base-url', 'http://127.0.0.1:1', '--header', 'oops'],
      /--header "oops"/,
    ],
    ['an unknown option', ['--frobnicate'], /Unknown option/],
  ])('exits 2 with a clear message for %s', async (_name, args, message) => {
    let stderr = '';
    const code = await runCli(args, {
      stdout: () => undefined,
      stderr: (text) => {
        stderr += text;
      },
      cwd: directory,
    });
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});
