import type { JsonSchema, JsonSchemaObject } from '../model/types.js';
import { compareSchemas, type SchemaCompareContext } from './schema-compare.js';
import { alternatives, flattenAllOf } from './schema-flatten.js';
import type { SchemaIndex, SchemaNode } from './schema-index.js';

/**
 * oneOf/anyOf: alternatives are matched by meaning, not by position, so a
 * reordering, a `$ref` swapped for its inline content, or wrapping one schema
 * in a oneOf that still contains it is no change. Only alternatives that lost
 * or found no counterpart are reported; paired but edited ones are compared
 * recursively.
 */
export function compareAlternatives(
  context: SchemaCompareContext,
  b: SchemaNode,
  h: SchemaNode,
  label: string,
  foldSiblings: boolean,
): void {
  const baseAlternatives = alternatives(context.base, b, foldSiblings);
  const headAlternatives = alternatives(context.head, h, foldSiblings);
  const unmatchedHead = new Set(headAlternatives.map((_, index) => index));
  const unmatchedBase: number[] = [];
  baseAlternatives.forEach((alternative, index) => {
    const fingerprint = context.base.fingerprint(alternative.schema);
    const match = [...unmatchedHead].find(
      (candidate) => context.head.fingerprint(headAlternatives[candidate]?.schema ?? false) === fingerprint,
    );
    if (match === undefined) unmatchedBase.push(index);
    else unmatchedHead.delete(match);
  });
  // Pair the rest by a shared identity (discriminator value, title, component name), else by position when counts agree.
  const pairs: [number, number][] = [];
  for (const baseIndex of [...unmatchedBase]) {
    const identity = identityOf(context.base, baseAlternatives[baseIndex]);
    if (identity === undefined) continue;
    const match = [...unmatchedHead].find(
      (candidate) => identityOf(context.head, headAlternatives[candidate]) === identity,
    );
    if (match === undefined) continue;
    pairs.push([baseIndex, match]);
    unmatchedHead.delete(match);
    unmatchedBase.splice(unmatchedBase.indexOf(baseIndex), 1);
  }
  // Then by shared property names: an edited object alternative keeps most of its properties.
  for (const baseIndex of [...unmatchedBase]) {
    const names = propertyNames(context.base, baseAlternatives[baseIndex]);
    let best: { index: number; score: number } | undefined;
    for (const candidate of unmatchedHead) {
      const score = overlap(names, propertyNames(context.head, headAlternatives[candidate]));
      if (score > SIMILAR && (best === undefined || score > best.score)) best = { index: candidate, score };
    }
    if (best === undefined) continue;
    pairs.push([baseIndex, best.index]);
    unmatchedHead.delete(best.index);
    unmatchedBase.splice(unmatchedBase.indexOf(baseIndex), 1);
  }
  // A single edited alternative left on each side is the same one, unless both are objects with nothing in common.
  const lastBase = unmatchedBase[0];
  const lastHead = [...unmatchedHead][0];
  if (
    unmatchedBase.length === 1 &&
    unmatchedHead.size === 1 &&
    lastBase !== undefined &&
    lastHead !== undefined
  ) {
    const baseNames = propertyNames(context.base, baseAlternatives[lastBase]);
    const headNames = propertyNames(context.head, headAlternatives[lastHead]);
    const unrelated = baseNames.size > 0 && headNames.size > 0 && overlap(baseNames, headNames) === 0;
    if (!unrelated) {
      pairs.push([lastBase, lastHead]);
      unmatchedBase.length = 0;
      unmatchedHead.clear();
    }
  }
  for (const [baseIndex, headIndex] of pairs) {
    const baseAlternative = baseAlternatives[baseIndex];
    const headAlternative = headAlternatives[headIndex];
    if (baseAlternative && headAlternative)
      compareSchemas(context, baseAlternative, headAlternative, `${label} (alternative ${baseIndex + 1})`);
  }
  const request = context.direction === 'request';
  for (const baseIndex of unmatchedBase) {
    const alternative = baseAlternatives[baseIndex];
    if (!alternative) continue;
    const text = `${label} alternative ${describeAlternative(context.base, alternative)} was removed`;
    context.report(
      request ? 'request-variant-removed' : 'response-variant-removed',
      text,
      alternative.pointer,
      h.pointer,
    );
  }
  for (const headIndex of unmatchedHead) {
    const alternative = headAlternatives[headIndex];
    if (!alternative) continue;
    const text = `${label} alternative ${describeAlternative(context.head, alternative)} was added`;
    context.report(
      request ? 'request-variant-added' : 'response-variant-added',
      text,
      b.pointer,
      alternative.pointer,
    );
  }
}

/** Share of property names two alternatives have in common (Jaccard index) above which they are one edited alternative. */
const SIMILAR = 0.5;

function propertyNames(index: SchemaIndex, node: SchemaNode | undefined): Set<string> {
  if (node === undefined) return new Set();
  const resolved = asObject(index.resolve(node).node.schema);
  if (resolved === undefined) return new Set();
  return new Set(Object.keys(flattenAllOf(index, resolved, node.pointer).schema.properties ?? {}));
}

function overlap(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const name of a) if (b.has(name)) shared += 1;
  return shared / (a.size + b.size - shared);
}

function identityOf(index: SchemaIndex, node: SchemaNode | undefined): string | undefined {
  if (node === undefined) return undefined;
  const { node: resolved, refs } = index.resolve(node);
  const schema = asObject(resolved.schema);
  if (schema === undefined) return undefined;
  for (const property of Object.values(schema.properties ?? {})) {
    const constant =
      asObject(property)?.const ??
      (asObject(property)?.enum?.length === 1 ? asObject(property)?.enum?.[0] : undefined);
    if (constant !== undefined) return `const:${JSON.stringify(constant)}`;
  }
  if (schema.title) return `title:${schema.title}`;
  const last = refs.at(-1);
  return last === undefined ? undefined : `ref:${last.split('/').at(-1)}`;
}

function describeAlternative(index: SchemaIndex, node: SchemaNode): string {
  const { node: resolved, refs } = index.resolve(node);
  const name = refs.at(-1)?.split('/').at(-1) ?? asObject(resolved.schema)?.title;
  if (name) return name;
  const type = asObject(resolved.schema)?.type;
  return type === undefined ? 'schema' : String(type);
}

function asObject(schema: JsonSchema): JsonSchemaObject | undefined {
  return typeof schema === 'object' ? schema : undefined;
}
