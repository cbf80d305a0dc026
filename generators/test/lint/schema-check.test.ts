import { describe, expect, it } from 'vitest';
import { componentResolver, SchemaChecker } from '../../src/lint/schema-check.js';
import type { JsonSchema } from '../../src/model/types.js';

const components = new Map<string, JsonSchema>([
  ['Id', { type: 'string', format: 'uuid' }],
  [
    'Node',
    {
      type: 'object',
      required: ['id'],
      properties: { id: { $ref: '#/components/schemas/Id' }, next: { $ref: '#/components/schemas/Node' } },
    },
  ],
  [
    'Secret',
    {
      type: 'object',
      required: ['id', 'password'],
      properties: { id: { type: 'string', readOnly: true }, password: { type: 'string', writeOnly: true } },
    },
  ],
]);
const checker = new SchemaChecker(componentResolver(components, {}));
const UUID = '0f8fad5b-d9cb-469f-a165-70867728950e';

describe('SchemaChecker', () => {
  it.each<[string, JsonSchema, unknown, string[]]>([
    ['a matching string', { type: 'string', minLength: 2 }, 'ab', []],
    ['too short', { type: 'string', minLength: 2 }, 'a', [' must be at least 2 characters long']],
    ['wrong type stops there', { type: 'integer', minimum: 3 }, 'x', [' must be an integer']],
    ['nullable type array', { type: ['string', 'null'] }, null, []],
    ['enum', { enum: ['a', 'b'] }, 'c', [' must be one of: "a", "b"']],
    ['const object (any key order)', { const: { a: 1, b: [1] } }, { b: [1], a: 1 }, []],
    ['exclusive bounds (2020 numbers)', { exclusiveMinimum: 0, maximum: 10 }, 0, [' must be greater than 0']],
    ['multipleOf with decimals', { multipleOf: 0.01 }, 19.99, []],
    ['pattern', { type: 'string', pattern: '^[a-z]+$' }, 'A', [' must match the pattern ^[a-z]+$']],
    [
      'formats',
      { type: 'string', format: 'date-time' },
      '2024-02-30T10:00:00Z',
      [' must be a valid date-time'],
    ],
    ['an unknown format is not checked', { type: 'string', format: 'color' }, 'blue', []],
    ["an invalid regex is not the value's fault", { type: 'string', pattern: '(?<' }, 'x', []],
    [
      'required, additionalProperties and nested paths',
      {
        type: 'object',
        required: ['a'],
        additionalProperties: false,
        properties: { a: { type: 'object', properties: { 'x/y': { type: 'number' } } } },
      },
      { a: { 'x/y': 'no' }, b: 1 },
      ['/a/x~1y must be a number', ' has the unexpected property "b"'],
    ],
    [
      'recursive references',
      { $ref: '#/components/schemas/Node' },
      { id: UUID, next: { id: 'nope' } },
      ['/next/id must be a valid uuid'],
    ],
    [
      'prefixItems then items',
      { type: 'array', prefixItems: [{ type: 'string' }], items: { type: 'number' } },
      ['a', 1, 'b'],
      ['/2 must be a number'],
    ],
    [
      'uniqueItems',
      { type: 'array', uniqueItems: true },
      [{ a: 1 }, { a: 1 }],
      [' must not repeat items (item 1 repeats an earlier one)'],
    ],
    [
      'allOf collects from each member',
      { allOf: [{ required: ['a'] }, { required: ['b'] }] },
      {},
      [' is missing the required property "a"', ' is missing the required property "b"'],
    ],
    [
      'anyOf explains the alternative of the right type',
      { anyOf: [{ type: 'string', maxLength: 1 }, { type: 'null' }] },
      'ab',
      [' matches none of the 2 alternatives; the closest: value must be at most 1 character long'],
    ],
    [
      'oneOf matching twice',
      { oneOf: [{ type: 'number' }, { type: 'integer' }] },
      1,
      [' matches 2 of the 2 alternatives (oneOf), but must match exactly one'],
    ],
    ['not', { not: { type: 'string' } }, 'x', [' matches a schema it must not match (not)']],
    [
      'if / then',
      // biome-ignore lint/suspicious/noThenProperty: `then` is a JSON Schema keyword here.
      { if: { properties: { kind: { const: 'a' } } }, then: { required: ['a'] } },
      { kind: 'a' },
      [' is missing the required property "a"'],
    ],
    [
      'dependentRequired',
      { dependentRequired: { card: ['cvc'] } },
      { card: '1' },
      [' has "card", so it must also have "cvc"'],
    ],
    ['false schema', { properties: { gone: false } }, { gone: 1 }, ['/gone is not allowed here']],
    [
      'unevaluatedProperties is not checked (never a false finding)',
      { unevaluatedProperties: false },
      { a: 1 },
      [],
    ],
  ])('%s', (_name, schema, value, want) => {
    expect(
      checker.problems(value, schema, 'any').map((problem) => `${problem.path} ${problem.message}`),
    ).toEqual(want);
    expect(checker.matches(value, schema, 'any')).toBe(want.length === 0);
  });

  it.each([
    ['request: readOnly is not required', 'request', { password: 'p' }, []],
    ['response: writeOnly is not required', 'response', { id: '1' }, []],
    [
      'request: writeOnly is required',
      'request',
      { id: '1' },
      [' is missing the required property "password"'],
    ],
  ] as const)('%s', (_name, direction, value, want) => {
    const problems = checker.problems(value, { $ref: '#/components/schemas/Secret' }, direction);
    expect(problems.map((problem) => `${problem.path} ${problem.message}`)).toEqual(want);
  });
});
