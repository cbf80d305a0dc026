import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CommandIO, Terminal } from '../../src/cli/command.js';
import { shouldAsk } from '../../src/cli/init-questions.js';
import { main } from '../../src/cli/main.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'specloom-init-'));
  await writeFile(join(dir, 'openapi.yaml'), "openapi: 3.1.0\ninfo: { title: T, version: '1' }\npaths: {}\n");
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A terminal whose person types `answers` (one per line), then, if `hangUp`, presses Ctrl+D. */
function scriptedTerminal(
  answers: string[],
  hangUp = false,
): { terminal: Terminal; transcript: () => string } {
  const input = new PassThrough();
  let transcript = '';
  input.write(answers.map((answer) => `${answer}\n`).join(''));
  if (hangUp) input.end();
  return {
    terminal: {
      input,
      output: {
        write: (text: string) => {
          transcript += text;
        },
      },
    },
    transcript: () => transcript,
  };
}

async function runInit(argv: string[], terminal: Terminal | undefined) {
  let stdout = '';
  let stderr = '';
  const io: CommandIO = {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    cwd: dir,
    debug: false,
    ...(terminal ? { terminal } : {}),
  };
  // These cases stand for a developer at a terminal, so the CI variable of the machine running the tests is set aside.
  const ci = process.env.CI;
  delete process.env.CI;
  try {
    const code = await main(['init', ...argv], io);
    return { code, stdout, stderr };
  } finally {
    if (ci !== undefined) process.env.CI = ci;
  }
}

describe('shouldAsk', () => {
  const terminal = scriptedTerminal([]).terminal;
  it.each([
    ['at a terminal, no options', terminal, [], {}, true],
    ['not at a terminal', undefined, [], {}, false],
    ['an option given', terminal, ['--targets', 'zod'], {}, false],
    ['--yes', terminal, ['--yes'], {}, false],
    ['in CI', terminal, [], { CI: 'true' }, false],
    ['CI=false', terminal, [], { CI: 'false' }, true],
  ])('%s', (_name, given, argv, env, want) => {
    expect(shouldAsk(given, argv, env)).toBe(want);
  });
});

describe('specloom init at a terminal', () => {
  it('asks for the spec, the targets and the profile, re-asks a wrong answer, and writes what was chosen', async () => {
    const { terminal, transcript } = scriptedTerminal([
      'missing.yaml',
      '',
      'typs,zod',
      'types, zod',
      'strict',
    ]);
    const { code, stdout } = await runInit([], terminal);
    expect(code).toBe(0);
    expect(transcript()).toBe(
      [
        'Spec file [openapi.yaml]:   missing.yaml does not exist',
        'Spec file [openapi.yaml]: Targets, comma-separated (types, zod, server, sdk, query, msw) [types]:   unknown target "typs"; did you mean "types"?',
        'Targets, comma-separated (types, zod, server, sdk, query, msw) [types]: Lint profile: recommended (correctness rules) or strict (house style too) [recommended]: ',
      ].join('\n'),
    );
    const config = await readFile(join(dir, 'specloom.config.ts'), 'utf8');
    expect(config).toContain("spec: 'openapi.yaml'");
    expect(config).toContain("{ out: 'generated', targets: ['types', 'zod'] }");
    expect(config).toContain("lint: { extends: 'specloom:strict', rules: {} }");
    expect(stdout).toMatch(/^Wrote specloom\.config\.ts: openapi\.yaml -> generated \(types, zod\)/);
  });

  it('keeps every default when the person presses Enter three times', async () => {
    const { terminal } = scriptedTerminal(['', '', '']);
    expect((await runInit([], terminal)).code).toBe(0);
    const config = await readFile(join(dir, 'specloom.config.ts'), 'utf8');
    expect(config).toContain("targets: ['types']");
    expect(config).toContain("lint: { extends: 'specloom:recommended', rules: {} }");
  });

  it('writes nothing when the input ends before the last answer', async () => {
    const { terminal } = scriptedTerminal([''], true);
    const { code, stderr } = await runInit([], terminal);
    expect(code).toBe(2);
    expect(stderr).toMatch(/stopped before the last answer; nothing was written/);
    expect(existsSync(join(dir, 'specloom.config.ts'))).toBe(false);
  });

  it('asks nothing when an option is given, and takes the profile from --profile', async () => {
    const { terminal, transcript } = scriptedTerminal([]);
    expect((await runInit(['--profile', 'strict'], terminal)).code).toBe(0);
    expect(transcript()).toBe('');
    expect(await readFile(join(dir, 'specloom.config.ts'), 'utf8')).toContain("extends: 'specloom:strict'");
  });

  it('refuses an unknown --profile with one line', async () => {
    const { code, stderr } = await runInit(['--profile', 'lax'], undefined);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--profile must be recommended or strict, not "lax"/);
  });
});
