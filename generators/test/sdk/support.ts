import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import type { SpecModel } from '../../src/model/types.js';
import { sdkTarget } from '../../src/sdk/index.js';
import { typesTarget } from '../../src/types/index.js';

export const generatorsRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

const emitOptions = (options: Record<string, unknown> = {}) => ({
  generatorVersion: 'test',
  options,
  warn: () => undefined,
});

/** The `sdk.ts` contents for a model. */
export async function emitSdk(model: SpecModel, options: Record<string, unknown> = {}): Promise<string> {
  const files = await sdkTarget.emit({ model, ...emitOptions(options) });
  const [file] = files;
  if (files.length !== 1 || file?.path !== 'sdk.ts')
    throw new Error(`expected one sdk.ts, got ${files.map((entry) => entry.path).join(', ')}`);
  return file.contents;
}

/**
 * Writes the types and SDK for a model into a scratch folder inside the
 * repository (so `@specloom/sdk-runtime` resolves to the workspace's published runtime), type-checks it
 * strictly (with `usage`, a module importing `./generated/sdk.js`, when given),
 * removes the folder, and returns every diagnostic.
 */
export async function typeCheckSdk(model: SpecModel, label: string, usage?: string): Promise<string[]> {
  const folder = join(generatorsRoot, '.tmp', `sdk-${label}-${process.pid}`);
  try {
    mkdirSync(join(folder, 'generated'), { recursive: true });
    const types = await typesTarget.emit({ model, ...emitOptions() });
    for (const file of [...types, { path: 'sdk.ts', contents: await emitSdk(model) }])
      writeFileSync(join(folder, 'generated', file.path), file.contents);
    writeFileSync(join(folder, 'package.json'), '{ "type": "module" }');
    const roots = [join(folder, 'generated', 'sdk.ts')];
    if (usage !== undefined) {
      writeFileSync(join(folder, 'usage.ts'), usage);
      roots.push(join(folder, 'usage.ts'));
    }
    const program = ts.createProgram(roots, {
      target: ts.ScriptTarget.ES2022,
      lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      strict: true,
      noUncheckedIndexedAccess: true,
      skipLibCheck: true,
      noEmit: true,
      types: [],
    });
    return ts.getPreEmitDiagnostics(program).map((diagnostic) => {
      const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
      if (!diagnostic.file || diagnostic.start === undefined) return message;
      const { line } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
      return `${diagnostic.file.fileName.slice(folder.length + 1)}:${line + 1}: ${message}`;
    });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
