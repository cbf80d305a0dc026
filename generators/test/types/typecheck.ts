import { dirname } from 'node:path';
import ts from 'typescript';
import { checkingHost } from '../zod/typecheck.js';

/**
 * Type-checks files the way a consumer's strict project would and returns
 * the error messages (empty when the files compile).
 */
export function typeCheck(files: readonly string[], extraOptions: ts.CompilerOptions = {}): string[] {
  const options: ts.CompilerOptions = {
    strict: true,
    noUncheckedIndexedAccess: true,
    noEmit: true,
    skipLibCheck: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    types: [],
    ...extraOptions,
  };
  // Generated zod files open with `// @ts-nocheck`; the host drops it so they are checked too.
  const program = ts.createProgram([...files], options, checkingHost(options));
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
    if (diagnostic.file === undefined || diagnostic.start === undefined) return message;
    const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
    return `${diagnostic.file.fileName.slice(dirname(files[0] ?? '').length + 1)}:${line + 1}:${character + 1} ${message}`;
  });
}
