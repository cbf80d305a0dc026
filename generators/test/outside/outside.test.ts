/**
 * specloom as a team installs it: the packages are packed as they would be
 * published, installed into a project outside this repository, and the
 * README's "Try it on your own spec" lines are run there one by one on a spec
 * this repository does not use. The only changes to those lines: the
 * packages come from the tarballs instead of the registry, the targets are
 * every registered target (so a new target is covered without editing this
 * test; the install lines `generate` prints for them are run), and the mock
 * listens on a free port instead of 4010.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TARGET_NAMES } from '../../src/generate/target-names.js';

const repository = fileURLToPath(new URL('../../../', import.meta.url));
const fixture = fileURLToPath(new URL('./fixture/', import.meta.url));
/** The workspaces a user's install pulls in, in the order they are packed. */
const PACKAGES = ['sdk-runtime', 'contract-tests', 'generators'];

/** The shell lines of the README's "Try it on your own spec" block. */
function readmeLines(): string[] {
  const readme = readFileSync(join(repository, 'README.md'), 'utf8');
  const block = /<!-- try-it:start[^>]*-->\s*```sh\n([\s\S]*?)```\s*<!-- try-it:end -->/.exec(readme);
  if (block === null) throw new Error('README.md has no try-it block');
  return (block[1] as string).split('\n').filter((line) => line.trim() !== '' && !line.startsWith('#'));
}

let root: string;
let project: string;
let tarballs: Record<string, string>;
let mock: ChildProcess | undefined;
// A user's shell, not this repository's npm script: none of the outer npm's settings (prefix, INIT_CWD, ...) leak in.
const env: NodeJS.ProcessEnv = Object.fromEntries(
  Object.entries(process.env).filter(
    ([name]) =>
      (!name.startsWith('npm_') || name === 'npm_config_cache') &&
      name !== 'INIT_CWD' &&
      name !== 'SPECLOOM_CACHE_DIR',
  ),
);
Object.assign(env, {
  npm_config_audit: 'false',
  npm_config_fund: 'false',
  npm_config_update_notifier: 'false',
});

/** Runs one line in the project with sh; resolves to its exit code and output. */
function sh(line: string): { status: number; output: string } {
  try {
    const output = execFileSync('/bin/sh', ['-c', line], {
      cwd: project,
      env,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 300_000,
    });
    return { status: 0, output };
  } catch (error) {
    const failed = error as { status?: number; stdout?: string; stderr?: string };
    return { status: failed.status ?? -1, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}` };
  }
}

/** The packages an `npm install` line names, without flags. */
const packagesOf = (line: string) =>
  line
    .split(/\s+/)
    .slice(2)
    .filter((word) => !word.startsWith('-'))
    .map((word) => word.replace(/^'|'$/g, ''));

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'specloom-outside-'));
  project = join(root, 'app');
  mkdirSync(project);
  const packs = join(root, 'packs');
  mkdirSync(packs);
  tarballs = {};
  for (const folder of PACKAGES) {
    // The workspaces are built by `npm test` (turbo) before this runs; pack what would be published.
    execFileSync('npm', ['pack', '--pack-destination', packs], {
      cwd: join(repository, folder),
      stdio: 'pipe',
      env,
    });
  }
  for (const file of readdirSync(packs)) {
    const name = file.startsWith('specloom-sdk-runtime')
      ? '@specloom/sdk-runtime'
      : file.startsWith('specloom-contract-tests')
        ? '@specloom/contract-tests'
        : 'specloom';
    tarballs[name] = join(packs, file);
  }
  expect(Object.keys(tarballs).sort()).toEqual([
    '@specloom/contract-tests',
    '@specloom/sdk-runtime',
    'specloom',
  ]);
  writeFileSync(
    join(project, 'package.json'),
    `${JSON.stringify({ name: 'my-api', version: '1.0.0', private: true }, null, 2)}\n`,
  );
  for (const file of ['openapi.yaml', 'openapi.previous.yaml'])
    copyFileSync(join(fixture, file), join(project, file));
}, 120_000);

afterAll(() => {
  if (mock?.pid !== undefined) {
    try {
      process.kill(-mock.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
  if (root !== undefined) rmSync(root, { recursive: true, force: true });
}, 120_000);

describe('the README, followed in a project outside this repository', () => {
  it(
    'runs every line: install, init, check, generate, install what it lists, tsc --strict, mock, test, diff',
    { timeout: 900_000 },
    async () => {
      const lines = readmeLines();
      const allTargets = TARGET_NAMES.join(',');
      let baseUrl: string | undefined;
      let readmeInstalls: string[] = [];
      for (const line of lines) {
        if (line.startsWith('npm install --save-dev specloom')) {
          const withTarballs = line.replace(
            ' specloom ',
            ` ${tarballs.specloom} ${tarballs['@specloom/contract-tests']} `,
          );
          const result = sh(`${withTarballs} --prefer-offline`);
          expect(result.status, result.output).toBe(0);
          continue;
        }
        if (line.startsWith('npx specloom init')) {
          const result = sh(line.replace(/--targets \S+/, `--targets ${allTargets}`));
          expect(result.status, result.output).toBe(0);
          expect(result.output).toMatch(/Next:\n/);
          continue;
        }
        if (line === 'npx specloom check') {
          const result = sh(line);
          // A valid spec of someone else's passes the default (recommended) profile: no house style errors.
          expect(result.status, result.output).toBe(0);
          expect(result.output).toMatch(/openapi\.yaml: 4 operations in 1 file/);
          continue;
        }
        if (line === 'npx specloom generate') {
          const result = sh(`${line} --json`);
          expect(result.status, result.output).toBe(0);
          const report = JSON.parse(result.output) as { outputs: { install: string[] }[] };
          const printed = report.outputs.flatMap((output) => output.install);
          // What generate prints for every target includes what the README lists for its four.
          const printedPackages = new Set(printed.flatMap(packagesOf));
          readmeInstalls = lines.filter(
            (other) => other.startsWith('npm install ') && !other.includes(' specloom '),
          );
          for (const name of readmeInstalls.flatMap(packagesOf)) expect(printedPackages).toContain(name);
          // The compiler's V8 code cache was written inside the installed package, for the next run.
          const caches = join(project, 'node_modules', 'specloom', 'node_modules', '.cache', 'specloom');
          expect(readdirSync(caches).filter((name) => /^typescript-.*\.v8cache$/.test(name))).toHaveLength(1);
          for (const install of printed) {
            const local = install.replace(
              /@specloom\/sdk-runtime@\S+/,
              tarballs['@specloom/sdk-runtime'] as string,
            );
            const installed = sh(`${local} --prefer-offline`);
            expect(installed.status, installed.output).toBe(0);
          }
          continue;
        }
        if (readmeInstalls.includes(line)) continue; // Run above, as generate printed them.
        if (line.startsWith('npx tsc')) {
          const result = sh(line);
          expect(result.status, result.output).toBe(0);
          continue;
        }
        if (line.includes('specloom mock')) {
          baseUrl = await startMock(line.replace(/ &$/, '').replace(/--port \d+/, '--port 0'));
          continue;
        }
        if (line.startsWith('npx specloom test')) {
          if (baseUrl === undefined) throw new Error('the README starts no mock before `specloom test`');
          const result = sh(line.replace(/http:\/\/127\.0\.0\.1:\d+/, baseUrl));
          expect(result.output).toMatch(/Contract tests of Bookshelf 2\.0\.0/);
          expect(result.status, result.output).toBe(0);
          continue;
        }
        if (line.startsWith('npx specloom diff')) {
          const result = sh(line);
          expect(result.status, result.output).toBe(0);
          expect(result.output).toMatch(/breaking +response-property-removed GET \/books\/\{bookId\}/);
          continue;
        }
        throw new Error(`README line this test does not know how to run: ${line}`);
      }
      expect(baseUrl).toBeDefined();
    },
  );
});

/** Starts the README's mock line in its own process group and resolves to the URL it serves. */
function startMock(line: string): Promise<string> {
  const child = spawn('/bin/sh', ['-c', `exec ${line}`], {
    cwd: project,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  mock = child;
  return new Promise((resolveUrl, reject) => {
    let output = '';
    const timer = setTimeout(
      () => reject(new Error(`the mock did not start within 120 s:\n${output}`)),
      120_000,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const served = /serving .* at (http:\/\/\S+)/.exec(output);
      if (served) {
        clearTimeout(timer);
        resolveUrl(served[1] as string);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the mock exited (${code}) before serving:\n${output}`));
    });
  });
}
