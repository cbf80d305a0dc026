import { createHash } from 'node:crypto';
import { parsePointer, resolvePointer } from '../model/json-pointer.js';
import type { JsonSchema, JsonSchemaObject, SpecModel } from '../model/types.js';

/** Keywords that document a schema without changing which values it accepts. */
const ANNOTATIONS = new Set([
  'title',
  'description',
  'examples',
  'example',
  'externalDocs',
  'deprecated',
  'xml',
  '$comment',
  'discriminator',
]);

/** Keywords whose array value is a set: order carries no meaning. */
const SET_KEYWORDS = new Set(['required', 'enum', 'type', 'oneOf', 'anyOf', 'allOf']);

const SCHEMA_PREFIX = '#/components/schemas/';

/** A schema together with where it sits in its document. */
export interface SchemaNode {
  schema: JsonSchema;
  pointer: string;
}

/**
 * One side of a diff: resolves schema `$ref`s and computes a canonical
 * fingerprint of a schema's meaning, so that a renamed component, a moved one,
 * or a `$ref` replaced by its inline content all compare equal.
 */
export class SchemaIndex {
  private readonly byName = new Map<string, SchemaNode>();
  private readonly memo = new Map<string, string>();

  constructor(readonly model: SpecModel) {
    for (const named of model.schemas)
      this.byName.set(named.name, { schema: named.schema, pointer: named.pointer });
  }

  /** Follows `$ref` chains (with a guard against a ref pointing at itself); returns the target and the ref names passed. */
  resolve(node: SchemaNode): { node: SchemaNode; refs: string[] } {
    const refs: string[] = [];
    let current = node;
    while (typeof current.schema === 'object' && typeof current.schema.$ref === 'string') {
      const ref = current.schema.$ref;
      if (refs.includes(ref)) break;
      refs.push(ref);
      const target = this.lookup(ref);
      if (target === undefined) break;
      current = target;
    }
    return { node: current, refs };
  }

  private lookup(ref: string): SchemaNode | undefined {
    if (ref.startsWith(SCHEMA_PREFIX)) {
      const [name] = parsePointer(ref.slice(SCHEMA_PREFIX.length - 1));
      const found = name === undefined ? undefined : this.byName.get(name);
      if (found) return found;
    }
    if (!ref.startsWith('#')) return undefined;
    const schema = resolvePointer(this.model.document, ref);
    if (typeof schema !== 'object' && typeof schema !== 'boolean') return undefined;
    return schema === null ? undefined : { schema: schema as JsonSchema, pointer: ref };
  }

  /** A hash of what the schema accepts, independent of component names, key order and annotations. */
  fingerprint(schema: JsonSchema): string {
    return this.canonical(schema, []).text;
  }

  private canonical(value: unknown, stack: string[]): { text: string; minDepth: number } {
    if (Array.isArray(value)) {
      let minDepth = Number.POSITIVE_INFINITY;
      const parts = value.map((item) => {
        const result = this.canonical(item, stack);
        minDepth = Math.min(minDepth, result.minDepth);
        return result.text;
      });
      return { text: `[${parts.join(',')}]`, minDepth };
    }
    if (typeof value !== 'object' || value === null)
      return { text: JSON.stringify(value), minDepth: Infinity };
    const object = value as JsonSchemaObject;
    if (typeof object.$ref === 'string') return this.canonicalRef(object.$ref, stack);
    let minDepth = Number.POSITIVE_INFINITY;
    const entries: string[] = [];
    for (const key of Object.keys(object).sort()) {
      if (ANNOTATIONS.has(key) || key.startsWith('x-')) continue;
      const result = this.canonical(object[key], stack);
      minDepth = Math.min(minDepth, result.minDepth);
      let text = result.text;
      if (SET_KEYWORDS.has(key) && Array.isArray(object[key])) {
        text = `[${(object[key] as unknown[])
          .map((item) => this.canonical(item, stack).text)
          .sort()
          .join(',')}]`;
      }
      entries.push(`${JSON.stringify(key)}:${text}`);
    }
    return { text: `{${entries.join(',')}}`, minDepth };
  }

  private canonicalRef(ref: string, stack: string[]): { text: string; minDepth: number } {
    const index = stack.indexOf(ref);
    // A cycle is written as its distance up the stack, so two cycles of the same shape match whatever their names.
    if (index >= 0) return { text: `"#cycle:${stack.length - index}"`, minDepth: index };
    const memoized = this.memo.get(ref);
    if (memoized !== undefined) return { text: memoized, minDepth: Infinity };
    const target = this.lookup(ref);
    if (target === undefined) return { text: JSON.stringify(`unresolved:${ref}`), minDepth: Infinity };
    const depth = stack.length;
    const result = this.canonical(target.schema, [...stack, ref]);
    const text = `"${createHash('sha1').update(result.text).digest('base64')}"`;
    // Only results that do not lean on an ancestor further up are context-free and safe to reuse.
    if (result.minDepth >= depth) {
      this.memo.set(ref, text);
      return { text, minDepth: Infinity };
    }
    return { text, minDepth: result.minDepth };
  }
}
