import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';
import type { Diagnostic } from '../../src/diagnostics/types.js';
import type { JsonSchema, SpecModel } from '../../src/model/types.js';
import { builtins } from '../../src/zod/ast.js';
import type { ConvertContext, Side } from '../../src/zod/convert/context.js';
import { convertSchema } from '../../src/zod/convert/index.js';
import { zodTarget } from '../../src/zod/index.js';

export const generatorsRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Prints the zod expression for one schema, with `#/components/schemas/X` references printed as `X`. */
export function printSchema(
  schema: JsonSchema,
  options: { side?: Side; components?: Record<string, JsonSchema>; binary?: 'string' | 'unknown' } = {},
): { source: string; warnings: string[] } {
  const warnings: string[] = [];
  const components = options.components ?? {};
  const context: ConvertContext = {
    side: options.side ?? 'base',
    z: 'z',
    binary: options.binary ?? 'string',
    builtin: builtins(Object.keys(components)),
    runtime: (name) =>
      ts.factory.createPropertyAccessExpression(ts.factory.createIdentifier('jsonSchema'), name),
    warn: (message, pointer) => warnings.push(`${pointer}: ${message}`),
    component: (name) => components[name],
    isPlainObjectComponent: (name) =>
      typeof components[name] === 'object' && (components[name] as { type?: unknown }).type === 'object',
    reference: (name) => (name in components ? ts.factory.createIdentifier(name) : undefined),
  };
  const expression = convertSchema(schema, '#/test', context);
  const printer = ts.createPrinter({ newLine: ts.NewLineKind.LineFeed, removeComments: false });
  const file = ts.createSourceFile('x.ts', '', ts.ScriptTarget.Latest);
  return { source: printer.printNode(ts.EmitHint.Expression, expression, file), warnings };
}

/** Runs the zod target over a model and returns its files by path plus the diagnostics it reported. */
export async function emitZod(
  model: SpecModel,
): Promise<{ files: Map<string, string>; diagnostics: Diagnostic[] }> {
  const diagnostics: Diagnostic[] = [];
  const files = await zodTarget.emit({
    model,
    generatorVersion: 'test',
    options: {},
    warn: (d) => diagnostics.push(d),
  });
  return { files: new Map(files.map((file) => [file.path, file.contents])), diagnostics };
}

/**
 * Transpiles generated TypeScript modules to JavaScript under `generators/.tmp/`
 * (where `zod` resolves from node_modules), imports the entry, and removes the
 * folder again. Relative `.js` imports between the modules keep working.
 */
export async function importGenerated<T>(files: Map<string, string>, entry: string): Promise<T> {
  const folder = join(generatorsRoot, '.tmp', `zod-${process.pid}-${Math.random().toString(36).slice(2)}`);
  try {
    for (const [path, contents] of files) {
      const output = ts.transpileModule(contents, {
        compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
      }).outputText;
      const target = join(folder, path.replace(/\.ts$/, '.js'));
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, output);
    }
    writeFileSync(join(folder, 'package.json'), '{ "type": "module" }');
    return (await import(pathToFileURL(join(folder, entry.replace(/\.ts$/, '.js'))).href)) as T;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
