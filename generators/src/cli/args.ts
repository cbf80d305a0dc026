import { type ParseArgsConfig, parseArgs } from 'node:util';
import { didYouMean } from './suggest.js';

/** The command line does not make sense; the message is one line that says why (and what was probably meant). */
export class ArgumentError extends Error {
  override readonly name = 'ArgumentError';
}

/**
 * `node:util` parseArgs with errors a person can act on: an unknown option
 * names the closest known one (`unknown option --spce; did you mean --spec?`)
 * instead of node's parser text.
 * @throws ArgumentError
 */
export function parseCliArgs<T extends ParseArgsConfig>(config: T): ReturnType<typeof parseArgs<T>> {
  const unknown = firstUnknownOption(config.args ?? [], config.options ?? {});
  if (unknown !== undefined) throw new ArgumentError(unknown);
  try {
    return parseArgs(config);
  } catch (error) {
    throw new ArgumentError(oneLine(error instanceof Error ? error.message : String(error)));
  }
}

/** The message for the first `--option` that `options` does not declare, if any. */
export function firstUnknownOption(
  args: readonly string[],
  options: NonNullable<ParseArgsConfig['options']>,
): string | undefined {
  const long = Object.keys(options);
  const short = new Map(
    Object.entries(options).flatMap(([name, option]) =>
      option.short ? [[option.short, name] as const] : [],
    ),
  );
  for (const [index, arg] of args.entries()) {
    if (arg === '--') return undefined;
    // The value of the previous string option, e.g. `--header --x` is unusual but legal.
    const previous = index > 0 ? args[index - 1] : undefined;
    if (
      previous?.startsWith('--') &&
      !previous.includes('=') &&
      options[previous.slice(2)]?.type === 'string'
    )
      continue;
    if (arg.startsWith('--')) {
      const name = arg.slice(2).split('=')[0] ?? '';
      if (!(name in options))
        return `unknown option --${name}${didYouMean(name, long, (candidate) => `--${candidate}`)}`;
    } else if (/^-[A-Za-z]$/.test(arg) && !short.has(arg.slice(1))) {
      return `unknown option ${arg}`;
    }
  }
  return undefined;
}

/** node's parser messages sometimes span lines with advice for script authors; the first line is the point. */
function oneLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/\. To specify a positional argument.*$/, '');
}
