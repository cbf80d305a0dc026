/**
 * Which declarations `zod/schemas.ts` holds (one per component, plus
 * request/response variants where readOnly, writeOnly or defaults make the
 * sides differ), how they reference each other, and in which order to print
 * them so a non-cyclic reference never needs `z.lazy`.
 */
import { uniqueNames } from '../model/naming.js';
import type { JsonSchema, NamedSchema } from '../model/types.js';
import { componentName, type Side } from './convert/context.js';

export interface Declaration {
  component: NamedSchema;
  side: Side;
  /** Exported const (and type) name. */
  identifier: string;
  /** Part of a reference cycle: references inside the cycle are lazy and the const carries an explicit type. */
  cyclic: boolean;
}

export interface DeclarationPlan {
  /** In print order: every declaration after the ones it references, apart from members of its own cycle. */
  ordered: Declaration[];
  /** The declaration that a reference to `component` resolves to on `side`. */
  resolve(component: string, side: Side): Declaration | undefined;
  /** True when `from` and `to` are in the same reference cycle (so the reference must be lazy). */
  sameCycle(from: Declaration, to: Declaration): boolean;
}

/** Keywords whose value is data, not schemas: a `$ref` inside is an ordinary value. */
const DATA_KEYWORDS = new Set(['examples', 'example', 'default', 'const', 'enum']);
/** Keywords whose value maps names to schemas: the names are data (a property may be called `examples`). */
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas']);

/**
 * Calls `visit(key, value)` for every keyword of every schema nested in
 * `schema`, skipping data keywords but not properties that happen to share
 * their names (`properties: { examples: { $ref } }` is a reference).
 */
function eachKeyword(
  schema: JsonSchema,
  visit: (key: string, value: unknown) => boolean | undefined,
): boolean {
  const walkSchema = (node: unknown): boolean => {
    if (Array.isArray(node)) return node.some(walkSchema);
    if (node === null || typeof node !== 'object') return false;
    for (const [key, value] of Object.entries(node)) {
      if (visit(key, value) === true) return true;
      if (DATA_KEYWORDS.has(key)) continue;
      if (SCHEMA_MAPS.has(key) && value !== null && typeof value === 'object' && !Array.isArray(value)) {
        if (Object.values(value).some(walkSchema)) return true;
      } else if (walkSchema(value)) return true;
    }
    return false;
  };
  return walkSchema(schema);
}

/** Component names referenced anywhere inside `schema`, in order of first appearance. */
export function referencedComponents(schema: JsonSchema): string[] {
  const found = new Set<string>();
  eachKeyword(schema, (key, value) => {
    if (key === '$ref' && typeof value === 'string') {
      const name = componentName(value);
      if (name !== undefined) found.add(name);
    }
    return false;
  });
  return [...found];
}

function containsKey(schema: JsonSchema, test: (key: string, value: unknown) => boolean): boolean {
  return eachKeyword(schema, test);
}

/** Components whose request (or response) form differs from the base form, directly or through what they reference. */
function sideNeeds(
  schemas: readonly NamedSchema[],
  references: Map<string, string[]>,
): { request: Set<string>; response: Set<string> } {
  const request = new Set(
    schemas
      .filter((s) =>
        containsKey(s.schema, (key, value) => (key === 'readOnly' && value === true) || key === 'default'),
      )
      .map((s) => s.name),
  );
  const response = new Set(
    schemas
      .filter((s) => containsKey(s.schema, (key, value) => key === 'writeOnly' && value === true))
      .map((s) => s.name),
  );
  for (const needs of [request, response]) {
    let changed = true;
    while (changed) {
      changed = false;
      for (const schema of schemas) {
        if (needs.has(schema.name)) continue;
        if ((references.get(schema.name) ?? []).some((name) => needs.has(name))) {
          needs.add(schema.name);
          changed = true;
        }
      }
    }
  }
  return { request, response };
}

/** Builds the declaration plan for a model's component schemas (in model order). */
export function planDeclarations(schemas: readonly NamedSchema[]): DeclarationPlan {
  const byName = new Map(schemas.map((schema) => [schema.name, schema]));
  const references = new Map(
    schemas.map((schema) => [
      schema.name,
      referencedComponents(schema.schema).filter((name) => byName.has(name)),
    ]),
  );
  const needs = sideNeeds(schemas, references);

  const wanted: { component: NamedSchema; side: Side; name: string }[] = [];
  for (const component of schemas) {
    wanted.push({ component, side: 'base', name: component.identifier });
    if (needs.request.has(component.name))
      wanted.push({ component, side: 'request', name: `${component.identifier}Request` });
    if (needs.response.has(component.name))
      wanted.push({ component, side: 'response', name: `${component.identifier}Response` });
  }
  // Component identifiers keep their names; variants yield on a clash (`TaskRequest` may itself be a component).
  const taken = uniqueNames([
    ...schemas.map((s) => s.identifier),
    ...wanted.filter((w) => w.side !== 'base').map((w) => w.name),
  ]);
  let variantIndex = schemas.length;
  const declarations: Declaration[] = wanted.map((w) => ({
    component: w.component,
    side: w.side,
    identifier: w.side === 'base' ? w.component.identifier : (taken[variantIndex++] ?? w.name),
    cyclic: false,
  }));
  const key = (name: string, side: Side) => `${side}:${name}`;
  const index = new Map(declarations.map((d) => [key(d.component.name, d.side), d]));
  const resolve = (component: string, side: Side): Declaration | undefined =>
    index.get(key(component, side)) ?? index.get(key(component, 'base'));
  const edges = new Map(
    declarations.map((d) => [
      d,
      (references.get(d.component.name) ?? [])
        .map((name) => resolve(name, d.side))
        .filter((t): t is Declaration => t !== undefined),
    ]),
  );

  const { order, componentOf } = stronglyConnected(declarations, edges);
  const groupSize = new Map<number, number>();
  for (const group of componentOf.values()) groupSize.set(group, (groupSize.get(group) ?? 0) + 1);
  for (const d of declarations) {
    d.cyclic = (groupSize.get(componentOf.get(d) as number) ?? 0) > 1 || (edges.get(d) ?? []).includes(d);
  }
  return {
    ordered: order,
    resolve,
    sameCycle: (from, to) => from.cyclic && componentOf.get(from) === componentOf.get(to),
  };
}

/**
 * Tarjan's algorithm, iterative (reference chains in real specs run deep).
 * Emits nodes in dependency order: each strongly connected group after every
 * group it reaches. Deterministic for a deterministic node and edge order.
 */
function stronglyConnected<T>(
  nodes: readonly T[],
  edges: Map<T, T[]>,
): { order: T[]; componentOf: Map<T, number> } {
  const indexOf = new Map<T, number>();
  const low = new Map<T, number>();
  const onStack = new Set<T>();
  const stack: T[] = [];
  const order: T[] = [];
  const componentOf = new Map<T, number>();
  const position = new Map(nodes.map((node, index) => [node, index]));
  let counter = 0;
  let groups = 0;
  for (const root of nodes) {
    if (indexOf.has(root)) continue;
    const work: { node: T; next: number }[] = [{ node: root, next: 0 }];
    indexOf.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1] as { node: T; next: number };
      const targets = edges.get(frame.node) ?? [];
      if (frame.next < targets.length) {
        const target = targets[frame.next++] as T;
        if (!indexOf.has(target)) {
          indexOf.set(target, counter);
          low.set(target, counter++);
          stack.push(target);
          onStack.add(target);
          work.push({ node: target, next: 0 });
        } else if (onStack.has(target))
          low.set(frame.node, Math.min(low.get(frame.node) as number, indexOf.get(target) as number));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent)
        low.set(parent.node, Math.min(low.get(parent.node) as number, low.get(frame.node) as number));
      if (low.get(frame.node) === indexOf.get(frame.node)) {
        const members: T[] = [];
        let member: T;
        do {
          member = stack.pop() as T;
          onStack.delete(member);
          componentOf.set(member, groups);
          members.push(member);
        } while (member !== frame.node);
        groups++;
        // Keep the group's members in their original order for readable output.
        members.sort((a, b) => (position.get(a) as number) - (position.get(b) as number));
        order.push(...members);
      }
    }
  }
  return { order, componentOf };
}
