import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type Finding, formatFinding, loadSpecModel, runContractTests } from '../src/index.js';
import type { JsonSchema, SpecModel } from '../src/specloom.js';
import { describeSchemaError, ResponseValidator } from '../src/validation.js';
import { signToken, startWidgetsServer } from './support/widgets-server.js';

const user = {
  type: 'object',
  required: ['id', 'nickname'],
  properties: { id: { type: 'integer' }, nickname: { type: 'string', minLength: 2, maxLength: 8 } },
  additionalProperties: false,
};
const validator = new ResponseValidator({
  schemas: [{ name: 'User', schema: user }],
} as unknown as SpecModel);
const ref = { $ref: '#/components/schemas/User' };

/** [name, { schema, value, want: the sentence, the schema excerpt, the keyword, its pointer }] */
const CASES: [string, { schema: object; value: unknown; want: [string, string, string, string] }][] = [
  [
    'required',
    {
      schema: ref,
      value: { id: 1 },
      want: [
        '$.nickname is missing; the response schema of 200 requires it',
        'required: ["id","nickname"]',
        'required',
        '#/components/schemas/User/required',
      ],
    },
  ],
  [
    'type',
    {
      schema: ref,
      value: { id: '7', nickname: 'ann' },
      want: [
        '$.id is a string ("7"); the response schema of 200 says it must be an integer',
        'type: "integer"',
        'type',
        '#/components/schemas/User/properties/id/type',
      ],
    },
  ],
  [
    'type at the root',
    {
      schema: ref,
      value: [],
      want: [
        'the body is an array of 0 item(s); the response schema of 200 says it must be an object',
        'type: "object"',
        'type',
        '#/components/schemas/User/type',
      ],
    },
  ],
  [
    'additionalProperties',
    {
      schema: ref,
      value: { id: 1, nickname: 'ann', extra: true },
      want: [
        '$.extra is not a documented property; the response schema of 200 allows no properties beyond id and nickname',
        'additionalProperties: false; properties: ["id","nickname"]',
        'additionalProperties',
        '#/components/schemas/User/additionalProperties',
      ],
    },
  ],
  [
    'minLength',
    {
      schema: ref,
      value: { id: 1, nickname: 'a' },
      want: [
        '$.nickname ("a") is 1 character(s) long; the response schema of 200 allows at least 2',
        'minLength: 2',
        'minLength',
        '#/components/schemas/User/properties/nickname/minLength',
      ],
    },
  ],
  [
    'enum',
    {
      schema: { type: 'object', properties: { state: { enum: ['open', 'closed'] } } },
      value: { state: 'gone' },
      want: [
        '$.state is "gone"; the response schema of 200 allows only "open" or "closed"',
        'enum: ["open","closed"]',
        'enum',
        '#/properties/state/enum',
      ],
    },
  ],
  [
    'const',
    {
      schema: { properties: { kind: { const: 'task' } } },
      value: { kind: 'bug' },
      want: [
        '$.kind is "bug"; the response schema of 200 allows only "task"',
        'const: "task"',
        'const',
        '#/properties/kind/const',
      ],
    },
  ],
  [
    'format',
    {
      schema: { properties: { email: { type: 'string', format: 'email' } } },
      value: { email: 'nobody' },
      want: [
        '$.email ("nobody") is not a valid email; the response schema of 200 requires format "email"',
        'format: "email"',
        'format',
        '#/properties/email/format',
      ],
    },
  ],
  [
    'pattern',
    {
      schema: { properties: { code: { type: 'string', pattern: '^[A-Z]{3}$' } } },
      value: { code: 'eur' },
      want: [
        '$.code ("eur") does not match the pattern; the response schema of 200 requires the pattern ^[A-Z]{3}$',
        'pattern: "^[A-Z]{3}$"',
        'pattern',
        '#/properties/code/pattern',
      ],
    },
  ],
  [
    'minimum',
    {
      schema: { properties: { n: { type: 'integer', minimum: 1 } } },
      value: { n: 0 },
      want: [
        '$.n (0) is too small; the response schema of 200 requires a number of at least 1',
        'minimum: 1',
        'minimum',
        '#/properties/n/minimum',
      ],
    },
  ],
  [
    'exclusiveMaximum',
    {
      schema: { properties: { n: { type: 'number', exclusiveMaximum: 10 } } },
      value: { n: 10 },
      want: [
        '$.n (10) is too large; the response schema of 200 requires a number below 10',
        'exclusiveMaximum: 10',
        'exclusiveMaximum',
        '#/properties/n/exclusiveMaximum',
      ],
    },
  ],
  [
    'multipleOf',
    {
      schema: { properties: { n: { type: 'number', multipleOf: 5 } } },
      value: { n: 7 },
      want: [
        '$.n (7) is not a multiple of 5; the response schema of 200 requires a multiple of 5',
        'multipleOf: 5',
        'multipleOf',
        '#/properties/n/multipleOf',
      ],
    },
  ],
  [
    'maxItems and uniqueItems',
    {
      schema: { type: 'array', maxItems: 2, uniqueItems: true },
      value: [1, 1, 2],
      want: [
        'the body has 3 item(s); the response schema of 200 allows at most 2',
        'maxItems: 2',
        'maxItems',
        '#/maxItems',
      ],
    },
  ],
  [
    'minProperties',
    {
      schema: { type: 'object', minProperties: 2 },
      value: { a: 1 },
      want: [
        'the body has 1 propert(y/ies); the response schema of 200 allows at least 2',
        'minProperties: 2',
        'minProperties',
        '#/minProperties',
      ],
    },
  ],
  [
    'oneOf, without the per-alternative errors',
    {
      schema: { properties: { id: { oneOf: [{ type: 'string' }, ref] } } },
      value: { id: 1.5 },
      want: [
        '$.id (1.5) matches none of the alternatives; the response schema of 200 requires exactly one of string, User (oneOf)',
        'oneOf: [string, User]',
        'oneOf',
        '#/properties/id/oneOf',
      ],
    },
  ],
  [
    'oneOf matched twice',
    {
      schema: { oneOf: [{ type: 'number' }, { type: 'integer' }] },
      value: 3,
      want: [
        'the body matches 2 alternatives at once (number, integer); the response schema of 200 requires exactly one (oneOf)',
        'oneOf: [number, integer]',
        'oneOf',
        '#/oneOf',
      ],
    },
  ],
  [
    'anyOf',
    {
      schema: { properties: { v: { anyOf: [{ type: 'string' }, { type: 'integer' }] } } },
      value: { v: null },
      want: [
        '$.v (null) matches none of the alternatives; the response schema of 200 requires at least one of string, integer (anyOf)',
        'anyOf: [string, integer]',
        'anyOf',
        '#/properties/v/anyOf',
      ],
    },
  ],
  [
    'dependentRequired',
    {
      schema: { type: 'object', dependentRequired: { start: ['end'] } },
      value: { start: 1 },
      want: [
        '$.end is missing although start is present; the response schema of 200 requires it whenever start is present',
        'dependentRequired: {"start":["end"]}',
        'dependentRequired',
        '#/dependentRequired',
      ],
    },
  ],
];

/** Ajv's own phrases: none of them may reach a user. */
const AJV_WORDING =
  /must have required property|must NOT|must be equal to|must match (format|pattern|exactly|a schema)|^[a-zA-Z]+: must/;

describe('schema errors in plain words', () => {
  it.each(CASES)('%s', (_name, { schema, value, want }) => {
    const [error, ...rest] = validator.validate(schema as JsonSchema, value);
    expect(error).toBeDefined();
    if (!error) return;
    expect([
      describeSchemaError(error, 'the response schema of 200'),
      error.schema,
      error.keyword,
      error.schemaPath,
    ]).toEqual(want);
    for (const other of [error, ...rest]) expect(other.message).not.toMatch(AJV_WORDING);
  });

  it('reports a failed oneOf once, not once per alternative', () => {
    const errors = validator.validate(
      { oneOf: [{ type: 'string' }, ref, { type: 'boolean' }] } as JsonSchema,
      4,
    );
    expect(errors.map((error) => error.keyword)).toEqual(['oneOf']);
  });

  it('reports the error of a then-branch, not the if that chose it', () => {
    // biome-ignore lint/suspicious/noThenProperty: `then` is a JSON Schema keyword here, not a thenable.
    const schema = { if: { properties: { kind: { const: 'a' } } }, then: { required: ['a'] } };
    const errors = validator.validate(schema as JsonSchema, { kind: 'a' });
    expect(errors.map((error) => [error.keyword, error.jsonPath])).toEqual([['required', '$.a']]);
  });
});

describe('schema findings of a real run', () => {
  it.each([
    ['drops_required', /^\$\.name is missing; the response schema of 200 requires it$/, 'required'],
    ['schema_break', /^\$\.color is "purple"; the response schema of 200 allows only /, 'enum'],
    [
      'bad_header_value',
      /^response header X-Total-Count is a string \("many"\); the schema of X-Total-Count in the 200 response says it must be an integer$/,
      'type',
    ],
  ] as const)('words the %s finding plainly and shows only the failing keyword', async (fault, message, keyword) => {
    const spec = await loadSpecModel(fileURLToPath(new URL('./fixtures/widgets.yaml', import.meta.url)));
    const server = await startWidgetsServer(spec, fault);
    try {
      const report = await runContractTests({
        spec,
        baseUrl: server.baseUrl,
        kinds: ['stateful', 'positive'],
        maxExamples: 0,
        auth: {
          headers: {
            Authorization: `Bearer ${signToken({ sub: 't', exp: Math.floor(Date.now() / 1000) + 600 })}`,
          },
        },
      });
      const found = report.findings.find((entry) => message.test(entry.message));
      expect(found, report.findings.map((entry) => entry.message).join('\n')).toBeDefined();
      expect(found?.schema?.keyword).toBe(keyword);
      expect(found?.expected.startsWith(`${keyword}: `)).toBe(true);
      expect(found?.expected.length).toBeLessThan(160);
      const printed = formatFinding(found as Finding).join('\n');
      expect(printed).not.toMatch(AJV_WORDING);
      expect(printed).not.toContain('"properties"');
    } finally {
      await server.close();
    }
  });
});
