import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { TARGET_NAMES } from '../generate/target-names.js';
import { PROFILE_NAMES, type ProfileName, parseProfileName } from '../lint/profiles.js';
import type { Terminal } from './command.js';
import { didYouMean } from './suggest.js';

/** What `specloom init` asks a person at a terminal. */
export interface InitAnswers {
  /** As typed (relative to the working directory) or the default. */
  spec: string;
  targets: string[];
  profile: ProfileName;
}

/**
 * Whether `specloom init` asks its questions: only at a terminal (stdin and
 * stdout both TTYs), only when no option was given (an option, `--yes`
 * included, means the caller already decided) and never in CI, where nobody
 * would answer.
 */
export function shouldAsk(
  terminal: Terminal | undefined,
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
): boolean {
  return terminal !== undefined && argv.length === 0 && !isCI(env);
}

/** CI services set `CI` (GitHub Actions, GitLab, CircleCI, Travis, Buildkite, ...). */
function isCI(env: NodeJS.ProcessEnv): boolean {
  const value = env.CI;
  return value !== undefined && value !== '' && value !== '0' && value.toLowerCase() !== 'false';
}

/**
 * Asks for the spec, the targets and the lint profile, one line each, with
 * the default in brackets (Enter keeps it). A wrong answer is explained and
 * asked again. Resolves to `undefined` when the input ends (Ctrl+D) first.
 * @param foundSpec the spec `init` found by itself, offered as the default
 */
export async function askInitQuestions(
  terminal: Terminal,
  cwd: string,
  foundSpec: string | undefined,
): Promise<InitAnswers | undefined> {
  const lines = createInterface({ input: terminal.input, terminal: false });
  // Reading through the iterator keeps lines that arrive before the question is printed (pasted or piped answers).
  const iterator = lines[Symbol.asyncIterator]();
  const ask = async (question: string): Promise<string | undefined> => {
    terminal.output.write(question);
    const next = await iterator.next();
    return next.done ? undefined : String(next.value).trim();
  };
  const say = (text: string) => terminal.output.write(text);
  try {
    const spec = await askUntilValid(
      ask,
      say,
      foundSpec === undefined ? 'Spec file (your OpenAPI document): ' : `Spec file [${foundSpec}]: `,
      (answer) => {
        const chosen = answer === '' ? foundSpec : answer;
        if (chosen === undefined) return { problem: 'type the path of your OpenAPI document' };
        return existsSync(resolve(cwd, chosen)) ? { value: chosen } : { problem: `${chosen} does not exist` };
      },
    );
    if (spec === undefined) return undefined;
    const targets = await askUntilValid(
      ask,
      say,
      `Targets, comma-separated (${TARGET_NAMES.join(', ')}) [types]: `,
      (answer) => {
        const names = (answer === '' ? 'types' : answer)
          .split(',')
          .map((name) => name.trim())
          .filter((name) => name !== '');
        const unknown = names.find((name) => !TARGET_NAMES.includes(name));
        if (unknown !== undefined)
          return { problem: `unknown target "${unknown}"${didYouMean(unknown, TARGET_NAMES)}` };
        return names.length === 0 ? { problem: 'name at least one target' } : { value: names };
      },
    );
    if (targets === undefined) return undefined;
    const profile = await askUntilValid(
      ask,
      say,
      'Lint profile: recommended (correctness rules) or strict (house style too) [recommended]: ',
      (answer) => {
        const parsed = parseProfileName(answer === '' ? 'recommended' : answer);
        return parsed === undefined
          ? { problem: `the profile is one of ${PROFILE_NAMES.map(shortName).join(', ')}` }
          : { value: parsed };
      },
    );
    if (profile === undefined) return undefined;
    return { spec, targets, profile };
  } finally {
    lines.close();
  }
}

/** One question, asked again (after saying what was wrong) until `check` accepts the answer or the input ends. */
async function askUntilValid<T>(
  ask: (question: string) => Promise<string | undefined>,
  say: (text: string) => void,
  question: string,
  check: (answer: string) => { value: T } | { problem: string },
): Promise<T | undefined> {
  for (;;) {
    const answer = await ask(question);
    if (answer === undefined) return undefined;
    const result = check(answer);
    if ('value' in result) return result.value;
    say(`  ${result.problem}\n`);
  }
}

function shortName(profile: ProfileName): string {
  return profile.replace(/^specloom:/, '');
}
