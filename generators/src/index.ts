/**
 * specloom's library entry: load and check a spec, build the normalized
 * model, run emitters in memory, and sample schema-valid data. Only the CLI
 * (`specloom` bin) writes files.
 */
export * from './diagnostics/index.js';
export * as diff from './diff/index.js';
export * as generation from './generate/index.js';
export { type GenerateJob, type OutputEntry, resolveJob } from './generate/index.js';
export { type LintSettings, lint, RULES } from './lint/index.js';
export { type LoadedSpec, type LoadOptions, loadSpec, SpecLoadError } from './load/index.js';
export { documentHash } from './model/hash.js';
export { childPointer, parsePointer, pointerOf, resolvePointer } from './model/json-pointer.js';
export { camelCase, deriveOperationId, isIdentifier, pascalCase, uniqueNames } from './model/naming.js';
export { type NormalizeOptions, normalize } from './model/normalize.js';
export type * from './model/types.js';
export { HTTP_METHODS } from './model/types.js';
export * as release from './release/index.js';
export * from './sampling/index.js';
export { TARGETS } from './targets/registry.js';
export type { EmitContext, GeneratedFile, Target } from './targets/types.js';
export { GENERATOR_VERSION } from './version.js';
