/**
 * Packs the SDK as it would be published, installs the tarball into a
 * scratch project, compiles a small ESM and CJS program against it with
 * strict TypeScript, and runs it against the real example server.
 */
import { execFile, execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startServer } from '../e2e/server.js';

const sdkRoot = fileURLToPath(new URL('../../', import.meta.url));
// The SDK's one dependency is the published runtime; it is not on the registry before a release, so it is packed too.
const runtimeRoot = join(sdkRoot, '..', 'sdk-runtime');
const tsc = join(sdkRoot, '..', 'node_modules', 'typescript', 'bin', 'tsc');
const here = fileURLToPath(new URL('./', import.meta.url));
let project: string;

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), 'sdk-consumer-'));
  for (const root of [runtimeRoot, sdkRoot]) {
    execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'pipe' });
    execFileSync('npm', ['pack', '--pack-destination', project], { cwd: root, stdio: 'pipe' });
  }
  const tarballs = readdirSync(project).filter((name) => name.endsWith('.tgz'));
  if (tarballs.length !== 2) throw new Error(`npm pack produced ${tarballs.length} tarballs, expected 2`);
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({ name: 'sdk-consumer', private: true, type: 'module' }),
  );
  execFileSync(
    'npm',
    ['install', ...tarballs.map((name) => `./${name}`), '--prefer-offline', '--no-audit', '--no-fund'],
    {
      cwd: project,
      stdio: 'pipe',
    },
  );
  copyFileSync(join(here, 'program.mts'), join(project, 'program.mts'));
  copyFileSync(join(here, 'program.cts'), join(project, 'program.cts'));
  writeFileSync(
    join(project, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        strict: true,
        lib: ['ES2023', 'DOM', 'DOM.Iterable'],
        types: [],
        outDir: 'dist',
      },
      files: ['program.mts', 'program.cts'],
    }),
  );
}, 300_000);

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

it('compiles a strict ESM and CJS program against the packed SDK', () => {
  const output = (() => {
    try {
      return execFileSync(process.execPath, [tsc, '-p', project], { cwd: project, encoding: 'utf8' });
    } catch (error) {
      return String((error as { stdout?: string }).stdout ?? error);
    }
  })();
  expect(output).toBe('');
});

it('runs the compiled program against the real example server', async () => {
  const server = await startServer();
  try {
    // Asynchronous on purpose: the server runs in this process and must keep answering while the program runs.
    const { stdout: output } = await promisify(execFile)(
      process.execPath,
      [join(project, 'dist', 'program.mjs'), server.baseUrl],
      { encoding: 'utf8' },
    );
    expect(JSON.parse(output)).toEqual({
      project: 'From the packed SDK',
      titles: ['First'],
      missing: 'No task with this id in the project.', // the server's detail
    });
  } finally {
    await server.close();
  }
});
