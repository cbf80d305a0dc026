import { createDiagnostic } from '../diagnostics/codes.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { pointerOf, resolvePointer } from '../model/json-pointer.js';
import type { SourceFile } from './source-file.js';

/** An internal `$ref` written in the root file, and where it stands there. */
export interface InternalRef {
  ref: string;
  site: string[];
}

/**
 * Checks the root's internal references once the bundled document is
 * complete: each must land on a node, and a chain of objects that are nothing
 * but `$ref` must end in a value. Recursion through schema properties is
 * fine and not reported; `A: {$ref: B}, B: {$ref: A}` has no value at all.
 */
export function checkInternalRefs(
  document: Record<string, unknown>,
  refs: readonly InternalRef[],
  root: SourceFile,
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const reportedCycles = new Set<string>();
  // Many references share a target; resolve each distinct pointer once.
  const targets = new Map<string, unknown>();
  const resolve = (pointer: string): unknown => {
    if (!targets.has(pointer)) targets.set(pointer, resolvePointer(document, pointer));
    return targets.get(pointer);
  };
  for (const { ref, site } of refs) {
    // Located only when reported: large specs have tens of thousands of references.
    const where = () => ({ location: root.locate([...site, '$ref']), pointer: pointerOf(site) });
    if (resolve(ref) === undefined) {
      diagnostics.push(
        createDiagnostic(
          'SPEC_REF_UNRESOLVED',
          { ref, reason: 'no node exists at that pointer in this document' },
          where(),
        ),
      );
      continue;
    }
    const chain = [ref];
    let current = resolve(ref);
    while (isRefOnly(current)) {
      const next = current.$ref;
      if (chain.includes(next)) {
        const cycle = chain.slice(chain.indexOf(next));
        const id = [...cycle].sort().join('|');
        // Report a cycle once, at a reference that is part of it.
        if (next === ref && !reportedCycles.has(id)) {
          reportedCycles.add(id);
          diagnostics.push(
            createDiagnostic('SPEC_REF_CIRCULAR', { ref, chain: [...cycle, next].join(' -> ') }, where()),
          );
        }
        break;
      }
      chain.push(next);
      current = resolve(next);
    }
  }
  return diagnostics;
}

function isRefOnly(value: unknown): value is { $ref: string } {
  if (value === null || typeof value !== 'object') return false;
  const ref = (value as { $ref?: unknown }).$ref;
  return typeof ref === 'string' && ref.startsWith('#');
}
