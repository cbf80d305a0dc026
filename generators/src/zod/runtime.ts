/**
 * The helper module generated code imports for keywords zod has no method
 * for (`templates/json-schema.ts`, emitted verbatim as `zod/json-schema.ts`
 * only when a schema needs it).
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from '../targets/typescript.cjs';

const f = ts.factory;

/** Path of the emitted helper module inside the target's output. */
export const RUNTIME_PATH = 'zod/json-schema.ts';

/** Records whether a generated file used the helper module, and names it. */
export class RuntimeUse {
  used = false;
  constructor(readonly local: string) {}

  /** `<local>.<name>`, marking the module as used. */
  access(name: string): ts.Expression {
    this.used = true;
    return f.createPropertyAccessExpression(f.createIdentifier(this.local), name);
  }

  /** `import * as <local> from './json-schema.js';`, or nothing when unused. */
  imports(): ts.Statement[] {
    if (!this.used) return [];
    return [
      f.createImportDeclaration(
        undefined,
        f.createImportClause(false, undefined, f.createNamespaceImport(f.createIdentifier(this.local))),
        f.createStringLiteral('./json-schema.js'),
      ),
    ];
  }
}

let cached: string | undefined;

/** The helper module's source, read from the package (next to this module, or `src/` when running from `dist/`). */
export function runtimeSource(): string {
  if (cached !== undefined) return cached;
  for (const candidate of ['./templates/json-schema.ts', '../../src/zod/templates/json-schema.ts']) {
    const file = fileURLToPath(new URL(candidate, import.meta.url));
    if (existsSync(file)) {
      cached = readFileSync(file, 'utf8');
      return cached;
    }
  }
  throw new Error('zod target: the helper template json-schema.ts is missing from the specloom package.');
}
