import ts from 'typescript';

/** The repository's compiler settings (strict, `noUncheckedIndexedAccess`, NodeNext) for checking generated code. */
const OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  strict: true,
  noUncheckedIndexedAccess: true,
  skipLibCheck: true,
  noEmit: true,
  types: [],
};

/** The line the zod target opens its files with unless `typeCheck: true` (see `SKIP_TYPE_CHECK`). */
const SKIP_TYPE_CHECK_LINE = /^\/\/ @ts-nocheck\b.*\n/m;

/**
 * A compiler host that reads generated files without their `// @ts-nocheck`
 * line, so a program over committed or freshly emitted output checks the zod
 * validators as `typeCheck: true` would, instead of skipping them.
 */
export function checkingHost(options: ts.CompilerOptions): ts.CompilerHost {
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  host.readFile = (fileName) => {
    const text = readFile(fileName);
    return text === undefined || fileName.includes('/node_modules/')
      ? text
      : text.replace(SKIP_TYPE_CHECK_LINE, '');
  };
  return host;
}

/** Type-checks the given root files and returns every diagnostic as `file:line: message`. */
export function typeCheck(rootFiles: readonly string[]): string[] {
  const program = ts.createProgram(rootFiles, OPTIONS, checkingHost(OPTIONS));
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
    if (!diagnostic.file || diagnostic.start === undefined) return message;
    const { line } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
    return `${diagnostic.file.fileName}:${line + 1}: ${message}`;
  });
}
