import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CommandIO } from '../../src/cli/command.js';
import release from '../../src/cli/commands/release.js';

let dir: string;
const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });

function spec(paths: Record<string, string>): string {
  const operations = Object.entries(paths).map(
    ([path, operationId]) =>
      `  ${path}:\n    get:\n      operationId: ${operationId}\n      responses:\n        '200': { description: ok }\n`,
  );
  return `openapi: 3.1.0\ninfo: { title: t, version: '1' }\npaths:\n${operations.join('')}`;
}
async function write(paths: Record<string, string>, version: string): Promise<void> {
  await mkdir(join(dir, 'openapi'), { recursive: true });
  await mkdir(join(dir, 'sdk'), { recursive: true });
  await writeFile(join(dir, 'openapi/openapi.yaml'), spec(paths));
  await writeFile(join(dir, 'sdk/package.json'), JSON.stringify({ name: '@acme/sdk', version }));
}
async function runRelease(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CommandIO = {
    stdout: (t) => {
      out += t;
    },
    stderr: (t) => {
      err += t;
    },
    cwd: dir,
    debug: false,
  };
  return { code: await release.run(args, io), out, err };
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'specloom-release-'));
  git('init', '-q', '-b', 'main');
  await write({ '/a': 'getA', '/b': 'getB' }, '1.0.0');
  git('add', '-A');
  git('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-q', '-m', 'release');
  git('tag', 'v1.0.0');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('specloom release', () => {
  const base = ['openapi/openapi.yaml', '--package', 'sdk/package.json'];

  it('proposes a major version for a removed operation and writes a changeset', async () => {
    await write({ '/a': 'getA' }, '1.0.0');
    const result = await runRelease(base);
    expect(result.code).toBe(0);
    expect(result.out).toContain('since v1.0.0 (released 1.0.0)');
    expect(result.out).toContain('Next version: 2.0.0');
    const files = await readdir(join(dir, '.changeset'));
    expect(files).toHaveLength(1);
    const changeset = await readFile(join(dir, '.changeset', files[0] as string), 'utf8');
    expect(changeset).toMatch(/^---\n"@acme\/sdk": major\n---/);
    expect(changeset).toContain('GET /b: operation was removed (`operation-removed`)');
  });

  it('proposes a minor version for an added operation, from a stored copy', async () => {
    await writeFile(join(dir, 'released.yaml'), spec({ '/a': 'getA', '/b': 'getB' }));
    await write({ '/a': 'getA', '/b': 'getB', '/c': 'getC' }, '1.0.0');
    const result = await runRelease([...base, '--from-file', 'released.yaml', '--dry-run']);
    expect(result.code).toBe(0);
    expect(result.out).toContain('Next version: 1.1.0');
    expect(result.out).toContain('"@acme/sdk": minor');
  });

  it('refuses a release whose version bump is smaller than the changes require', async () => {
    await write({ '/a': 'getA' }, '1.1.0');
    const result = await runRelease(base);
    expect(result.code).toBe(1);
    expect(result.err).toContain(
      'refusing 1.1.0: a minor bump from 1.0.0, but the changes require a major bump',
    );
    await expect(readdir(join(dir, '.changeset'))).rejects.toThrow();
  });

  it('says there is nothing to release when the spec did not change', async () => {
    const result = await runRelease(base);
    expect(result).toMatchObject({ code: 0 });
    expect(result.out).toContain('nothing to release');
  });

  it('explains what to pass when there is no release tag', async () => {
    git('tag', '-d', 'v1.0.0');
    const result = await runRelease(base);
    expect(result.code).toBe(2);
    expect(result.err).toContain('no release tag found; pass --from <tag> or --from-file <spec>');
  });
});
