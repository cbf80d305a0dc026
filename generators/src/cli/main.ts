import type { Command, CommandIO } from './command.js';

/** Sub-commands, loaded on demand. Order is the order of `specloom --help`. */
const COMMANDS: Record<string, () => Promise<{ default: Command }>> = {
  check: () => import('./commands/check.js'),
  generate: () => import('./commands/generate.js'),
  mock: () => import('./commands/mock.js'),
  proxy: () => import('./commands/proxy.js'),
  test: () => import('./commands/test.js'),
  diff: () => import('./commands/diff.js'),
  release: () => import('./commands/release.js'),
};

function defaultIO(debug: boolean): CommandIO {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    debug,
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
    io.stdout(await helpText());
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v') {
    const { GENERATOR_VERSION } = await import('../version.js');
    io.stdout(`${GENERATOR_VERSION}\n`);
    return 0;
  }
  const load = COMMANDS[name];
  if (load === undefined) {
    io.stderr(`specloom: unknown command "${name}". Run "specloom --help" for the list.\n`);
    return 2;
  }
  const command = (await load()).default;
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(`${command.usage.trimEnd()}\n`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
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

async function helpText(): Promise<string> {
  const lines = ['Usage: specloom <command> [options]', '', 'Commands:'];
  for (const [name, load] of Object.entries(COMMANDS)) {
    const command = (await load()).default;
    lines.push(`  ${name.padEnd(10)} ${command.summary}`);
  }
  lines.push('', 'Run "specloom <command> --help" for the options of one command.', '');
  return lines.join('\n');
}
