import { describe, expect, it } from 'vitest';
import type { JsonSchema } from '../../src/model/types.js';
import { printSchema } from './helpers.js';

type Case = [
  name: string,
  { given: JsonSchema; want: string; side?: 'base' | 'request' | 'response'; binary?: 'string' | 'unknown' },
];

const components: Record<string, JsonSchema> = {
  Pet: {
    type: 'object',
    required: ['kind'],
    properties: { kind: { const: 'pet' }, name: { type: 'string' } },
  },
  Cat: { type: 'object', required: ['kind'], properties: { kind: { const: 'cat' } } },
  Dog: { type: 'object', required: ['kind'], properties: { kind: { type: 'string', enum: ['dog'] } } },
  OtherCat: { type: 'object', required: ['kind'], properties: { kind: { type: 'string', enum: ['cat'] } } },
  Id: { type: 'string', readOnly: true },
  Named: { type: 'object', required: ['name'], properties: { name: { type: 'string' } } },
};

const cases: Case[] = [
  ['true as unknown', { given: true, want: 'z.unknown()' }],
  ['false as never', { given: false, want: 'z.never()' }],
  ['an empty schema as unknown', { given: {}, want: 'z.unknown()' }],
  ['a plain string', { given: { type: 'string' }, want: 'z.string()' }],
  [
    'string bounds and pattern',
    {
      given: { type: 'string', minLength: 1, maxLength: 5, pattern: '^a/b$' },
      want: 'z.string().min(1).max(5).regex(new RegExp("^a/b$", "u"))',
    },
  ],
  [
    'a pattern valid only without the u flag',
    { given: { type: 'string', pattern: '^\\_+$' }, want: 'z.string().regex(new RegExp("^\\\\_+$"))' },
  ],
  ['uuid as guid (any RFC 9562 version)', { given: { type: 'string', format: 'uuid' }, want: 'z.guid()' }],
  [
    'email with the addr-spec pattern JSON Schema validators use',
    {
      given: { type: 'string', format: 'email' },
      want: 'z.email({ pattern: new RegExp("^[a-z0-9!#$%&\'*+/=?^_`{|}~-]+(?:\\\\.[a-z0-9!#$%&\'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\\\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$", "i") })',
    },
  ],
  [
    'uri-reference as a pattern',
    {
      given: { type: 'string', format: 'uri-reference' },
      want: 'z.string().regex(new RegExp("^(?:(?:[a-z][a-z0-9+\\\\-.]*:)?\\\\/?\\\\/)?(?:[^\\\\\\\\\\\\s#][^\\\\s#]*)?(?:#[^\\\\\\\\\\\\s]*)?$", "i"))',
    },
  ],
  ['uri', { given: { type: 'string', format: 'uri' }, want: 'z.url()' }],
  [
    'date-time with offset',
    { given: { type: 'string', format: 'date-time' }, want: 'z.iso.datetime({ offset: true })' },
  ],
  ['date', { given: { type: 'string', format: 'date' }, want: 'z.iso.date()' }],
  ['ipv4', { given: { type: 'string', format: 'ipv4' }, want: 'z.ipv4()' }],
  ['ipv6', { given: { type: 'string', format: 'ipv6' }, want: 'z.ipv6()' }],
  ['hostname', { given: { type: 'string', format: 'hostname' }, want: 'z.hostname()' }],
  ['byte as base64', { given: { type: 'string', format: 'byte' }, want: 'z.base64()' }],
  [
    'an unknown format as a plain string',
    { given: { type: 'string', format: 'x-custom' }, want: 'z.string()' },
  ],
  ['binary in a JSON body', { given: { type: 'string', format: 'binary' }, want: 'z.string()' }],
  [
    'binary in a form body',
    { given: { type: 'string', format: 'binary' }, want: 'z.unknown()', binary: 'unknown' },
  ],
  [
    'a number with inclusive bounds',
    { given: { type: 'number', minimum: 0, maximum: 1.5 }, want: 'z.number().gte(0).lte(1.5)' },
  ],
  [
    'an integer with exclusive bounds',
    { given: { type: 'integer', exclusiveMinimum: -1, exclusiveMaximum: 10 }, want: 'z.int().gt(-1).lt(10)' },
  ],
  [
    'int32 with multipleOf',
    { given: { type: 'integer', format: 'int32', multipleOf: 5 }, want: 'z.int32().multipleOf(5)' },
  ],
  ['a boolean', { given: { type: 'boolean' }, want: 'z.boolean()' }],
  ['null', { given: { type: 'null' }, want: 'z.null()' }],
  [
    'a 3.1 type array with null',
    { given: { type: ['string', 'null'], maxLength: 3 }, want: 'z.string().max(3).nullable()' },
  ],
  [
    'a type array of two types',
    { given: { type: ['string', 'integer'] }, want: 'z.union([z.string(), z.int()])' },
  ],
  ['a string enum', { given: { type: 'string', enum: ['a', 'b'] }, want: 'z.enum(["a", "b"])' }],
  [
    'a nullable string enum',
    { given: { type: ['string', 'null'], enum: ['a', 'b', null] }, want: 'z.enum(["a", "b"]).nullable()' },
  ],
  ['a mixed enum', { given: { enum: ['a', 1, true] }, want: 'z.literal(["a", 1, true])' }],
  ['a single-value enum', { given: { enum: [3] }, want: 'z.literal(3)' }],
  [
    'an enum filtered by its sibling keywords',
    {
      given: { type: 'string', enum: ['MALE', 'FEMALE', 'M', 'F'], maxLength: 1 },
      want: 'z.enum(["M", "F"])',
    },
  ],
  ['a const', { given: { const: 'fixed' }, want: 'z.literal("fixed")' }],
  [
    'an array with bounds and unique items',
    {
      given: { type: 'array', items: { type: 'string' }, minItems: 1, maxItems: 3, uniqueItems: true },
      want: 'z.array(z.string()).min(1).max(3).refine(jsonSchema.uniqueItems, { message: "Items must be unique" })',
    },
  ],
  [
    'unique object items compared as JSON values on the raw input',
    {
      given: { type: 'array', items: { type: 'object', properties: { a: {} } }, uniqueItems: true },
      want: 'jsonSchema.refined(z.array(z.object({\n    a: z.unknown().optional()\n})), [[jsonSchema.uniqueItems, "Items must be unique"]])',
    },
  ],
  ['an array without items', { given: { type: 'array' }, want: 'z.array(z.unknown())' }],
  [
    'an object with required and optional properties',
    {
      given: {
        type: 'object',
        required: ['a'],
        properties: { a: { type: 'string' }, b: { type: 'integer' } },
      },
      want: 'z.object({\n    a: z.string(),\n    b: z.int().optional()\n})',
    },
  ],
  [
    'non-identifier keys quoted',
    {
      given: {
        type: 'object',
        properties: {
          'x-rate-limit': { type: 'integer' },
          '200': { type: 'string' },
          '*/*': {},
          ünï: {},
        },
      },
      want: 'z.object({\n    "200": z.string().optional(),\n    "x-rate-limit": z.int().optional(),\n    "*/*": z.unknown().optional(),\n    "\\u00FCn\\u00EF": z.unknown().optional()\n})',
    },
  ],
  [
    'names found on Object.prototype as own-property checks',
    {
      given: {
        type: 'object',
        required: ['constructor'],
        properties: { ['__proto__']: { type: 'number' }, constructor: {} },
      },
      want: 'jsonSchema.refined(z.record(z.string(), z.unknown()), [[jsonSchema.ownProperties({ ["__proto__"]: z.number(), constructor: z.unknown() }, ["constructor"]), "A property is missing or does not match its schema"]])',
    },
  ],
  [
    'additionalProperties false as strictObject',
    {
      given: { type: 'object', properties: { a: {} }, additionalProperties: false },
      want: 'z.strictObject({\n    a: z.unknown().optional()\n})',
    },
  ],
  [
    'additionalProperties true as looseObject',
    {
      given: { type: 'object', properties: { a: {} }, additionalProperties: true },
      want: 'z.looseObject({\n    a: z.unknown().optional()\n})',
    },
  ],
  [
    'additionalProperties schema as catchall',
    {
      given: {
        type: 'object',
        properties: { a: { type: 'string' } },
        additionalProperties: { type: 'integer' },
      },
      want: 'z.object({\n    a: z.string().optional()\n}).catchall(z.int())',
    },
  ],
  [
    'a map as record',
    {
      given: { type: 'object', additionalProperties: { type: 'integer' } },
      want: 'z.record(z.string(), z.int())',
    },
  ],
  [
    'a free-form object as a record of unknown',
    { given: { type: 'object' }, want: 'z.record(z.string(), z.unknown())' },
  ],
  [
    'required without a property schema',
    { given: { type: 'object', required: ['x'] }, want: 'z.object({\n    x: z.unknown()\n})' },
  ],
  [
    'property count bounds',
    {
      given: { type: 'object', additionalProperties: true, minProperties: 1 },
      want: 'jsonSchema.refined(z.looseObject({}), [[jsonSchema.propertyCount(1, 9007199254740991), "Expected at least 1 properties"]])',
    },
  ],
  [
    'descriptions and deprecation as JSDoc, escaping */',
    {
      given: {
        type: 'object',
        properties: { old: { type: 'string', description: 'Ends */ early', deprecated: true } },
      },
      want: 'z.object({\n    /**\n     * Ends *\\/ early\n     * @deprecated\n     */\n    old: z.string().optional()\n})',
    },
  ],
  ['a component reference', { given: { $ref: '#/components/schemas/Pet' }, want: 'Pet' }],
  [
    'a reference with 3.1 sibling constraints',
    {
      given: { $ref: '#/components/schemas/Pet', required: ['name'] },
      // Keywords without `type` apply only to values of their own type.
      want: 'z.intersection(Pet, jsonSchema.refined(z.unknown(), [[jsonSchema.whenType("object", z.object({\n            name: z.unknown()\n        })), "Does not satisfy the schema\'s object keywords"]]))',
    },
  ],
  [
    'allOf of objects merged into one object',
    {
      given: {
        allOf: [
          { $ref: '#/components/schemas/Named' },
          { type: 'object', required: ['age'], properties: { age: { type: 'integer' } } },
        ],
      },
      want: 'z.object({\n    name: z.string(),\n    age: z.int()\n})',
    },
  ],
  [
    'allOf of a reference and annotations only',
    { given: { allOf: [{ $ref: '#/components/schemas/Pet' }], description: 'A pet' }, want: 'Pet' },
  ],
  [
    'allOf of non-objects as intersection',
    {
      given: {
        allOf: [
          { type: 'string', minLength: 1 },
          { type: 'string', maxLength: 3 },
        ],
      },
      want: 'z.intersection(z.string().min(1), z.string().max(3))',
    },
  ],
  [
    'allOf with a closed object as intersection',
    {
      given: {
        allOf: [{ $ref: '#/components/schemas/Named' }, { type: 'object', additionalProperties: false }],
      },
      want: 'z.intersection(Named, z.strictObject({}))',
    },
  ],
  [
    'oneOf as union',
    { given: { oneOf: [{ type: 'string' }, { type: 'integer' }] }, want: 'z.union([z.string(), z.int()])' },
  ],
  [
    'anyOf with a null branch as nullable',
    { given: { anyOf: [{ $ref: '#/components/schemas/Pet' }, { type: 'null' }] }, want: 'Pet.nullable()' },
  ],
  [
    'oneOf with a discriminator as discriminatedUnion',
    {
      given: {
        oneOf: [{ $ref: '#/components/schemas/Cat' }, { $ref: '#/components/schemas/Dog' }],
        discriminator: { propertyName: 'kind' },
      },
      want: 'z.discriminatedUnion("kind", [Cat, Dog])',
    },
  ],
  [
    'a discriminator whose branch does not fix the property as a plain union',
    {
      given: {
        oneOf: [{ $ref: '#/components/schemas/Cat' }, { $ref: '#/components/schemas/Named' }],
        discriminator: { propertyName: 'kind' },
      },
      want: 'jsonSchema.refined(z.union([Cat, Named]), [[jsonSchema.exactlyOne([Cat, Named]), "Must match exactly one schema in `oneOf`"]])',
    },
  ],
  [
    'a discriminator with a value shared by two branches as a plain union',
    {
      given: {
        oneOf: [{ $ref: '#/components/schemas/Cat' }, { $ref: '#/components/schemas/OtherCat' }],
        discriminator: { propertyName: 'kind' },
      },
      want: 'jsonSchema.refined(z.union([Cat, OtherCat]), [[jsonSchema.exactlyOne([Cat, OtherCat]), "Must match exactly one schema in `oneOf`"]])',
    },
  ],
  [
    'readOnly properties left out on the request side',
    {
      given: {
        type: 'object',
        required: ['id', 'name'],
        properties: {
          id: { type: 'string', readOnly: true },
          ref: { $ref: '#/components/schemas/Id' },
          name: { type: 'string' },
        },
      },
      side: 'request',
      want: 'z.object({\n    name: z.string()\n})',
    },
  ],
  [
    'writeOnly properties left out on the response side',
    {
      given: {
        type: 'object',
        properties: { password: { type: 'string', writeOnly: true }, name: { type: 'string' } },
      },
      side: 'response',
      want: 'z.object({\n    name: z.string().optional()\n})',
    },
  ],
  [
    'defaults applied on the request side',
    {
      given: {
        type: 'object',
        properties: {
          limit: { type: 'integer', default: 20 },
          tags: { type: 'array', items: { type: 'string' }, default: [] },
          bad: { type: 'integer', default: 'x' },
        },
      },
      side: 'request',
      want: 'z.object({\n    limit: z.int().default(20),\n    tags: z.array(z.string()).default([]),\n    bad: z.int().optional()\n})',
    },
  ],
  [
    'defaults ignored on the response side',
    {
      given: { type: 'object', properties: { limit: { type: 'integer', default: 20 } } },
      side: 'response',
      want: 'z.object({\n    limit: z.int().optional()\n})',
    },
  ],
  [
    'not as a check on the raw value',
    {
      given: { not: { type: 'string' } },
      want: 'jsonSchema.refined(z.unknown(), [[jsonSchema.notMatching(z.string()), "Must not match the schema under `not`"]])',
    },
  ],
  [
    'if/then/else as a check',
    {
      // biome-ignore lint/suspicious/noThenProperty: `then` is the JSON Schema keyword under test, not a thenable.
      given: { type: 'string', if: { type: 'string', minLength: 1 }, then: { type: 'string', maxLength: 2 } },
      want: 'jsonSchema.refined(z.string(), [[jsonSchema.ifThenElse(z.string().min(1), z.string().max(2), undefined), "Must match `then` when it matches `if`, and `else` otherwise"]])',
    },
  ],
  [
    'patternProperties as a check on every key',
    {
      given: { type: 'object', patternProperties: { '^x-': { type: 'string' } } },
      want: 'jsonSchema.refined(z.looseObject({}), [[jsonSchema.patternProperties([[new RegExp("^x-", "u"), z.string()]], [], undefined), "A property does not match the schema for its name"]])',
    },
  ],
  [
    'prefixItems as a tuple check',
    {
      given: { type: 'array', prefixItems: [{ type: 'string' }], items: false },
      want: 'jsonSchema.refined(z.array(z.unknown()), [[jsonSchema.prefixItems([z.string()], false), "An item does not match the schema for its position"]])',
    },
  ],
  [
    'an object enum by JSON equality',
    {
      given: { enum: [{ a: 1 }] },
      want: 'jsonSchema.refined(z.unknown(), [[jsonSchema.oneOfValues([{ a: 1 }]), "Must be one of the allowed values"]])',
    },
  ],
  [
    'string keywords without a type as a check on strings only',
    {
      given: { maxLength: 2 },
      want: 'jsonSchema.refined(z.unknown(), [[jsonSchema.whenType("string", z.string().max(2)), "Does not satisfy the schema\'s string keywords"]])',
    },
  ],
  [
    'oneOf of overlapping branches with an exactly-one check',
    {
      given: { oneOf: [{ type: 'integer' }, { type: 'number', minimum: 2 }] },
      want: 'jsonSchema.refined(z.union([z.int(), z.number().gte(2)]), [[jsonSchema.exactlyOne([z.int(), z.number().gte(2)]), "Must match exactly one schema in `oneOf`"]])',
    },
  ],
];

describe('convertSchema', () => {
  it.each(cases)('translates %s', (_name, { given, want, side, binary }) => {
    const { source, warnings } = printSchema(given, {
      components,
      ...(side ? { side } : {}),
      ...(binary ? { binary } : {}),
    });
    expect(source).toBe(want);
    expect(warnings).toEqual([]);
  });

  it.each([
    ['a reference outside components', { $ref: '#/paths/~1a/get' }, 'z.unknown()', '#/test/$ref'],
    [
      'an enum no value of which fits its sibling keywords',
      { type: 'string', enum: [1, 2] },
      'z.never()',
      '#/test/enum',
    ],
    ['an invalid pattern', { type: 'string', pattern: '(' }, 'z.string()', '#/test/pattern'],
  ] as const)('degrades %s to the closest safe schema and warns', (_name, given, want, pointer) => {
    const { source, warnings } = printSchema(given as JsonSchema, { components });
    expect(source).toBe(want);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(new RegExp(`^${pointer.replace(/[$/]/g, '\\$&')}: `));
  });

  it('reaches globals through globalThis when a component of the same name shadows them', () => {
    const given: JsonSchema = {
      type: 'string',
      pattern: '^a',
    };
    const { source } = printSchema(given, { components: { RegExp: { type: 'string' } } });
    expect(source).toContain('new globalThis.RegExp(');
  });
});
