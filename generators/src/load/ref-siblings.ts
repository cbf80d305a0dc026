import { createDiagnostic } from '../diagnostics/codes.js';
import type { Diagnostic } from '../diagnostics/types.js';
import type { SourceLocation } from '../model/types.js';
import type { RefContext } from './ref-context.js';

type Obj = Record<string, unknown>;

/**
 * Keys written beside `$ref` where the version ignores them. Swagger 2.0 and
 * OpenAPI 3.0 follow JSON Reference: an object with `$ref` is replaced by its
 * target, so `originalRef`, `description` or `type` next to it have no effect
 * (OAS 3.0 §4.7.24). That is worth one warning per key, not one per place:
 * generated specs write the same sibling thousands of times. OpenAPI 3.1
 * honours siblings in schemas and summary/description elsewhere, so nothing
 * is noted there.
 */
export class RefSiblings {
  private readonly seen = new Map<string, { location: SourceLocation; count: number }>();
  private readonly applies: boolean;

  constructor(private readonly version: string) {
    this.applies = version === '2.0' || version.startsWith('3.0');
  }

  /**
   * Notes the ignored keys of one `$ref` object; returns true when it had any.
   * `locate` is called only for the first place of each key.
   */
  note(object: Obj, context: RefContext, locate: (key: string) => SourceLocation): boolean {
    // Under an extension or an unknown key the object is not an OpenAPI Reference Object.
    if (!this.applies || context === 'other') return false;
    let found = false;
    for (const key of Object.keys(object)) {
      if (key === '$ref' || (key === 'nullable' && context === 'schema' && this.version !== '2.0')) {
        // `nullable` beside a 3.0 schema $ref is a common idiom the model honours (`anyOf` with null).
        continue;
      }
      found = true;
      const entry = this.seen.get(key);
      if (entry) entry.count += 1;
      else this.seen.set(key, { location: locate(key), count: 1 });
    }
    return found;
  }

  /** One warning per ignored key, at its first place. */
  diagnostics(): Diagnostic[] {
    const version = this.version === '2.0' ? 'Swagger 2.0' : 'OpenAPI 3.0';
    return [...this.seen].map(([key, { location, count }]) =>
      createDiagnostic(
        'SPEC_REF_SIBLING_IGNORED',
        { key, version, count, places: count === 1 ? 'place' : 'places; the first is shown' },
        { location },
      ),
    );
  }
}
