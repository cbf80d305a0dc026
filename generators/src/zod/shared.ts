/**
 * Inline subschemas that a spec repeats word for word (dereferenced
 * documents copy `Repository` or `User` into hundreds of places) are emitted
 * once, as a module-level const that every occurrence names. The validator
 * is the same object either way; what changes is that the file is smaller
 * and TypeScript infers each repeated zod type once instead of once per copy,
 * which is most of the time a user's `tsc` spends on a dereferenced spec.
 */

import { pascalCase } from '../model/naming.js';
import type { JsonSchema, JsonSchemaObject, Pointer } from '../model/types.js';
import ts from '../targets/typescript.cjs';
import { componentName, type Side } from './convert/context.js';

const f = ts.factory;

/** Smaller subschemas (`{ "type": "string" }`) cost less to repeat than to name. */
const MIN_SHARED_LENGTH = 160;
/** Keywords that nest subschemas: only such schemas are worth a name. */
const STRUCTURAL_KEYWORDS = [
  'properties',
  'items',
  'prefixItems',
  'additionalProperties',
  'allOf',
  'anyOf',
  'oneOf',
];
/**
 * Keys that make a side's translation differ from the base one when they occur anywhere inside:
 * references resolve to per-side declarations, the request form drops readOnly properties and applies
 * defaults, the response form drops writeOnly properties.
 */
const SIDE_KEYS: Record<Side, readonly string[]> = {
  base: [],
  request: ['$ref', 'readOnly', 'default'],
  response: ['$ref', 'writeOnly'],
};
/** Keywords whose values are data, not subschemas. */
const DATA_KEYWORDS = new Set(['examples', 'example', 'default', 'const', 'enum']);
/** Keywords whose value maps names to subschemas. */
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas']);

/** What the sharing pass needs from the declaration plan. */
export interface SharingPlan {
  /** True when a reference to `component` on `side` is part of a cycle (its translation depends on where it is used). */
  cyclicReference(component: string, side: Side): boolean;
  /** Names already taken in the module. */
  taken: ReadonlySet<string>;
}

/** Counts repeated inline subschemas, then names and emits them as they are first used. */
export class SharedSubschemas {
  private readonly counts = new Map<string, number>();
  private readonly keys = new WeakMap<object, string | null>();
  private readonly emitted = new Map<string, ts.Identifier>();
  private readonly names = new Set<string>();
  private pending: ts.Statement[] = [];

  constructor(private readonly plan: SharingPlan) {}

  /** Records every inline subschema of `root` (not `root` itself) as translated on `side`. */
  count(root: JsonSchema, side: Side): void {
    const visit = (node: unknown, isRoot: boolean): void => {
      if (Array.isArray(node)) {
        for (const item of node) visit(item, false);
        return;
      }
      if (node === null || typeof node !== 'object') return;
      if (!isRoot) {
        const key = this.candidate(node as JsonSchemaObject, side);
        if (key !== undefined) {
          const seen = this.counts.get(key) ?? 0;
          this.counts.set(key, seen + 1);
          // The copies nested inside a repeated subschema are emitted once with it: count them once.
          if (seen > 0) return;
        }
      }
      for (const [key, value] of Object.entries(node)) {
        if (DATA_KEYWORDS.has(key)) continue;
        if (SCHEMA_MAPS.has(key) && value !== null && typeof value === 'object' && !Array.isArray(value))
          for (const member of Object.values(value)) visit(member, false);
        else visit(value, false);
      }
    };
    visit(root, true);
  }

  /**
   * The identifier of the shared const for `schema` on `side`, emitting it (through `build`) on first use;
   * `undefined` when the subschema occurs once or cannot be shared.
   */
  use(
    schema: JsonSchema,
    side: Side,
    pointer: Pointer,
    build: () => ts.Expression,
  ): ts.Expression | undefined {
    if (typeof schema !== 'object') return undefined;
    const key = this.candidate(schema, side);
    if (key === undefined || (this.counts.get(key) ?? 0) < 2) return undefined;
    const existing = this.emitted.get(key);
    if (existing !== undefined) return existing;
    const identifier = f.createIdentifier(this.nameFor(schema, pointer));
    // Claimed before building, so a copy nested inside itself (impossible in JSON, but cheap to rule out) stops here.
    this.emitted.set(key, identifier);
    const initializer = build();
    this.pending.push(
      ts.addSyntheticLeadingComment(
        f.createVariableStatement(
          undefined,
          f.createVariableDeclarationList(
            [f.createVariableDeclaration(identifier, undefined, undefined, initializer)],
            ts.NodeFlags.Const,
          ),
        ),
        ts.SyntaxKind.MultiLineCommentTrivia,
        `* Repeated inline schema, first at ${pointer.replaceAll('*/', '*\\/')} `,
        true,
      ),
    );
    return identifier;
  }

  /** The shared consts emitted since the last call, to print before the declaration that first used them. */
  takePending(): ts.Statement[] {
    const statements = this.pending;
    this.pending = [];
    return statements;
  }

  /** The sharing key of `schema` on `side`, or `undefined` when it is not shared. */
  private candidate(schema: JsonSchemaObject, side: Side): string | undefined {
    let key = this.keys.get(schema);
    if (key === undefined) {
      key = this.keyOf(schema);
      this.keys.set(schema, key);
    }
    if (key === null) return undefined;
    const sideKey = differsOnSide(schema, side) ? side : 'base';
    return `${sideKey}\u0000${key}`;
  }

  /** The subschema's identity, or null when it is not worth or not safe to share. */
  private keyOf(schema: JsonSchemaObject): string | null {
    // Leaves (`z.boolean()`, a bare reference) are as cheap to repeat as to name.
    if (!STRUCTURAL_KEYWORDS.some((keyword) => schema[keyword] !== undefined)) return null;
    const text = JSON.stringify(schema);
    if (text.length < MIN_SHARED_LENGTH) return null;
    return referencesCycle(schema, this.plan) ? null : text;
  }

  private nameFor(schema: JsonSchemaObject, pointer: Pointer): string {
    const title = typeof schema.title === 'string' ? pascalCase(schema.title) : '';
    const last = pointer.split('/').at(-1) ?? '';
    const base = `shared${title !== '' ? title : pascalCase(decodeURIComponent(last)) || 'Schema'}`;
    let name = /^[A-Za-z_$][\w$]*$/.test(base) ? base : 'sharedSchema';
    for (let n = 2; this.plan.taken.has(name) || this.names.has(name); n++) name = `${base}${n}`;
    this.names.add(name);
    return name;
  }
}

/** True when `side` translates `schema` differently from the base form. */
function differsOnSide(schema: JsonSchema, side: Side): boolean {
  const keys = SIDE_KEYS[side];
  if (keys.length === 0) return false;
  let found = false;
  walkKeys(schema, (key) => {
    found = keys.includes(key);
    return found;
  });
  return found;
}

/** A reference inside a cycle is translated lazily or not depending on where it is used. */
function referencesCycle(schema: JsonSchema, plan: SharingPlan): boolean {
  let found = false;
  walkKeys(schema, (key, value) => {
    if (key !== '$ref' || typeof value !== 'string') return false;
    const name = componentName(value);
    found =
      name !== undefined &&
      (['base', 'request', 'response'] as const).some((side) => plan.cyclicReference(name, side));
    return found;
  });
  return found;
}

function walkKeys(schema: JsonSchema, visit: (key: string, value: unknown) => boolean): void {
  const walk = (node: unknown): boolean => {
    if (Array.isArray(node)) return node.some(walk);
    if (node === null || typeof node !== 'object') return false;
    for (const [key, value] of Object.entries(node)) {
      if (visit(key, value)) return true;
      if (DATA_KEYWORDS.has(key)) continue;
      if (SCHEMA_MAPS.has(key) && value !== null && typeof value === 'object' && !Array.isArray(value)) {
        if (Object.values(value).some(walk)) return true;
      } else if (walk(value)) return true;
    }
    return false;
  };
  walk(schema);
}
