import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createContract } from '../src/contract.js';
import { schemaArbitrary } from '../src/explore/arbitrary.js';
import { boundaryEdges } from '../src/explore/boundaries.js';
import { pairwiseRows } from '../src/explore/pairwise.js';
import { type JsonSchema, normalize } from '../src/specloom.js';

const spec = normalize({
  openapi: '3.1.0',
  info: { title: 'T', version: '1' },
  paths: {},
  components: {
    schemas: {
      Node: {
        type: 'object',
        required: ['name'],
        properties: { name: { type: 'string', minLength: 1 }, child: { $ref: '#/components/schemas/Node' } },
      },
    },
  },
});
const contract = createContract(spec);
const document = spec.document;

describe('pairwiseRows', () => {
  it.each([2, 3, 4, 6, 10])('covers every pair of %i on/off factors in far fewer rows than 2^n', (count) => {
    const rows = [Array.from({ length: count }, () => false), ...pairwiseRows(count)];
    for (let a = 0; a < count; a++)
      for (let b = a + 1; b < count; b++)
        for (const combination of [
          [false, false],
          [false, true],
          [true, false],
          [true, true],
        ])
          expect(rows.some((row) => row[a] === combination[0] && row[b] === combination[1])).toBe(true);
    expect(rows.length).toBeLessThanOrEqual(Math.min(2 ** count, 4 * Math.ceil(Math.log2(count)) + 2));
  });
});

describe('boundaryEdges', () => {
  it.each<[string, { schema: JsonSchema; sample: unknown; inBody: boolean; want: [unknown, boolean][] }]>([
    [
      'integer bounds',
      {
        schema: { type: 'integer', minimum: 1, maximum: 50 },
        sample: 5,
        inBody: true,
        want: [
          [1, true],
          [0, false],
          [50, true],
          [51, false],
        ],
      },
    ],
    [
      'exclusive number bounds',
      {
        schema: { type: 'number', exclusiveMinimum: 0, maximum: 10 },
        sample: 1,
        inBody: true,
        want: [
          [10, true],
          [10.001, false],
          [0.001, true],
          [0, false],
        ],
      },
    ],
    [
      'an unbounded int64',
      {
        schema: { type: 'integer', format: 'int64' },
        sample: 1,
        inBody: true,
        want: [
          [0, true],
          [-1, true],
          [Number.MAX_SAFE_INTEGER, true],
        ],
      },
    ],
    [
      'string lengths in a body',
      {
        schema: { type: 'string', minLength: 2, maxLength: 4 },
        sample: 'abc',
        inBody: true,
        want: [
          ['ab', true],
          ['a', false],
          ['abca', true],
          ['abcab', false],
        ],
      },
    ],
    [
      'no empty value for a parameter',
      {
        schema: { type: 'array', items: { type: 'string' } },
        sample: ['x'],
        inBody: false,
        want: [],
      },
    ],
    [
      'enum edges',
      {
        schema: { enum: ['a', 'b', 'c'] },
        sample: 'b',
        inBody: true,
        want: [
          ['a', true],
          ['c', true],
        ],
      },
    ],
  ])('%s', (_name, { schema, sample, inBody, want }) => {
    const edges = boundaryEdges(schema, document, sample, inBody).map((edge) => [edge.value, edge.valid]);
    expect(edges).toEqual(expect.arrayContaining(want));
    expect(edges.length).toBe(want.length);
  });
});

describe('schemaArbitrary', () => {
  const scope = (place: 'body' | 'header' | 'path') => ({
    document,
    place,
    unsatisfiable: new Set<string>(),
  });
  it.each<[string, JsonSchema]>([
    ['bounded integers', { type: 'integer', minimum: -3, maximum: 7, multipleOf: 2 }],
    ['patterned strings', { type: 'string', pattern: '^[a-z]{3,10}$' }],
    ['formats', { type: 'string', format: 'date-time' }],
    ['string-encoded int64', { type: 'string', format: 'int64' }],
    ['unique arrays', { type: 'array', items: { enum: [1, 2, 3] }, uniqueItems: true, maxItems: 3 }],
    [
      'objects with readOnly and optional members',
      {
        type: 'object',
        additionalProperties: false,
        required: ['a'],
        properties: {
          a: { type: 'boolean' },
          b: { type: 'number', exclusiveMinimum: 0 },
          id: { type: 'string', readOnly: true },
        },
      },
    ],
    ['recursive refs', { $ref: '#/components/schemas/Node' }],
    ['huge number bounds', { type: 'number', minimum: -1e300, maximum: 1e300 }],
    ['huge integer bounds', { type: 'integer', minimum: -1e300, multipleOf: 3 }],
    ['oneOf alternatives', { oneOf: [{ type: 'integer' }, { type: 'string', minLength: 1 }] }],
    // An AWS ARN: fast-check's matches rarely fit a length bound, which once made the draw retry forever.
    [
      'a pattern whose matches rarely fit its length bound',
      {
        type: 'string',
        pattern:
          '^arn:(aws|aws-cn):[A-Za-z0-9][A-Za-z0-9_/.-]{0,62}:[a-z]{2}-[a-z]+-[0-9]:[0-9]{12}:[A-Za-z0-9/][A-Za-z0-9:_/+.-]{0,1023}$',
        maxLength: 60,
      },
    ],
  ])('draws values valid for %s', (_name, schema) => {
    const values = fc.sample(schemaArbitrary(schema, scope('body')), { seed: 11, numRuns: 50 });
    const valid = values.filter((value) => contract.requestValidator.validate(schema, value).length === 0);
    expect(valid.length).toBe(values.length);
  });

  it('draws header values that travel unchanged and path values that keep the route', () => {
    const schema: JsonSchema = { type: 'string', maxLength: 12 };
    for (const value of fc.sample(schemaArbitrary(schema, scope('header')), { seed: 3, numRuns: 100 }))
      expect(value).toMatch(/^([\x21-\x7e]([\x20-\x7e]*[\x21-\x7e])?)?$/);
    for (const value of fc.sample(schemaArbitrary(schema, scope('path')), { seed: 3, numRuns: 100 }))
      expect(['', '.', '..']).not.toContain(value);
  });

  it('names a format it cannot produce', () => {
    const unsatisfiable = new Set<string>();
    schemaArbitrary({ type: 'string', format: 'e164' }, { document, place: 'body', unsatisfiable });
    expect([...unsatisfiable]).toEqual(['e164']);
  });
});
