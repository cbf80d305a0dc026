import { childPointer } from '../model/json-pointer.js';
import type { JsonSchema, JsonSchemaObject } from '../model/types.js';
import type { SchemaIndex, SchemaNode } from './schema-index.js';

/** An object schema with its `allOf` folded in. */
export interface FlatSchema {
  schema: JsonSchemaObject;
  pointer: string;
  /** Where each property's schema is written, which may be inside an `allOf` branch or another component. */
  propertyPointers: Map<string, string>;
}

const MAX_ALLOF_DEPTH = 16;

/** True when the schema offers alternatives (oneOf/anyOf). */
export function hasComposition(schema: JsonSchemaObject): boolean {
  return schema.oneOf !== undefined || schema.anyOf !== undefined;
}

/**
 * Folds `allOf` into one schema: properties and `required` are united, types
 * intersected, other keywords taken from the first place that sets them. This
 * is what makes "extract shared fields into a base component and `allOf` it"
 * a no-change refactoring instead of a wall of removed/added properties.
 */
export function flattenAllOf(
  index: SchemaIndex,
  schema: JsonSchemaObject,
  pointer: string,
  depth = 0,
): FlatSchema {
  const { allOf, ...own } = schema;
  const flat: FlatSchema = { schema: { ...own }, pointer, propertyPointers: new Map() };
  for (const name of Object.keys(own.properties ?? {})) {
    flat.propertyPointers.set(name, childPointer(pointer, 'properties', name));
  }
  if (allOf === undefined || depth > MAX_ALLOF_DEPTH) return flat;
  allOf.forEach((branch, position) => {
    const { node } = index.resolve({ schema: branch, pointer: childPointer(pointer, 'allOf', position) });
    if (typeof node.schema !== 'object') return;
    mergeInto(flat, flattenAllOf(index, node.schema, node.pointer, depth + 1));
  });
  return flat;
}

function mergeInto(target: FlatSchema, source: FlatSchema): void {
  const into = target.schema;
  const from = source.schema;
  if (from.properties) {
    into.properties = { ...from.properties, ...into.properties };
    for (const [name, pointer] of source.propertyPointers) {
      if (!target.propertyPointers.has(name)) target.propertyPointers.set(name, pointer);
    }
  }
  if (from.required) into.required = [...new Set([...(into.required ?? []), ...from.required])];
  if (from.type !== undefined) {
    if (into.type === undefined) into.type = from.type;
    else {
      const a = Array.isArray(into.type) ? into.type : [into.type];
      const b = new Set(Array.isArray(from.type) ? from.type : [from.type]);
      const both = a.filter((type) => b.has(type));
      into.type = both.length === 1 ? (both[0] as (typeof a)[number]) : both;
    }
  }
  for (const [key, value] of Object.entries(from)) {
    if (key === 'properties' || key === 'required' || key === 'type') continue;
    if (into[key] === undefined) into[key] = value;
  }
}

/**
 * The alternatives a schema offers. A schema without oneOf/anyOf is its own
 * single alternative, so `S` versus `oneOf: [S, T]` reads as "T was added".
 * Keywords written beside a oneOf apply to every alternative, so they are
 * folded into each one (as `allOf`) when `foldSiblings` is set (the other
 * side has no oneOf to compare them with), and nested oneOfs are expanded.
 */
export function alternatives(
  index: SchemaIndex,
  node: SchemaNode,
  foldSiblings: boolean,
  depth = 0,
): SchemaNode[] {
  const { node: resolved } = index.resolve(node);
  const schema = resolved.schema;
  if (typeof schema !== 'object' || depth > MAX_ALLOF_DEPTH) return [resolved];
  const keyword = schema.oneOf !== undefined ? 'oneOf' : schema.anyOf !== undefined ? 'anyOf' : undefined;
  if (keyword === undefined) return [resolved];
  const { oneOf, anyOf, discriminator: _discriminator, ...siblings } = schema;
  const branches = (keyword === 'oneOf' ? oneOf : anyOf) ?? [];
  const sharedKeys = !foldSiblings
    ? []
    : Object.keys(siblings).filter((key) => !ANNOTATION_KEYS.has(key) && !key.startsWith('x-'));
  return branches.flatMap((branch, position) => {
    const branchPointer = childPointer(resolved.pointer, keyword, position);
    const withShared: JsonSchema = sharedKeys.length > 0 ? { allOf: [siblings, branch] } : branch;
    if (withShared !== branch) return [{ schema: withShared, pointer: branchPointer }];
    return alternatives(index, { schema: branch, pointer: branchPointer }, foldSiblings, depth + 1);
  });
}

const ANNOTATION_KEYS = new Set([
  'title',
  'description',
  'examples',
  'example',
  'externalDocs',
  'deprecated',
]);
