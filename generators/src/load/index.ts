import { resolve } from 'node:path';
import { createDiagnostic } from '../diagnostics/codes.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { normalize } from '../model/normalize.js';
import type { SourceLocation, SpecModel } from '../model/types.js';
import { bundle } from './bundle.js';
import { ConstructChecks } from './constructs.js';
import { discoverFiles } from './discover.js';
import { SpecLoadError } from './errors.js';
import { readSourceFile, type SourceFile } from './source-file.js';
import { convertSwagger2, swagger2Pointer } from './swagger2.js';
import { validateBundled } from './validate.js';
import { detectVersion } from './version.js';

export { SpecLoadError } from './errors.js';

/** A spec read from disk: one bundled document, where each node came from, and the normalized model. */
export interface LoadedSpec {
  /** Absolute path of the root file. */
  root: string;
  /** Bundled: one object, every `$ref` internal (`#/...`). Swagger 2.0 input is converted to OpenAPI 3.0. */
  document: Record<string, unknown>;
  /** `2.0`, `3.0.x` or `3.1.x`, as written in the root file. */
  sourceVersion: string;
  /** Absolute paths of every file read, root first (watch mode watches these). */
  files: string[];
  model: SpecModel;
  /** Bundled-document pointer (`#/paths/~1tasks/get`) -> source file:line:col of that node or its nearest existing ancestor. */
  locate(pointer: string): SourceLocation | undefined;
  /** Non-fatal findings from loading. */
  diagnostics: Diagnostic[];
}

export interface LoadOptions {
  /** Validate against the OpenAPI schema (default true). */
  validate?: boolean;
  /**
   * Local copies of remote documents: URL prefix -> folder (absolute, or relative to the working
   * directory). `https://example.com/schemas/pet.yaml` with `{ 'https://example.com/': 'vendor' }`
   * is read from `vendor/schemas/pet.yaml`. Without a mirror, remote references are an error.
   */
  mirrors?: Record<string, string>;
}

/**
 * Reads a spec (JSON or YAML, one file or many joined by `$ref`), bundles it,
 * validates it and builds the normalized model.
 * @param path root file, absolute or relative to the working directory
 * @throws SpecLoadError when the spec cannot be loaded; its `diagnostics` say why and where
 */
export async function loadSpec(path: string, options: LoadOptions = {}): Promise<LoadedSpec> {
  try {
    return await load(resolve(path), options);
  } catch (error) {
    if (error instanceof SpecLoadError) throw error;
    // Anything else is a bug or an environment problem: one diagnostic, no stack.
    const wrapped = new SpecLoadError([
      createDiagnostic('SPEC_LOAD_FAILED', {
        reason: error instanceof Error ? error.message : String(error),
      }),
    ]);
    wrapped.cause = error;
    throw wrapped;
  }
}

async function load(rootPath: string, options: LoadOptions): Promise<LoadedSpec> {
  const root = await readSourceFile(rootPath);
  const sourceVersion = detectVersion(root);
  const swagger2 = sourceVersion === '2.0';
  const mirrors = Object.fromEntries(
    Object.entries(options.mirrors ?? {}).map(([prefix, folder]) => [prefix, resolve(folder)]),
  );
  const files = await discoverFiles(root, mirrors);
  const constructs = new ConstructChecks(sourceVersion);
  const bundled = bundle(root, files, { swagger2, version: sourceVersion, mirrors, visit: constructs.visit });
  const fatal = bundled.diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
  if (fatal.length > 0) throw new SpecLoadError(fatal);
  const locate = (pointer: string): SourceLocation | undefined => bundled.sourceMap.locate(pointer);
  const found = constructs.result();

  if (options.validate !== false) {
    const invalid = [
      ...found.errors,
      ...validateBundled(bundled.document, sourceVersion, locate, found.explained),
    ];
    if (invalid.length > 0) throw new SpecLoadError(invalid);
  }
  let document = bundled.document;
  if (swagger2) {
    document = await convertSwagger2(document);
    bundled.sourceMap.setRewrite(swagger2Pointer);
  }
  return {
    root: rootPath,
    document,
    sourceVersion,
    files: [
      root.path,
      ...[...files.values()]
        .filter((file): file is SourceFile => 'path' in file && file !== root)
        .map((file) => file.path)
        .sort(),
    ],
    model: normalize(document, { sourceVersion }),
    locate,
    diagnostics: [
      ...bundled.diagnostics.filter((diagnostic) => diagnostic.severity !== 'error'),
      ...found.warnings,
    ],
  };
}
