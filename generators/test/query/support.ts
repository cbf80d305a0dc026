import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import type { SpecModel } from '../../src/model/types.js';
import { queryTarget } from '../../src/query/index.js';
import { sdkTarget } from '../../src/sdk/index.js';
import { typesTarget } from '../../src/types/index.js';
import { generatorsRoot } from '../sdk/support.js';

export { generatorsRoot };

const emitOptions = (options: Record<string, unknown> = {}) => ({
  generatorVersion: 'test',
  options,
  warn: () => undefined,
});

/** The query target's files for a model, by path. */
export async function emitQuery(
  model: SpecModel,
  options: Record<string, unknown> = {},
): Promise<Map<string, string>> {
  const files = await queryTarget.emit({ model, ...emitOptions(options) });
  return new Map(files.map((file) => [file.path, file.contents]));
}

/**
 * Writes types, SDK and query files for a model into a scratch folder inside
 * the repository (so `@specloom/sdk-runtime` resolves to the workspace's runtime), with
 * `usage` (a module importing `./generated/query.js`) when given, type-checks
 * it strictly, removes the folder and returns every diagnostic.
 */
export async function typeCheckQuery(model: SpecModel, label: string, usage?: string): Promise<string[]> {
  const folder = join(generatorsRoot, '.tmp', `query-${label}-${process.pid}`);
  try {
    mkdirSync(join(folder, 'generated'), { recursive: true });
    const files = [
      ...(await typesTarget.emit({ model, ...emitOptions() })),
      ...(await sdkTarget.emit({ model, ...emitOptions() })),
      ...(await queryTarget.emit({ model, ...emitOptions() })),
    ];
    for (const file of files) writeFileSync(join(folder, 'generated', file.path), file.contents);
    writeFileSync(join(folder, 'package.json'), '{ "type": "module" }');
    const roots = [join(folder, 'generated', 'query.ts')];
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
