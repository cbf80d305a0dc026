import { relative, sep } from 'node:path';
import { type LoadedSpec, loadSpec } from '../load/index.js';
import type { SourceLocation } from '../model/types.js';
import { materializeAtRef, refExists, repositoryRoot } from './git.js';

/** One side of a diff, loaded. `locate` gives file:line in terms the user recognises. */
export interface DiffSide {
  spec: LoadedSpec;
  locate: (pointer: string) => SourceLocation | undefined;
  /** e.g. `openapi/openapi.yaml` or `HEAD~1:openapi/openapi.yaml`. */
  label: string;
}

/** Why a git side could not be read; the CI gate treats these as "nothing to compare". */
export type MissingBase = { reason: 'not-a-repository' | 'ref-unavailable' | 'spec-absent'; message: string };

/** Loads a spec file from the working tree. */
export async function loadFileSide(path: string): Promise<DiffSide> {
  const spec = await loadSpec(path);
  return { spec, locate: spec.locate, label: path };
}

/**
 * Loads the spec as it was at `ref`: its folder is written to a temporary
 * directory and loaded from there, so `$ref`s resolve against that commit's
 * files. Locations are reported as `ref:path`.
 */
export async function loadRefSide(
  cwd: string,
  ref: string,
  specPath: string,
): Promise<DiffSide | MissingBase> {
  const root = await repositoryRoot(cwd);
  if (root === undefined)
    return { reason: 'not-a-repository', message: `${cwd} is not inside a git repository` };
  if (!(await refExists(root, ref))) {
    return {
      reason: 'ref-unavailable',
      message: `${ref} is not available in this clone (first commit, or a shallow clone without that history)`,
    };
  }
  const materialized = await materializeAtRef(root, ref, specPath);
  const specRelative = relative(root, specPath).split(sep).join('/');
  if (materialized === undefined)
    return { reason: 'spec-absent', message: `${specRelative} did not exist at ${ref}` };
  try {
    const spec = await loadSpec(materialized.specPath);
    const temporaryRoot = materialized.specPath.slice(0, materialized.specPath.length - specRelative.length);
    const locate = (pointer: string): SourceLocation | undefined => {
      const location = spec.locate(pointer);
      if (location === undefined) return undefined;
      const file = location.file.startsWith(temporaryRoot)
        ? `${ref}:${location.file.slice(temporaryRoot.length)}`
        : location.file;
      return { ...location, file };
    };
    return { spec, locate, label: `${ref}:${specRelative}` };
  } finally {
    await materialized.dispose();
  }
}
