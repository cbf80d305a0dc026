import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type AllowRule, parseAllowList } from './report/allow.js';
import type { AuthHook } from './types.js';

/** The `test` section of `specloom.config.ts`. */
export interface ContractTestConfig {
  /** Obtains credential headers from the running API, e.g. by registering and logging in. */
  auth?: AuthHook;
  /** Headers sent on every request. */
  headers?: Record<string, string>;
  /** Deviations the team accepts for now: reported as allowed, never failing the run. */
  allow?: AllowRule[];
  /** Which checks fail the run, as `--fail-on` takes them (`all`, or `check[=count],...`). */
  failOn?: string;
  /** Fail the run (exit 1) when some operations answered 401/403 to every valid request, as `--fail-on-unauthorized`. */
  failOnUnauthorized?: boolean;
}

const DEFAULT_NAMES = ['specloom.config.ts', 'specloom.config.mjs', 'specloom.config.js'];

/** A config file that exists but cannot be used. */
export class ConfigFailure extends Error {
  override name = 'ConfigFailure';
}

/**
 * Loads the `test` section of a specloom config: the given path, or the first
 * `specloom.config.{ts,mjs,js}` in `cwd`. A `.ts` config is transpiled with
 * TypeScript next to the original (so its relative imports resolve) and the
 * temporary file is removed again.
 */
export async function loadTestConfig(cwd: string, path?: string): Promise<ContractTestConfig> {
  const file = path
    ? resolve(cwd, path)
    : DEFAULT_NAMES.map((name) => join(cwd, name)).find((candidate) => existsSync(candidate));
  if (!file) return {};
  if (!existsSync(file)) throw new ConfigFailure(`config file ${file} does not exist`);
  let module: { default?: unknown };
  try {
    module = file.endsWith('.ts') ? await importTypeScript(file) : await import(pathToFileURL(file).href);
  } catch (error) {
    throw new ConfigFailure(`cannot load ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const config = (module.default ?? {}) as { test?: unknown };
  const test = (config.test ?? {}) as Record<string, unknown>;
  if (test.auth !== undefined && typeof test.auth !== 'function')
    throw new ConfigFailure(`${file}: test.auth must be a function returning headers`);
  if (test.headers !== undefined && (typeof test.headers !== 'object' || test.headers === null))
    throw new ConfigFailure(`${file}: test.headers must be an object`);
  let allow: AllowRule[] | undefined;
  try {
    allow = test.allow === undefined ? undefined : parseAllowList(test.allow, file);
  } catch (error) {
    throw new ConfigFailure((error as Error).message);
  }
  if (test.failOn !== undefined && typeof test.failOn !== 'string')
    throw new ConfigFailure(
      `${file}: test.failOn must be a string such as "not_a_server_error,problem_format"`,
    );
  if (test.failOnUnauthorized !== undefined && typeof test.failOnUnauthorized !== 'boolean')
    throw new ConfigFailure(`${file}: test.failOnUnauthorized must be true or false`);
  return {
    ...(typeof test.failOnUnauthorized === 'boolean' ? { failOnUnauthorized: test.failOnUnauthorized } : {}),
    ...(test.auth ? { auth: test.auth as AuthHook } : {}),
    ...(test.headers ? { headers: test.headers as Record<string, string> } : {}),
    ...(allow ? { allow } : {}),
    ...(typeof test.failOn === 'string' ? { failOn: test.failOn } : {}),
  };
}

async function importTypeScript(file: string): Promise<{ default?: unknown }> {
  const ts = (await import('typescript')).default;
  const source = await readFile(file, 'utf8');
  const output = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    fileName: file,
  }).outputText;
  const temporary = join(dirname(file), `.${basename(file, '.ts')}.${process.pid}.${Date.now()}.mjs`);
  await writeFile(temporary, output);
  try {
    return await import(pathToFileURL(temporary).href);
  } finally {
    await rm(temporary, { force: true });
  }
}
