import { childPointer } from '../model/json-pointer.js';
import type { JsonSchema, JsonSchemaObject } from '../model/types.js';
import type { DiffRuleId } from './rules.js';
import { compareAlternatives } from './schema-alternatives.js';
import { type FlatSchema, flattenAllOf, hasComposition } from './schema-flatten.js';
import type { SchemaIndex, SchemaNode } from './schema-index.js';
import {
  compareBooleanSchemas,
  compareBounds,
  compareEnums,
  compareStrings,
  compareTypes,
} from './schema-keywords.js';

/** `request`: the server validates it (narrowing breaks). `response`: the client parses it (widening breaks). */
export type SchemaDirection = 'request' | 'response';

/** Receives every schema change found; pointers are into base and head documents. */
export type SchemaReporter = (
  id: DiffRuleId,
  message: string,
  basePointer: string,
  headPointer: string,
) => void;

export interface SchemaCompareContext {
  base: SchemaIndex;
  head: SchemaIndex;
  direction: SchemaDirection;
  report: SchemaReporter;
  /** Pairs of component refs already compared in this walk: the guard that stops recursive schemas. */
  visited: Set<string>;
}

/**
 * Compares two schemas by what they accept, in the given direction, and
 * reports each difference once. `label` names the place for humans
 * (`body.tags[]`).
 */
export function compareSchemas(
  context: SchemaCompareContext,
  baseNode: SchemaNode,
  headNode: SchemaNode,
  label: string,
): void {
  const base = context.base.resolve(baseNode);
  const head = context.head.resolve(headNode);
  if (base.refs.length > 0 && head.refs.length > 0) {
    const key = `${base.refs.join('>')}|${head.refs.join('>')}`;
    if (context.visited.has(key)) return;
    context.visited.add(key);
  }
  if (context.base.fingerprint(base.node.schema) === context.head.fingerprint(head.node.schema)) return;

  const b = asObject(base.node.schema);
  const h = asObject(head.node.schema);
  const bp = base.node.pointer;
  const hp = head.node.pointer;
  if (b === undefined || h === undefined) {
    compareBooleanSchemas(context, base.node.schema, head.node.schema, bp, hp, label);
    return;
  }
  const bFlat = flattenAllOf(context.base, b, bp);
  const hFlat = flattenAllOf(context.head, h, hp);
  const bComposite = hasComposition(bFlat.schema);
  const hComposite = hasComposition(hFlat.schema);
  if (bComposite && hComposite) {
    // Keywords beside the oneOf are compared once, then the bare alternatives.
    compareSchemas(
      context,
      { schema: withoutAlternatives(bFlat.schema), pointer: bp },
      { schema: withoutAlternatives(hFlat.schema), pointer: hp },
      label,
    );
    compareAlternatives(
      context,
      { schema: bFlat.schema, pointer: bp },
      { schema: hFlat.schema, pointer: hp },
      label,
      false,
    );
    return;
  }
  if (bComposite || hComposite) {
    compareAlternatives(
      context,
      { schema: bFlat.schema, pointer: bp },
      { schema: hFlat.schema, pointer: hp },
      label,
      true,
    );
    return;
  }
  compareTypes(context, bFlat.schema, hFlat.schema, bp, hp, label);
  compareEnums(context, bFlat.schema, hFlat.schema, bp, hp, label);
  compareBounds(context, bFlat.schema, hFlat.schema, bp, hp, label);
  compareStrings(context, bFlat.schema, hFlat.schema, bp, hp, label);
  compareProperties(context, bFlat, hFlat, label);
  if (bFlat.schema.items !== undefined && hFlat.schema.items !== undefined) {
    compareSchemas(
      context,
      { schema: bFlat.schema.items, pointer: childPointer(bp, 'items') },
      { schema: hFlat.schema.items, pointer: childPointer(hp, 'items') },
      `${label}[]`,
    );
  }
}
function withoutAlternatives(schema: JsonSchemaObject): JsonSchemaObject {
  const { oneOf: _oneOf, anyOf: _anyOf, discriminator: _discriminator, ...rest } = schema;
  return rest;
}
function asObject(schema: JsonSchema): JsonSchemaObject | undefined {
  return typeof schema === 'object' ? schema : undefined;
}
type FlatObject = FlatSchema;

function visibleProperties(
  context: SchemaCompareContext,
  flat: FlatObject,
  index: SchemaIndex,
): Map<string, JsonSchema> {
  const result = new Map<string, JsonSchema>();
  for (const [name, schema] of Object.entries(flat.schema.properties ?? {})) {
    const resolved = asObject(index.resolve({ schema, pointer: '' }).node.schema);
    // readOnly properties are never sent and writeOnly ones never returned (OAS 3.1 §4.8.24 / JSON Schema validation §9.4).
    if (context.direction === 'request' && resolved?.readOnly === true) continue;
    if (context.direction === 'response' && resolved?.writeOnly === true) continue;
    result.set(name, schema);
  }
  for (const name of flat.schema.required ?? [])
    if (!result.has(name) && !flat.schema.properties?.[name]) result.set(name, true);
  return result;
}

function compareProperties(context: SchemaCompareContext, b: FlatObject, h: FlatObject, label: string): void {
  const baseProps = visibleProperties(context, b, context.base);
  const headProps = visibleProperties(context, h, context.head);
  const baseRequired = new Set(b.schema.required ?? []);
  const headRequired = new Set(h.schema.required ?? []);
  const request = context.direction === 'request';
  const pointerOf = (flat: FlatObject, name: string) =>
    flat.propertyPointers.get(name) ?? childPointer(flat.pointer, 'properties', name);

  for (const [name, baseSchema] of baseProps) {
    const where = `${label}.${name}`;
    const bp = pointerOf(b, name);
    const headSchema = headProps.get(name);
    if (headSchema === undefined) {
      if (!request) context.report('response-property-removed', `${where} was removed`, bp, h.pointer);
      else if (h.schema.additionalProperties === false)
        context.report(
          'request-property-removed-closed',
          `${where} was removed and extra properties are rejected`,
          bp,
          h.pointer,
        );
      else context.report('request-property-removed', `${where} was removed`, bp, h.pointer);
      continue;
    }
    const hp = pointerOf(h, name);
    const wasRequired = baseRequired.has(name);
    const isRequired = headRequired.has(name);
    if (!wasRequired && isRequired) {
      context.report(
        request ? 'request-property-became-required' : 'response-property-became-required',
        `${where} became required`,
        bp,
        hp,
      );
    } else if (wasRequired && !isRequired) {
      context.report(
        request ? 'request-property-became-optional' : 'response-property-became-optional',
        `${where} became optional`,
        bp,
        hp,
      );
    }
    compareSchemas(context, { schema: baseSchema, pointer: bp }, { schema: headSchema, pointer: hp }, where);
  }
  for (const [name, headSchema] of headProps) {
    if (baseProps.has(name)) continue;
    const where = `${label}.${name}`;
    const hp = pointerOf(h, name);
    if (!request) {
      context.report('response-property-added', `${where} was added`, b.pointer, hp);
    } else if (headRequired.has(name)) {
      const resolved = asObject(context.head.resolve({ schema: headSchema, pointer: hp }).node.schema);
      if (resolved?.default !== undefined) {
        context.report(
          'request-property-required-with-default-added',
          `${where} was added as required with default ${JSON.stringify(resolved.default)}`,
          b.pointer,
          hp,
        );
      } else {
        context.report('request-property-required-added', `${where} was added as required`, b.pointer, hp);
      }
    } else {
      context.report('request-property-added', `${where} was added`, b.pointer, hp);
    }
  }
  compareAdditionalProperties(context, b, h, label);
}

function compareAdditionalProperties(
  context: SchemaCompareContext,
  b: FlatObject,
  h: FlatObject,
  label: string,
): void {
  const from = b.schema.additionalProperties;
  const to = h.schema.additionalProperties;
  if (context.direction === 'request' && from !== false && to === false) {
    context.report(
      'request-additional-properties-restricted',
      `${label} no longer accepts extra properties`,
      b.pointer,
      h.pointer,
    );
  }
  if (context.direction === 'response' && from === false && to !== false) {
    context.report(
      'response-additional-properties-allowed',
      `${label} may now carry extra properties`,
      b.pointer,
      h.pointer,
    );
  }
  if (typeof from === 'object' && typeof to === 'object') {
    compareSchemas(
      context,
      { schema: from, pointer: childPointer(b.pointer, 'additionalProperties') },
      { schema: to, pointer: childPointer(h.pointer, 'additionalProperties') },
      `${label}{}`,
    );
  }
}
