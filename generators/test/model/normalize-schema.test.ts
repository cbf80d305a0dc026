import { describe, expect, it } from 'vitest';
import { normalizeSchema } from '../../src/model/normalize-schema.js';

describe('normalizeSchema from OAS 3.0', () => {
  it.each([
    [
      'nullable string becomes a type array',
      { type: 'string', nullable: true },
      { type: ['string', 'null'] },
    ],
    [
      'nullable enum gains null',
      { type: 'string', enum: ['a'], nullable: true },
      { type: ['string', 'null'], enum: ['a', null] },
    ],
    [
      'nullable $ref becomes anyOf with null',
      { $ref: '#/components/schemas/A', nullable: true },
      { anyOf: [{ $ref: '#/components/schemas/A' }, { type: 'null' }] },
    ],
    [
      'siblings of $ref are dropped',
      { $ref: '#/components/schemas/A', description: 'x' },
      { $ref: '#/components/schemas/A' },
    ],
    [
      'nullable oneOf is wrapped',
      { oneOf: [{ type: 'string' }], nullable: true },
      { anyOf: [{ oneOf: [{ type: 'string' }] }, { type: 'null' }] },
    ],
    [
      'boolean exclusiveMinimum becomes numeric',
      { type: 'number', minimum: 1, exclusiveMinimum: true },
      { type: 'number', exclusiveMinimum: 1 },
    ],
    [
      'false exclusiveMaximum is dropped',
      { type: 'number', maximum: 9, exclusiveMaximum: false },
      { type: 'number', maximum: 9 },
    ],
    ['example becomes examples', { type: 'integer', example: 3 }, { type: 'integer', examples: [3] }],
    [
      'nested properties are rewritten',
      { type: 'object', properties: { a: { type: 'string', nullable: true } } },
      { type: 'object', properties: { a: { type: ['string', 'null'] } } },
    ],
    [
      'tuple items become prefixItems',
      { type: 'array', items: [{ type: 'string' }] },
      { type: 'array', prefixItems: [{ type: 'string' }] },
    ],
  ])('%s', (_name, given, want) => {
    expect(normalizeSchema(given, { fromOas30: true })).toEqual(want);
  });

  it('does not mutate its input', () => {
    const given = { type: 'object', properties: { a: { type: 'string', nullable: true } } };
    const copy = structuredClone(given);
    normalizeSchema(given, { fromOas30: true });
    expect(given).toEqual(copy);
  });
});

describe('normalizeSchema from OAS 3.1', () => {
  it.each([
    [
      'keeps $ref siblings',
      { $ref: '#/components/schemas/A', description: 'x' },
      { $ref: '#/components/schemas/A', description: 'x' },
    ],
    ['keeps type arrays', { type: ['string', 'null'] }, { type: ['string', 'null'] }],
    [
      'keeps numeric exclusive bounds',
      { type: 'number', exclusiveMinimum: 0 },
      { type: 'number', exclusiveMinimum: 0 },
    ],
    [
      'moves a deprecated example into examples',
      { type: 'string', example: 'x' },
      { type: 'string', examples: ['x'] },
    ],
    ['keeps boolean schemas', true, true],
  ])('%s', (_name, given, want) => {
    expect(normalizeSchema(given, { fromOas30: false })).toEqual(want);
  });
});
