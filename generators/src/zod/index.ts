/**
 * The `zod` target: zod 4 validators for every component schema
 * (`zod/schemas.ts`) and for every operation's request and responses
 * (`zod/operations.ts`), generated from the normalized spec model.
 */

import type { Pointer } from '../model/types.js';
import { printStatements } from '../print/index.js';
import type { EmitContext, GeneratedFile, Target } from '../targets/types.js';
import ts from '../targets/typescript.cjs';
import { planDeclarations } from './graph.js';
import { operationsFile } from './operations-file.js';
import { RUNTIME_PATH, runtimeSource } from './runtime.js';
import { schemasFile } from './schemas-file.js';

/** Stable code for every construct the zod target could only approximate. */
export const ZOD_UNSUPPORTED_CONSTRUCT = 'ZOD_UNSUPPORTED_CONSTRUCT';

const f = ts.factory;

/**
 * Opens every file unless the `typeCheck` option is set. The validators are
 * checked by specloom's own tests against zod's types; re-checking them in a
 * user's compiler (every build, every editor session) costs more than all the
 * rest of a large spec's output together. Their types are still inferred where
 * they are used, so nothing a user writes against them goes unchecked.
 */
const SKIP_TYPE_CHECK = '// @ts-nocheck: checked when generated; set `typeCheck: true` to check here too.\n';

/** Reads the target's options (`targets.zod` in `specloom.config.ts`). */
function readZodOptions(raw: Record<string, unknown>): { typeCheck: boolean } {
  const typeCheck = raw.typeCheck ?? false;
  if (typeof typeCheck !== 'boolean')
    throw new Error('zod target: option `typeCheck` must be true or false.');
  return { typeCheck };
}

/** Emits `zod/schemas.ts`, `zod/operations.ts` and `zod/index.ts`. Pure: same model, same bytes. */
function emit(context: EmitContext): GeneratedFile[] {
  const { typeCheck } = readZodOptions(context.options);
  const opening = typeCheck ? '' : SKIP_TYPE_CHECK;
  return emitFiles(context).map((file) => ({ ...file, contents: opening + file.contents }));
}

function emitFiles(context: EmitContext): GeneratedFile[] {
  const { model } = context;
  const reported = new Set<string>();
  const warn = (message: string, pointer: Pointer) => {
    // The same construct can be reached from several declarations; report it once.
    const key = `${pointer}\u0000${message}`;
    if (reported.has(key)) return;
    reported.add(key);
    context.warn({ code: ZOD_UNSUPPORTED_CONSTRUCT, severity: 'warning', message, pointer });
  };
  const plan = planDeclarations(model.schemas);
  const byName = new Map(model.schemas.map((schema) => [schema.name, schema.schema]));
  const schemas = schemasFile({ plan, schemas: model.schemas, warn });
  const operations = operationsFile({
    plan,
    operations: model.operations,
    component: (name) => byName.get(name),
    warn,
  });
  return [
    { path: 'zod/schemas.ts', contents: schemas.contents },
    { path: 'zod/operations.ts', contents: operations.contents },
    { path: 'zod/index.ts', contents: indexFile() },
    // The helper module for keywords zod has no method for, only when a schema uses one.
    ...(schemas.usesRuntime || operations.usesRuntime
      ? [{ path: RUNTIME_PATH, contents: runtimeSource() }]
      : []),
  ];
}

function indexFile(): string {
  const reexport = (name: string, from: string) =>
    f.createExportDeclaration(
      undefined,
      false,
      f.createNamespaceExport(f.createIdentifier(name)),
      f.createStringLiteral(from),
    );
  return printStatements([reexport('schemas', './schemas.js'), reexport('operations', './operations.js')]);
}

export const zodTarget: Target = {
  name: 'zod',
  description:
    'zod 4 validators for component schemas and for each operation’s parameters, bodies and responses',
  dependsOn: [],
  packages: [{ name: 'zod', range: '^4.0.0', dev: false }],
  emit,
};
