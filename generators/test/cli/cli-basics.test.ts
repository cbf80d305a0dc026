import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { firstUnknownOption } from '../../src/cli/args.js';
import type { CommandIO } from '../../src/cli/command.js';
import { COMMANDS, main } from '../../src/cli/main.js';
import { closest } from '../../src/cli/suggest.js';
import { userCwd } from '../../src/cli/user-cwd.js';

let dir: string;
let stdout: string;
let stderr: string;
let io: CommandIO;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'specloom-cli-'));
  stdout = '';
  stderr = '';
  io = {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    cwd: dir,
    debug: false,
  };
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('closest', () => {
  it.each([
    ['a transposition', 'genreate', ['check', 'generate', 'mock'], 'generate'],
    ['a missing letter', 'chek', ['check', 'generate'], 'check'],
    ['a prefix', 'gen', ['check', 'generate'], 'generate'],
    ['nothing close', 'banana', ['check', 'generate'], undefined],
  ])('%s', (_name, typed, candidates, want) => {
    expect(closest(typed, candidates)).toBe(want);
  });
});

describe('firstUnknownOption', () => {
  const options = { spec: { type: 'string' as const }, check: { type: 'boolean' as const } };
  it.each([
    ['known options', ['--spec', 'a.yaml', '--check'], undefined],
    ['a value that looks like an option', ['--spec', '--odd'], undefined],
    ['a typo', ['--spce', 'a.yaml'], 'unknown option --spce; did you mean --spec?'],
    ['after --', ['--', '--anything'], undefined],
    ['an unknown short flag', ['-x'], 'unknown option -x'],
  ])('%s', (_name, args, want) => {
    expect(firstUnknownOption(args, options)).toBe(want);
  });
});

describe('userCwd', () => {
  it.each([
    ['no npm script', '/repo', {}, '/repo'],
    [
      'npm run from a subfolder',
      '/repo',
      { npm_lifecycle_event: 'specloom', INIT_CWD: '/repo/app' },
      '/repo/app',
    ],
    [
      'npm run from the package root',
      '/repo',
      { npm_lifecycle_event: 'specloom', INIT_CWD: '/repo' },
      '/repo',
    ],
    [
      'a workspace script under a root script',
      '/repo/server',
      { npm_lifecycle_event: 'test', INIT_CWD: '/repo' },
      '/repo/server',
    ],
  ])('%s', (_name, cwd, env, want) => {
    expect(userCwd(cwd, env)).toBe(want);
  });
});

describe('specloom main', () => {
  it('lists every command with its own summary', async () => {
    expect(await main(['--help'], io)).toBe(0);
    for (const [name, entry] of Object.entries(COMMANDS)) {
      const command = (await entry.load()).default;
      expect(command.name).toBe(name);
      expect(entry.summary).toBe(command.summary);
      expect(stdout).toContain(`  ${name.padEnd(10)} ${command.summary}`);
    }
  });

  it('answers an unknown command with one line and a suggestion', async () => {
    expect(await main(['genrate'], io)).toBe(2);
    expect(stderr).toBe(
      'specloom: unknown command "genrate"; did you mean "specloom generate"? (run "specloom --help" for the list)\n',
    );
  });

  it('answers a mistyped option with one line', async () => {
    expect(await main(['check', '--fromat', 'json'], io)).toBe(2);
    expect(stderr.trimEnd().split('\n')).toEqual([
      'specloom check: unknown option --fromat; did you mean --format? (run "specloom check --help" for the options)',
    ]);
  });

  it('names a near miss when the config file given does not exist', async () => {
    await writeFile(join(dir, 'specloom.config.mjs'), "export default { spec: 'openapi.yaml' };\n");
    expect(await main(['check', '--config', 'specloom.conifg.mjs'], io)).toBe(2);
    expect(stderr).toMatch(/does not exist; did you mean "specloom\.config\.mjs"\?/);
  });
});

describe('specloom diff --base-ref', () => {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'pipe' });
  const SPEC = `openapi: 3.1.0
info: { title: T, version: 1.0.0 }
paths:
  /ping:
    get:
      operationId: ping
      responses:
        '200': { description: ok }
`;

  it('fails on a ref that does not exist, and tolerates one that counts back past the first commit', async () => {
    git('init', '-q', '-b', 'main');
    git('config', 'user.email', 'test@example.com');
    git('config', 'user.name', 'Test');
    await writeFile(join(dir, 'openapi.yaml'), SPEC);
    git('add', '.');
    git('commit', '-qm', 'spec');
    expect(await main(['diff', '--base-ref', 'mian', 'openapi.yaml'], io)).toBe(2);
    expect(stderr).toMatch(
      /--base-ref mian is not a commit, branch or tag of this repository; did you mean "main"\?/,
    );
    stderr = '';
    expect(await main(['diff', '--base-ref', 'HEAD~1', 'openapi.yaml'], io)).toBe(0);
    expect(stdout).toMatch(/nothing to compare/);
  });
});

describe('specloom init', () => {
  it('finds the spec, writes the config and scripts, and never overwrites', async () => {
    await writeFile(
      join(dir, 'package.json'),
      JSON.stringify({ name: 'app', scripts: { 'api:mock': 'mine' } }),
    );
    await writeFile(
      join(dir, 'openapi.yaml'),
      "openapi: 3.1.0\ninfo: { title: T, version: '1' }\npaths: {}\n",
    );
    expect(await main(['init'], io)).toBe(0);
    const config = await readFile(join(dir, 'specloom.config.ts'), 'utf8');
    expect(config).toContain("spec: 'openapi.yaml'");
    expect(config).toContain("{ out: 'generated', targets: ['types'] }");
    expect(config).not.toContain('scaffold');
    const manifest = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8'));
    expect(manifest.scripts).toEqual({
      'api:mock': 'mine',
      'api:check': 'specloom check',
      'api:generate': 'specloom generate',
    });
    expect(stdout).toMatch(
      /Next:\n {2}npx specloom check.*\n {2}npx specloom generate.*\n {2}npx specloom mock/,
    );
    expect(await main(['init'], io)).toBe(2);
    expect(stderr).toMatch(/specloom\.config\.ts already exists/);
  });

  it('scaffolds the server only when asked, into a named folder', async () => {
    await writeFile(
      join(dir, 'openapi.yaml'),
      "openapi: 3.1.0\ninfo: { title: T, version: '1' }\npaths: {}\n",
    );
    expect(await main(['init', '--targets', 'types,server', '--out', 'src/api/generated'], io)).toBe(0);
    expect(await readFile(join(dir, 'specloom.config.ts'), 'utf8')).toContain("scaffold: { dir: 'src/api' }");
  });

  it('says what to do when there is no spec', async () => {
    expect(await main(['init'], io)).toBe(2);
    expect(stderr).toMatch(/no spec found here .*pass --spec/);
  });
});
