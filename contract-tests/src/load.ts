import { loadSpec, SpecLoadError, type SpecModel } from './specloom.js';

/** A spec that could not be loaded: the message names the file, the line and what went wrong. */
export class SpecLoadFailure extends Error {
  override name = 'SpecLoadFailure';
}

/**
 * Loads an OpenAPI 3.0/3.1 document (JSON or YAML, multi-file; Swagger 2.0 is
 * converted) into the normalized model with specloom's loader, so the engine
 * sees exactly the document the generators see.
 */
export async function loadSpecModel(path: string): Promise<SpecModel> {
  try {
    return (await loadSpec(path)).model;
  } catch (error) {
    if (error instanceof SpecLoadError) {
      const first = error.diagnostics[0];
      const where = first?.location
        ? `${first.location.file}:${first.location.line}:${first.location.column}`
        : path;
      throw new SpecLoadFailure(
        `cannot load ${where}: ${first?.code ?? ''} ${first?.message ?? error.message}`.trim(),
      );
    }
    throw new SpecLoadFailure(
      `cannot load ${path}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
