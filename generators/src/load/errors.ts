import type { Diagnostic } from '../diagnostics/types.js';

/** Thrown by `loadSpec` when the spec cannot be loaded; `diagnostics` says why and where. */
export class SpecLoadError extends Error {
  override readonly name = 'SpecLoadError';

  constructor(readonly diagnostics: Diagnostic[]) {
    super(diagnostics.map((diagnostic) => diagnostic.message).join('\n') || 'The spec could not be loaded');
  }
}
