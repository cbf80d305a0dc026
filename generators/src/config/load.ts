import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { didYouMean } from '../cli/suggest.js';
import { createDiagnostic } from '../diagnostics/codes.js';
import type { Diagnostic } from '../diagnostics/types.js';
import type { ResolvedConfig, SpecloomConfig } from './types.js';

/** Config file names looked for, in order of preference. */
export const CONFIG_FILE_NAMES = [
  'specloom.config.ts',
  'specloom.config.mts',
  'specloom.config.js',
  'specloom.config.mjs',
] as const;

/** The config file is missing, cannot be loaded, or is invalid; `diagnostics` say where. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';

  constructor(readonly diagnostics: Diagnostic[]) {
    super(diagnostics.map((diagnostic) => diagnostic.message).join('\n'));
  }
}

/** Finds the config file: `explicitPath` when given, else the nearest `specloom.config.*` in `cwd` or a parent. */
export function findConfig(cwd: string, explicitPath?: string): string | undefined {
  if (explicitPath !== undefined) return resolve(cwd, explicitPath);
  for (let directory = resolve(cwd); ; directory = dirname(directory)) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = join(directory, name);
      if (existsSync(candidate)) return candidate;
    }
    if (dirname(directory) === directory) return undefined;
  }
}

/**
 * Loads and validates the config. TypeScript configs are transpiled (ESM) to
 * a temporary `.mjs` beside the original, so their imports resolve exactly as
 * they would from the config file, then imported and deleted.
 * @returns the config with absolute paths, or `undefined` when no file exists and none was named
 * @throws ConfigError
 */
export async function loadConfig(cwd: string, explicitPath?: string): Promise<ResolvedConfig | undefined> {
  const path = findConfig(cwd, explicitPath);
  if (path === undefined) return undefined;
  if (!existsSync(path)) {
    throw new ConfigError([
      createDiagnostic(
        'CONFIG_NOT_FOUND',
        { reason: `${path} does not exist${didYouMean(basename(path), siblingConfigs(dirname(path)))}` },
        { location: { file: path, line: 1, column: 1 } },
      ),
    ]);
  }
  const exported = await importConfig(path);
  // zod is loaded only when there is a config to validate: `specloom check spec.yaml` without one starts faster.
  const { configSchema } = await import('./schema.js');
  const parsed = configSchema.safeParse(exported);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) =>
        createDiagnostic(
          'CONFIG_INVALID',
          { path: issue.path.length > 0 ? issue.path.join('.') : '(config)', reason: issue.message },
          { location: { file: path, line: 1, column: 1 } },
        ),
      ),
    );
  }
  return resolvePaths(parsed.data as SpecloomConfig, path);
}

/** Files in `folder` that look like a config (for "did you mean" when a named one does not exist). */
function siblingConfigs(folder: string): string[] {
  try {
    return readdirSync(folder).filter((name) => /config|specloom/i.test(name));
  } catch {
    return [];
  }
}

async function importConfig(path: string): Promise<unknown> {
  const extension = extname(path);
  let modulePath = path;
  let temporary: string | undefined;
  try {
    if (extension === '.ts' || extension === '.mts') {
      const source = await readFile(path, 'utf8');
      temporary = join(dirname(path), `.${basename(path, extension)}.${process.pid}.${Date.now()}.mjs`);
      await writeFile(temporary, await transpiledConfig(source));
      modulePath = temporary;
    }
    const module = (await import(pathToFileURL(modulePath).href)) as { default?: unknown };
    if (module.default === undefined)
      throw new Error('it has no default export; write `export default defineConfig({ ... })`');
    return module.default;
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    const reason = `${path}: ${error instanceof Error ? error.message : String(error)}`;
    throw new ConfigError([
      createDiagnostic('CONFIG_LOAD_FAILED', { reason }, { location: { file: path, line: 1, column: 1 } }),
    ]);
  } finally {
    if (temporary !== undefined) await rm(temporary, { force: true });
  }
}

/**
 * The config's TypeScript as JavaScript. Loading the TypeScript compiler takes about a second, more
 * than everything else `specloom mock` does before it listens, so the output is cached by the
 * source's hash in the temp folder: an unchanged config costs one file read.
 */
async function transpiledConfig(source: string): Promise<string> {
  const key = createHash('sha256').update(`specloom-config-v1\0${source}`).digest('hex');
  const cached = join(tmpdir(), 'specloom-config-cache', `${key}.mjs`);
  try {
    return await readFile(cached, 'utf8');
  } catch {
    // Not cached yet (or the temp folder was cleaned): transpile below.
  }
  // Loaded on demand: `specloom/config` is imported by every config file and should stay light.
  const { default: ts } = await import('typescript');
  const output = ts.transpileModule(source, {
    compilerOptions: {
      module: ts.ModuleKind.ESNext,
      target: ts.ScriptTarget.ES2022,
      verbatimModuleSyntax: false,
      sourceMap: false,
    },
  }).outputText;
  try {
    await mkdir(dirname(cached), { recursive: true });
    // Written under a unique name and renamed, so a concurrent reader never sees half a file.
    const partial = `${cached}.${process.pid}.${Date.now()}`;
    await writeFile(partial, output);
    await rename(partial, cached);
  } catch {
    // A read-only temp folder only costs the next run the transpile again.
  }
  return output;
}

function resolvePaths(config: SpecloomConfig, configPath: string): ResolvedConfig {
  const base = dirname(configPath);
  return {
    ...config,
    configPath,
    spec: resolve(base, config.spec),
    ...(config.generate
      ? { generate: config.generate.map((run) => ({ ...run, out: resolve(base, run.out) })) }
      : {}),
    ...(config.scaffold ? { scaffold: { dir: resolve(base, config.scaffold.dir) } } : {}),
    ...(config.load?.mirrors
      ? {
          load: {
            ...config.load,
            mirrors: Object.fromEntries(
              Object.entries(config.load.mirrors).map(([prefix, folder]) => [prefix, resolve(base, folder)]),
            ),
          },
        }
      : {}),
  };
}
