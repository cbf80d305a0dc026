import type { Pointer, SourceLocation } from '../model/types.js';

export type Severity = 'error' | 'warning' | 'info';

/**
 * A finding about a spec or a generation step. `code` is stable
 * (SCREAMING_SNAKE, e.g. `SPEC_REF_UNRESOLVED`) and registered in
 * `diagnostics/codes.ts`; tests pin the registry so codes never silently change.
 */
export interface Diagnostic {
  code: string;
  severity: Severity;
  message: string;
  /** Where in the source files the offending node is, when known. */
  location?: SourceLocation;
  /** Where in the bundled document, when known. */
  pointer?: Pointer;
}
