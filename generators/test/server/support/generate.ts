/**
 * Generates the `types`, `zod` and `server` targets for a spec into a scratch
 * folder (`generators/.tmp/<name>/`), laid out as an app would have them, and
 * type-checks the result with the strict compiler settings.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { loadSpec } from '../../../src/load/index.js';
import type { SpecModel } from '../../../src/model/types.js';
import { serverTarget } from '../../../src/server/index.js';
import type { EmitContext, GeneratedFile } from '../../../src/targets/types.js';
import { typesTarget } from '../../../src/types/index.js';
import { zodTarget } from '../../../src/zod/index.js';
import { outputTypesFit } from '../../zod/output-types-fit.js';

const run = promisify(execFile);
const here = dirname(fileURLToPath(import.meta.url));
export const generatorsRoot = resolve(here, '../../..');
const tsc = resolve(generatorsRoot, '../node_modules/typescript/bin/tsc');

export interface GeneratedApp {
  dir: string;
  model: SpecModel;
  server: GeneratedFile[];
}

function context(model: SpecModel, options: Record<string, unknown>): EmitContext {
  return { model, generatorVersion: '0.0.0-test', options, warn: () => {} };
}

/** Loads `specPath` and writes generated code under `.tmp/<name>/generated` and scaffolds under `.tmp/<name>/`. */
export async function generateApp(
  specPath: string,
  name: string,
  serverOptions: Record<string, unknown> = {},
): Promise<GeneratedApp> {
  const { model } = await loadSpec(specPath, { validate: false });
  const dir = join(generatorsRoot, '.tmp', name);
  rmSync(dir, { recursive: true, force: true });
  const server = await serverTarget.emit(context(model, serverOptions));
  const files = [
    ...(await typesTarget.emit(context(model, {}))),
    // Checked here as a team with `typeCheck: true` would: the router reads these objects unchecked.
    ...(await zodTarget.emit(context(model, { typeCheck: true }))),
    ...server.filter((file) => file.scaffold !== true),
  ];
  for (const file of files) write(join(dir, 'generated', file.path), file.contents);
  for (const file of server.filter((entry) => entry.scaffold === true))
    write(join(dir, file.path), file.contents);
  write(join(dir, 'operation-schemas-fit.ts'), OPERATION_SCHEMAS_FIT);
  const schemasSource = files.find((file) => file.path === 'zod/schemas.ts')?.contents ?? '';
  write(join(dir, 'output-types-fit.ts'), outputTypesFit('./generated/zod', schemasSource));
  write(
    join(dir, 'tsconfig.json'),
    JSON.stringify(
      {
        extends: '../../../tsconfig.base.json',
        compilerOptions: {
          noEmit: true,
          rootDir: '.',
          declaration: false,
          declarationMap: false,
          sourceMap: false,
        },
        include: ['**/*.ts'],
      },
      null,
      2,
    ),
  );
  return { dir, model, server };
}

/**
 * The router sees the zod target's operation objects through one unchecked
 * view (`operationSchemas`); this file makes the app's type-check prove that
 * each of them has the shape the router reads.
 */
const OPERATION_SCHEMAS_FIT = `import type { OperationSchemas } from './generated/server/descriptors.js';
import * as zodOperations from './generated/zod/operations.js';

export const operationSchemasFit: { [K in keyof typeof zodOperations]: OperationSchemas } = zodOperations;
`;

function write(path: string, contents: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, contents);
}

/** Deletes a generated app's scratch folder. */
export function removeApp(app: GeneratedApp | undefined): void {
  if (app !== undefined) rmSync(app.dir, { recursive: true, force: true });
}

/** Writes an extra source file into a generated app (e.g. a type-level test). */
export function addFile(app: GeneratedApp, path: string, contents: string): void {
  write(join(app.dir, path), contents);
}

/** Runs `tsc --noEmit` on the generated app; resolves to the compiler's diagnostics (empty when it compiles). */
export async function typeCheck(dir: string): Promise<string> {
  try {
    await run(process.execPath, [tsc, '-p', join(dir, 'tsconfig.json')], { maxBuffer: 64 * 1024 * 1024 });
    return '';
  } catch (error) {
    const failure = error as { stdout?: string; stderr?: string; message: string };
    return `${failure.stdout ?? ''}${failure.stderr ?? ''}` || failure.message;
  }
}
