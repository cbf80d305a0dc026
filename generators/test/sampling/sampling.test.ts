import { Ajv2020 } from 'ajv/dist/2020.js';
import formatsPlugin from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import type { JsonSchema } from '../../src/model/types.js';
import { sampleValid, violations } from '../../src/sampling/index.js';

const document = {
  openapi: '3.1.0',
  components: {
    schemas: {
      Tag: { type: 'string', enum: ['red', 'green', 'blue'] },
      Node: {
        type: 'object',
        required: ['name'],
        properties: {
          name: { type: 'string', minLength: 1 },
          children: { type: 'array', items: { $ref: '#/components/schemas/Node' } },
        },
      },
      Item: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'title', 'password'],
        properties: {
          id: { type: 'string', format: 'uuid', readOnly: true },
          title: { type: 'string', minLength: 3, maxLength: 20, pattern: '^[A-Z][a-z]+$' },
          password: { type: 'string', writeOnly: true, minLength: 8 },
          count: { type: 'integer', minimum: 1, maximum: 10 },
          ratio: { type: 'number', exclusiveMinimum: 0, exclusiveMaximum: 1 },
          email: { type: 'string', format: 'email' },
          when: { type: 'string', format: 'date-time' },
          tags: {
            type: 'array',
            items: { $ref: '#/components/schemas/Tag' },
            minItems: 1,
            maxItems: 3,
            uniqueItems: true,
          },
          note: { type: ['string', 'null'], maxLength: 5 },
        },
      },
      Shape: {
        oneOf: [{ $ref: '#/components/schemas/Circle' }, { $ref: '#/components/schemas/Square' }],
        discriminator: { propertyName: 'kind' },
      },
      Circle: {
        type: 'object',
        required: ['kind', 'r'],
        properties: { kind: { type: 'string' }, r: { type: 'number', minimum: 0 } },
      },
      Square: {
        type: 'object',
        required: ['kind', 'side'],
        properties: { kind: { type: 'string' }, side: { type: 'integer', multipleOf: 5 } },
      },
      Named: {
        allOf: [
          { $ref: '#/components/schemas/Node' },
          { type: 'object', required: ['label'], properties: { label: { const: 'fixed' } } },
        ],
      },
    },
  },
};

function validatorFor(schema: JsonSchema, direction: 'request' | 'response') {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  (formatsPlugin as unknown as { default: (ajv: Ajv2020) => void }).default(ajv);
  // Direction matters only for required readOnly/writeOnly members; drop those the direction never carries.
  const components = JSON.parse(JSON.stringify(document.components.schemas), (_key, value) => {
    if (value && typeof value === 'object' && Array.isArray(value.required) && value.properties) {
      const hidden = (name: string) => {
        const property = value.properties[name] ?? {};
        return direction === 'request' ? property.readOnly === true : property.writeOnly === true;
      };
      return { ...value, required: value.required.filter((name: string) => !hidden(name)) };
    }
    return value;
  });
  ajv.addSchema({ $id: 'doc', components: { schemas: components } });
  const rewritten = JSON.parse(
    JSON.stringify(schema).replaceAll('"#/components/schemas/', '"doc#/components/schemas/'),
  );
  return ajv.compile(rewritten);
}

const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });

describe('sampleValid', () => {
  it.each<[string, JsonSchema, 'request' | 'response']>([
    ['an object with formats, bounds and a pattern (request)', ref('Item'), 'request'],
    ['an object with formats, bounds and a pattern (response)', ref('Item'), 'response'],
    ['a recursive schema', ref('Node'), 'response'],
    ['a discriminated oneOf', ref('Shape'), 'request'],
    ['an allOf with a const', ref('Named'), 'request'],
    ['a nullable string', { type: ['string', 'null'], format: 'date' }, 'request'],
    [
      'an integer with exclusive bounds',
      { type: 'integer', exclusiveMinimum: 3, exclusiveMaximum: 5 },
      'request',
    ],
  ])('generates a valid value for %s', (_name, schema, direction) => {
    const validate = validatorFor(schema, direction);
    for (const seed of [1, 2, 3, 42, 'abc']) {
      const value = sampleValid(schema, { document, seed, direction });
      expect(validate(value), `${JSON.stringify(value)} -> ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it('is deterministic for a seed and varies across seeds', () => {
    const first = sampleValid(ref('Item'), { document, seed: 7, direction: 'request' });
    expect(sampleValid(ref('Item'), { document, seed: 7, direction: 'request' })).toEqual(first);
    const others = [8, 9, 10].map((seed) =>
      JSON.stringify(sampleValid(ref('Item'), { document, seed, direction: 'request' })),
    );
    expect(others.some((other) => other !== JSON.stringify(first))).toBe(true);
  });

  it('omits readOnly properties in requests and writeOnly properties in responses', () => {
    const request = sampleValid(ref('Item'), { document, seed: 1, direction: 'request' }) as Record<
      string,
      unknown
    >;
    const response = sampleValid(ref('Item'), { document, seed: 1, direction: 'response' }) as Record<
      string,
      unknown
    >;
    expect(request).not.toHaveProperty('id');
    expect(request).toHaveProperty('password');
    expect(response).toHaveProperty('id');
    expect(response).not.toHaveProperty('password');
  });
});

describe('violations', () => {
  it('breaks each constraint once and every variant is invalid', () => {
    const schema = ref('Item');
    const validate = validatorFor(schema, 'request');
    const found = violations(schema, { document, seed: 3, direction: 'request' });
    for (const violation of found) {
      expect(
        validate(violation.value),
        `${violation.label} at ${violation.path}: ${JSON.stringify(violation.value)}`,
      ).toBe(false);
    }
    const labels = found.map((violation) => `${violation.keyword} ${violation.path}`);
    expect(labels).toEqual(
      expect.arrayContaining([
        'type $',
        'required $.title',
        'required $.password',
        'additionalProperties $.unexpectedProperty',
        'minLength $.title',
        'maxLength $.title',
        'pattern $.title',
        'minimum $.count',
        'maximum $.count',
        'exclusiveMinimum $.ratio',
        'exclusiveMaximum $.ratio',
        'format $.email',
        'format $.when',
        'minItems $.tags',
        'maxItems $.tags',
        'uniqueItems $.tags',
        'enum $.tags[0]',
      ]),
    );
    expect(labels).not.toContain('required $.id');
  });

  it.each<[string, JsonSchema, string]>([
    ['a string', { type: 'string' }, 'type'],
    ['an integer', { type: 'integer' }, 'type'],
    ['an enum', { type: 'string', enum: ['a', 'b'] }, 'enum'],
    ['a const', { const: 3 }, 'const'],
    ['a multipleOf', { type: 'integer', multipleOf: 5 }, 'multipleOf'],
  ])('produces an invalid root variant for %s', (_name, schema, keyword) => {
    const validate = validatorFor(schema, 'request');
    const found = violations(schema, { document, seed: 1, direction: 'request' }).filter(
      (violation) => violation.keyword === keyword,
    );
    expect(found.length).toBeGreaterThan(0);
    for (const violation of found) {
      expect(violation.atRoot).toBe(true);
      expect(validate(violation.value)).toBe(false);
    }
  });

  it('mutates a given base value instead of a sampled one', () => {
    const base = { title: 'Hello', password: 'secretsecret' };
    const found = violations(ref('Item'), { document, seed: 1, direction: 'request', base });
    const missingTitle = found.find(
      (violation) => violation.keyword === 'required' && violation.path === '$.title',
    );
    expect(missingTitle?.value).toEqual({ password: 'secretsecret' });
  });
});

describe('sampleValid with oneOf over shared properties', () => {
  it('adds only the chosen branch properties, so exactly one branch matches', () => {
    const schema: JsonSchema = {
      type: 'object',
      properties: {
        type: { type: 'string' },
        id: { type: 'integer' },
        owner: { type: 'string' },
        number: { type: 'integer' },
      },
      oneOf: [{ required: ['type', 'id'] }, { required: ['type', 'owner', 'number'] }],
    };
    const validate = validatorFor(schema, 'request');
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const value = sampleValid(schema, { document, seed, direction: 'request' });
      expect(validate(value), JSON.stringify(value)).toBe(true);
    }
  });
});

describe('sampleValid without optional properties', () => {
  it('still satisfies minProperties from the declared optional properties', () => {
    const schema = {
      type: 'object',
      additionalProperties: false,
      minProperties: 1,
      properties: { title: { type: 'string' }, done: { type: 'boolean' } },
    } as const;
    const value = sampleValid(schema, {
      document: {},
      seed: 1,
      direction: 'request',
      optionalProperties: false,
    });
    expect(Object.keys(value as object)).toEqual(['title']);
  });
});

describe('patterns with wide repeats', () => {
  // Shapes from AWS specs: an ARN with `{0,62}` and `{0,1023}` and no maxLength, an S3 URL of `\S{1,2000}`.
  const ARN =
    '^arn:(aws|aws-cn|aws-iso|aws-us-gov):[A-Za-z0-9][A-Za-z0-9_/.-]{0,62}:([a-z]{2}-[a-z]+-[0-9]):[0-9]{12}:[A-Za-z0-9/][A-Za-z0-9:_/+.-]{0,1023}$';
  const schemas: { type: 'string'; pattern: string; minLength?: number; maxLength?: number }[] = [
    { type: 'string', pattern: ARN },
    { type: 'string', pattern: '^s3://[a-z]+/\\S{1,2000}$', maxLength: 64 },
    { type: 'string', pattern: '^\\S{1,2000}$', minLength: 1, maxLength: 1024 },
  ];
  it.each(schemas.map((schema) => [schema]))('draws a match of %j that fits its bounds', (schema) => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const value = sampleValid(schema, { document, seed, direction: 'request' });
      expect(typeof value).toBe('string');
      expect(value as string).toMatch(new RegExp(schema.pattern, 'u'));
      expect((value as string).length).toBeLessThanOrEqual(schema.maxLength ?? 64);
    }
  });
});
