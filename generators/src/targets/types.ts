import type { Diagnostic } from '../diagnostics/types.js';
import type { SpecModel } from '../model/types.js';
import type { PackageNeed } from './package-needs.js';

/** One file produced by an emitter, held in memory; only the CLI writes it. */
export interface GeneratedFile {
  /** POSIX path relative to the output folder (or to the scaffold folder when `scaffold` is set), e.g. `zod/schemas.ts`. */
  path: string;
  contents: string;
  /**
   * A hand-written starting point (e.g. a service stub): written under the
   * configured scaffold folder only when no file exists there, never
   * overwritten, never stamped with the do-not-edit header and not part of
   * `--check`.
   */
  scaffold?: boolean;
}

export interface EmitContext {
  model: SpecModel;
  /** The `specloom` package version, stamped into headers. */
  generatorVersion: string;
  /** Target-specific options from `specloom.config.ts` (already validated by the target). */
  options: Record<string, unknown>;
  /** Report a construct that was degraded (e.g. emitted as `z.unknown()`), with its location. */
  warn(diagnostic: Diagnostic): void;
}

/**
 * An output target. A target is a folder `src/<name>/` exporting one `Target`.
 * `emit` must be pure: same context in, same files (same bytes, same order) out.
 */
export interface Target {
  name: string;
  description: string;
  /** Targets whose files this target imports (e.g. `server` imports `zod` and `types`). */
  dependsOn: readonly string[];
  /**
   * npm packages the emitted files import (the project that compiles them
   * needs them installed); `specloom generate` prints them with an
   * `npm install` line for the missing ones. A function when the need
   * depends on the target's options.
   */
  packages?: readonly PackageNeed[] | ((options: Record<string, unknown>) => readonly PackageNeed[]);
  emit(context: EmitContext): GeneratedFile[] | Promise<GeneratedFile[]>;
}
