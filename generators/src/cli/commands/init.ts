import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { CONFIG_FILE_NAMES } from '../../config/load.js';
import { TARGET_NAMES } from '../../generate/target-names.js';
import { DEFAULT_PROFILE, type ProfileName, parseProfileName } from '../../lint/profiles.js';
import { parseCliArgs } from '../args.js';
import type { Command } from '../command.js';
import { askInitQuestions, shouldAsk } from '../init-questions.js';
import { didYouMean } from '../suggest.js';
import { usageLine } from '../usage-line.js';

const USAGE = `Usage: specloom init [options]

Sets specloom up in the current folder: finds the spec (or takes --spec),
writes specloom.config.ts, adds npm scripts to package.json, and prints the
next commands. By default it generates the TypeScript types only, as
openapi-typescript does; ask for more with --targets. Nothing is
overwritten: an existing config needs --force, an existing script of the
same name is kept.

Run at a terminal without options, it asks for the spec, the targets and the
lint profile (Enter keeps the default shown). With any option, with --yes,
in CI or when not at a terminal it asks nothing and uses the options and
defaults.

Options:
  --spec <file>       The root file of the OpenAPI document (default: the first of
                      openapi.yaml/.yml/.json, swagger.*, api.yaml found here or one
                      or two folders down, node_modules skipped)
  --targets <list>    Comma-separated targets (default: types): ${TARGET_NAMES.join(', ')}
                      The server target also scaffolds service stubs (into --scaffold).
  --out <dir>         Output folder (default: src/generated when src/ exists or the server
                      target is asked for, else generated)
  --scaffold <dir>    Folder for the server target's service stubs (default: the folder
                      that holds --out, or src/ when --out is a top-level folder)
  --profile <name>    Lint profile: recommended (default: correctness rules) or strict
  --force             Replace an existing specloom.config.*
  --yes, -y           Ask nothing, even at a terminal
`;

/** File names a spec is usually given, most common first. */
const SPEC_NAMES = [
  'openapi.yaml',
  'openapi.yml',
  'openapi.json',
  'swagger.yaml',
  'swagger.yml',
  'swagger.json',
  'api.yaml',
  'api.yml',
  'api.json',
];
const SKIPPED = new Set(['node_modules', '.git', 'dist', 'build', 'coverage']);

/** Scripts added to package.json, by name. */
const SCRIPTS: Record<string, string> = {
  'api:check': 'specloom check',
  'api:generate': 'specloom generate',
  'api:mock': 'specloom mock',
};

const init: Command = {
  name: 'init',
  summary: 'Set up specloom in this project: find the spec, write specloom.config.ts, add scripts',
  usage: USAGE,
  async run(argv, io) {
    const { values } = parseCliArgs({
      args: argv,
      allowPositionals: false,
      options: {
        spec: { type: 'string' },
        targets: { type: 'string' },
        out: { type: 'string' },
        scaffold: { type: 'string' },
        profile: { type: 'string' },
        force: { type: 'boolean', default: false },
        yes: { type: 'boolean', short: 'y', default: false },
      },
    });
    let targets = (values.targets ?? 'types')
      .split(',')
      .map((name) => name.trim())
      .filter((name) => name !== '');
    for (const target of targets) {
      if (!TARGET_NAMES.includes(target)) {
        io.stderr(
          usageLine(
            'init',
            `unknown target "${target}"${didYouMean(target, TARGET_NAMES)}; known: ${TARGET_NAMES.join(', ')}`,
          ),
        );
        return 2;
      }
    }

    let profile: ProfileName = DEFAULT_PROFILE;
    if (values.profile !== undefined) {
      const parsed = parseProfileName(values.profile);
      if (parsed === undefined) {
        io.stderr(usageLine('init', `--profile must be recommended or strict, not "${values.profile}"`));
        return 2;
      }
      profile = parsed;
    }

    const existing = CONFIG_FILE_NAMES.map((name) => join(io.cwd, name)).find((path) => existsSync(path));
    if (existing !== undefined && !values.force) {
      io.stderr(
        `specloom init: ${relative(io.cwd, existing)} already exists; edit it, or pass --force to replace it\n`,
      );
      return 2;
    }

    let spec = values.spec !== undefined ? resolve(io.cwd, values.spec) : await findSpec(io.cwd);
    if (io.terminal !== undefined && shouldAsk(io.terminal, argv, process.env)) {
      const answers = await askInitQuestions(
        io.terminal,
        io.cwd,
        spec === undefined ? undefined : posix(relative(io.cwd, spec)),
      );
      if (answers === undefined) {
        io.stderr('\nspecloom init: stopped before the last answer; nothing was written\n');
        return 2;
      }
      spec = resolve(io.cwd, answers.spec);
      targets = answers.targets;
      profile = answers.profile;
    }
    if (spec === undefined) {
      io.stderr(
        `specloom init: no spec found here (looked for ${SPEC_NAMES.slice(0, 3).join(', ')}, ... up to two folders down); pass --spec path/to/openapi.yaml\n`,
      );
      return 2;
    }
    if (!existsSync(spec)) {
      io.stderr(`specloom init: ${values.spec} does not exist\n`);
      return 2;
    }
    // Server stubs are scaffolded beside the output folder: keep both under src/ rather than in the project root.
    const out =
      values.out ??
      (existsSync(join(io.cwd, 'src')) || targets.includes('server') ? 'src/generated' : 'generated');
    const scaffold = targets.includes('server') ? (values.scaffold ?? parentOf(out)) : undefined;
    const configPath = join(io.cwd, 'specloom.config.ts');
    await writeFile(configPath, configSource(posix(relative(io.cwd, spec)), out, targets, scaffold, profile));
    io.stdout(
      `Wrote specloom.config.ts: ${posix(relative(io.cwd, spec))} -> ${out} (${targets.join(', ')})\n`,
    );

    const scripts = await addScripts(join(io.cwd, 'package.json'));
    if (scripts === undefined)
      io.stdout('No package.json here: no scripts added (run "npm init -y" first to get them).\n');
    else {
      if (scripts.added.length > 0) io.stdout(`Added scripts to package.json: ${scripts.added.join(', ')}\n`);
      if (scripts.kept.length > 0)
        io.stdout(`Kept your existing scripts of the same name: ${scripts.kept.join(', ')}\n`);
    }
    io.stdout(
      [
        '',
        'Next:',
        '  npx specloom check       # validate and lint the spec (file:line for every finding)',
        `  npx specloom generate    # write ${out}/ and list the packages it imports`,
        '  npx specloom mock        # serve a mock of the API from its examples',
        '',
      ].join('\n'),
    );
    return 0;
  },
};

export default init;

/** The first spec-like file in `cwd`, then one folder down, then two (sorted, so the answer is stable). */
async function findSpec(cwd: string): Promise<string | undefined> {
  let level = [cwd];
  for (let depth = 0; depth < 3 && level.length > 0; depth += 1) {
    for (const folder of level) {
      for (const name of SPEC_NAMES) {
        const candidate = join(folder, name);
        if (existsSync(candidate)) return candidate;
      }
    }
    const next: string[] = [];
    for (const folder of level) {
      const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
      for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name)))
        if (entry.isDirectory() && !SKIPPED.has(entry.name) && !entry.name.startsWith('.'))
          next.push(join(folder, entry.name));
    }
    level = next;
  }
  return undefined;
}

function configSource(
  spec: string,
  out: string,
  targets: readonly string[],
  scaffold: string | undefined,
  profile: ProfileName,
): string {
  const lines = [
    "import { defineConfig } from 'specloom/config';",
    '',
    'export default defineConfig({',
    `  spec: ${quote(spec)},`,
    '  generate: [',
    `    { out: ${quote(out)}, targets: [${targets.map((target) => quote(target)).join(', ')}] },`,
    '  ],',
  ];
  if (scaffold !== undefined) {
    lines.push(
      '  // Service stubs for new tags are created here once and then belong to you.',
      `  scaffold: { dir: ${quote(scaffold)} },`,
    );
  }
  lines.push(
    profile === 'specloom:strict'
      ? '  // Correctness and house style rules; "specloom:recommended" keeps correctness only. Tune severities per rule'
      : '  // Correctness rules only; "specloom:strict" adds the house style rules. Tune severities per rule',
    '  // code, e.g. rules: { COMPONENT_UNUSED: "off" }.',
    `  lint: { extends: ${quote(profile)}, rules: {} },`,
    '});',
    '',
  );
  return lines.join('\n');
}

async function addScripts(path: string): Promise<{ added: string[]; kept: string[] } | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
  const manifest = JSON.parse(text) as { scripts?: Record<string, string> };
  const scripts = { ...(manifest.scripts ?? {}) };
  const added: string[] = [];
  const kept: string[] = [];
  for (const [name, command] of Object.entries(SCRIPTS)) {
    if (scripts[name] !== undefined) kept.push(name);
    else {
      scripts[name] = command;
      added.push(name);
    }
  }
  if (added.length > 0) {
    const indent = /^\{\n(\s+)/.exec(text)?.[1] ?? '  ';
    await writeFile(path, `${JSON.stringify({ ...manifest, scripts }, null, indent)}\n`);
  }
  return { added, kept };
}

/** A single-quoted TypeScript string literal. */
function quote(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

function parentOf(path: string): string {
  const parts = posix(path)
    .split('/')
    .filter((part) => part !== '');
  // Never the project root itself: stubs there would be mixed with the project's own folders.
  return parts.length > 1 ? parts.slice(0, -1).join('/') : 'src';
}

function posix(path: string): string {
  return path.split(sep).join('/');
}
