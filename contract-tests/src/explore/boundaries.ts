import { flatten, type JsonSchema, type JsonSchemaObject } from '../specloom.js';

/** A value at or just past one edge of a schema. */
export interface Edge {
  label: string;
  value: unknown;
  /** `true`: inside the schema (a positive case); `false`: one past the edge (a negative case). */
  valid: boolean;
}

/** Longest string or array an edge case builds: a `maxLength: 1000000` is not sent in full. */
const MAX_EDGE_SIZE = 2000;

/**
 * The boundary values of a scalar or array schema: minimum and maximum (and one
 * past each), 0, -1 and a very large value where a number is unbounded,
 * minLength/maxLength (and one past each) for free text, the empty array and
 * minItems/maxItems (and one past each), the first and last enum value.
 * `sample` is a valid value of the schema, used to fill strings and arrays.
 * Callers validate every edge against the schema before sending it.
 */
export function boundaryEdges(
  schema: JsonSchema,
  document: Record<string, unknown>,
  sample: unknown,
  inBody: boolean,
): Edge[] {
  const flat = flatten(schema, { document });
  if (flat.enum && flat.enum.length > 1) {
    const first = flat.enum[0];
    const last = flat.enum[flat.enum.length - 1];
    return [
      { label: `first enum value ${JSON.stringify(first)}`, value: first, valid: true },
      { label: `last enum value ${JSON.stringify(last)}`, value: last, valid: true },
    ];
  }
  if (flat.enum || flat.const !== undefined) return [];
  const types = flat.type === undefined ? [] : Array.isArray(flat.type) ? flat.type : [flat.type];
  if (types.includes('integer') || types.includes('number'))
    return numberEdges(flat, types.includes('integer') && !types.includes('number'));
  if (types.includes('string') && flat.format === undefined && flat.pattern === undefined)
    return stringEdges(flat, typeof sample === 'string' ? sample : '').filter(
      (edge) => inBody || edge.value !== '',
    );
  // An empty value has no wire form in a parameter: `?ids=` is one empty item, and an empty string
  // is commonly read as "absent".
  if (types.includes('array'))
    return arrayEdges(flat, Array.isArray(sample) ? sample : []).filter(
      (edge) => inBody || (edge.value as unknown[]).length > 0,
    );
  return [];
}

function numberEdges(flat: JsonSchemaObject, integer: boolean): Edge[] {
  const unit = integer ? 1 : 0.001;
  const edges: Edge[] = [];
  if (flat.minimum !== undefined) {
    edges.push({ label: `minimum ${flat.minimum}`, value: flat.minimum, valid: true });
    edges.push({
      label: `one below minimum ${flat.minimum}`,
      value: round(flat.minimum - unit),
      valid: false,
    });
  }
  if (flat.maximum !== undefined) {
    edges.push({ label: `maximum ${flat.maximum}`, value: flat.maximum, valid: true });
    edges.push({
      label: `one above maximum ${flat.maximum}`,
      value: round(flat.maximum + unit),
      valid: false,
    });
  }
  if (flat.exclusiveMinimum !== undefined) {
    const bound = flat.exclusiveMinimum;
    edges.push({
      label: `just above exclusiveMinimum ${bound}`,
      value: round(integer ? Math.floor(bound) + 1 : bound + unit),
      valid: true,
    });
    edges.push({ label: `exclusiveMinimum ${bound} itself`, value: bound, valid: false });
  }
  if (flat.exclusiveMaximum !== undefined) {
    const bound = flat.exclusiveMaximum;
    edges.push({
      label: `just below exclusiveMaximum ${bound}`,
      value: round(integer ? Math.ceil(bound) - 1 : bound - unit),
      valid: true,
    });
    edges.push({ label: `exclusiveMaximum ${bound} itself`, value: bound, valid: false });
  }
  const bounded = (low: boolean) =>
    low
      ? flat.minimum !== undefined || flat.exclusiveMinimum !== undefined
      : flat.maximum !== undefined || flat.exclusiveMaximum !== undefined;
  if (!bounded(true)) {
    edges.push({ label: 'zero', value: 0, valid: true });
    edges.push({ label: 'a negative number', value: -1, valid: true });
  }
  if (!bounded(false)) {
    const large = flat.format === 'int64' ? Number.MAX_SAFE_INTEGER : 2 ** 31 - 1;
    edges.push({ label: `a very large number ${large}`, value: large, valid: true });
  }
  return edges;
}

function stringEdges(flat: JsonSchemaObject, sample: string): Edge[] {
  const fill = (length: number) =>
    (sample.length > 0 ? sample : 'a')
      .repeat(Math.ceil(length / Math.max(1, sample.length || 1)))
      .slice(0, length);
  const edges: Edge[] = [];
  const minLength = flat.minLength ?? 0;
  edges.push({
    label: minLength === 0 ? 'empty string' : `minLength ${minLength}`,
    value: fill(minLength),
    valid: true,
  });
  if (minLength > 0)
    edges.push({
      label: `one shorter than minLength ${minLength}`,
      value: fill(minLength - 1),
      valid: false,
    });
  if (flat.maxLength !== undefined && flat.maxLength < MAX_EDGE_SIZE) {
    edges.push({ label: `maxLength ${flat.maxLength}`, value: fill(flat.maxLength), valid: true });
    edges.push({
      label: `one longer than maxLength ${flat.maxLength}`,
      value: fill(flat.maxLength + 1),
      valid: false,
    });
  }
  return edges;
}

function arrayEdges(flat: JsonSchemaObject, sample: unknown[]): Edge[] {
  const minItems = flat.minItems ?? 0;
  const fill = (count: number) =>
    Array.from({ length: count }, (_, index) => sample[index % Math.max(1, sample.length)]);
  const edges: Edge[] = [];
  if (minItems === 0) edges.push({ label: 'empty array', value: [], valid: true });
  if (sample.length === 0) return edges;
  if (minItems > 0) {
    edges.push({ label: `minItems ${minItems}`, value: fill(minItems), valid: true });
    edges.push({
      label: `one item fewer than minItems ${minItems}`,
      value: fill(minItems - 1),
      valid: false,
    });
  }
  if (flat.maxItems !== undefined && flat.maxItems < MAX_EDGE_SIZE && flat.uniqueItems !== true) {
    edges.push({ label: `maxItems ${flat.maxItems}`, value: fill(flat.maxItems), valid: true });
    edges.push({
      label: `one item more than maxItems ${flat.maxItems}`,
      value: fill(flat.maxItems + 1),
      valid: false,
    });
  }
  return edges;
}

function round(value: number): number {
  return Number(value.toPrecision(12));
}
