import { ArgumentError } from './args.js';
import type { Command, CommandIO } from './command.js';
import { didYouMean } from './suggest.js';
import { usageLine } from './usage-line.js';
import { userCwd } from './user-cwd.js';

/**
 * Sub-commands in the order of `specloom --help`. The summaries are here so
 * that `--help` imports no command: each command module (and what it pulls
 * in: the loader, the emitters, the mock server) is loaded only when it runs.
 * A test pins each summary to its command's own.
 */
export const COMMANDS: Record<string, { summary: string; load: () => Promise<{ default: Command }> }> = {
  init: {
    summary: 'Set up specloom in this project: find the spec, write specloom.config.ts, add scripts',
    load: () => import('./commands/init.js'),
  },
  check: {
    summary: 'Validate the spec and run the lint rules',
    load: () => import('./commands/check.js'),
  },
  generate: {
    summary: 'Generate types, validators, server routing and the SDK from the spec',
    load: () => import('./commands/generate.js'),
  },
  mock: {
    summary: 'Serve a mock of the API (examples, dynamic data, stateful)',
    load: () => import('./commands/mock.js'),
  },
  proxy: {
    summary: 'Forward to a running backend and report every contract violation',
    load: () => import('./commands/proxy.js'),
  },
  test: {
    summary: 'Run contract tests derived from the spec against a running backend',
    load: () => import('./commands/test.js'),
  },
  diff: {
    summary: 'Classify the changes between two versions of a spec (breaking or not)',
    load: () => import('./commands/diff.js'),
  },
  release: {
    summary: 'Propose the SDK version from the API diff and write a changeset',
    load: () => import('./commands/release.js'),
  },
};

function defaultIO(debug: boolean): CommandIO {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: userCwd(process.cwd(), process.env),
    debug,
    ...(process.stdin.isTTY && process.stdout.isTTY
      ? { terminal: { input: process.stdin, output: process.stdout } }
      : {}),
  };
}

/**
 * Entry point of the `specloom` CLI. Resolves to the exit code: 0 success,
 * 1 findings or drift, 2 bad usage or an input that could not be loaded.
 */
export async function main(
  argv: string[],
  io: CommandIO = defaultIO(argv.includes('--debug')),
): Promise<number> {
  const args = argv.filter((arg) => arg !== '--debug');
  const [name, ...rest] = args;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(helpText());
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v') {
    const { GENERATOR_VERSION } = await import('../version.js');
    io.stdout(`${GENERATOR_VERSION}\n`);
    return 0;
  }
  const entry = COMMANDS[name];
  if (entry === undefined) {
    const hint = name.startsWith('-')
      ? ''
      : didYouMean(name, Object.keys(COMMANDS), (candidate) => `"specloom ${candidate}"`);
    io.stderr(`specloom: unknown command "${name}"${hint} (run "specloom --help" for the list)\n`);
    return 2;
  }
  const command = (await entry.load()).default;
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(`${command.usage.trimEnd()}\n`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof ArgumentError) {
      io.stderr(usageLine(name, error.message));
      return 2;
    }
    // Expected failures are reported by the commands themselves; anything that
    // reaches here is a bug or an environment problem. Keep it to one line
    // unless the user asked for the stack.
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`specloom ${name}: ${message}\n`);
    if (io.debug && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    else io.stderr('Run again with --debug for the stack trace.\n');
    return 2;
  }
}

function helpText(): string {
  const lines = ['Usage: specloom <command> [options]', '', 'Commands:'];
  for (const [name, { summary }] of Object.entries(COMMANDS)) lines.push(`  ${name.padEnd(10)} ${summary}`);
  lines.push('', 'Run "specloom <command> --help" for the options of one command.', '');
  return lines.join('\n');
}
