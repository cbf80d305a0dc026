import { createDiagnostic } from '../diagnostics/codes.js';
import type { Diagnostic } from '../diagnostics/types.js';
import type { SourceLocation } from '../model/types.js';
import { schemaErrors } from './schema-errors.js';

/**
 * Validates a bundled document against the official OpenAPI schema of its
 * version (compiled once per process) and returns one located error per
 * problem. References stay references, so an error inside a shared component
 * is reported once, where it is written.
 *
 * `explained` lists pointers the construct checks already described in a
 * person's words (a malformed parameter, tuple `items`, ...): meta-schema
 * errors at or under them are dropped rather than printed twice.
 *
 * The semantic rules the schema cannot express are checked elsewhere, where
 * they can be located: parameters and parameter lists in `parameter-checks.ts`,
 * duplicate operationIds and path-template mismatches by the lint rules.
 */
export function validateBundled(
  document: Record<string, unknown>,
  version: string,
  locate: (pointer: string) => SourceLocation | undefined,
  explained: readonly string[] = [],
): Diagnostic[] {
  const covered = new Set(explained);
  return schemaErrors(document, version)
    .filter(({ pointer }) => !isCovered(pointer, covered))
    .map(({ pointer, message }) =>
      createDiagnostic('SPEC_SCHEMA_INVALID', { message }, { location: locate(pointer), pointer }),
    );
}

/** True when `pointer` or one of its ancestors is in `covered`. */
function isCovered(pointer: string, covered: ReadonlySet<string>): boolean {
  if (covered.size === 0) return false;
  for (let end = pointer.length; end > 1; end = pointer.lastIndexOf('/', end - 1)) {
    if (covered.has(pointer.slice(0, end))) return true;
  }
  return false;
}
