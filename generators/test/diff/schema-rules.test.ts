import { describe, expect, it } from 'vitest';
import { DIFF_RULES } from '../../src/diff/rules.js';
import { diffDocuments, ruleIds, specWith } from './helpers.js';

const obj = (
  properties: Record<string, unknown>,
  required: string[] = [],
  extra: Record<string, unknown> = {},
) => ({
  type: 'object',
  properties,
  required,
  ...extra,
});
const str = { type: 'string' };

/** [rule id, base schema, head schema]: the same schema pair is placed in the request body and in the response. */
type Case = [string, unknown, unknown];

const requestCases: Case[] = [
  ['request-type-narrowed', obj({ a: { type: ['string', 'null'] } }), obj({ a: str })],
  ['request-type-widened', obj({ a: { type: 'integer' } }), obj({ a: { type: 'number' } })],
  [
    'request-enum-value-removed',
    obj({ a: { type: 'string', enum: ['x', 'y'] } }),
    obj({ a: { type: 'string', enum: ['x'] } }),
  ],
  [
    'request-enum-value-added',
    obj({ a: { type: 'string', enum: ['x'] } }),
    obj({ a: { type: 'string', enum: ['x', 'y'] } }),
  ],
  [
    'request-constraint-tightened',
    obj({ a: { type: 'string', maxLength: 10 } }),
    obj({ a: { type: 'string', maxLength: 5 } }),
  ],
  [
    'request-constraint-loosened',
    obj({ a: { type: 'integer', minimum: 5 } }),
    obj({ a: { type: 'integer', minimum: 1 } }),
  ],
  ['request-pattern-added', obj({ a: str }), obj({ a: { type: 'string', pattern: '^a' } })],
  [
    'request-pattern-changed',
    obj({ a: { type: 'string', pattern: '^a' } }),
    obj({ a: { type: 'string', pattern: '^b' } }),
  ],
  ['request-pattern-removed', obj({ a: { type: 'string', pattern: '^a' } }), obj({ a: str })],
  ['request-format-changed', obj({ a: str }), obj({ a: { type: 'string', format: 'uuid' } })],
  ['request-property-required-added', obj({ a: str }), obj({ a: str, b: str }, ['b'])],
  [
    'request-property-required-with-default-added',
    obj({ a: str }),
    obj({ a: str, b: { type: 'string', default: 'z' } }, ['b']),
  ],
  ['request-property-became-required', obj({ a: str }), obj({ a: str }, ['a'])],
  ['request-property-became-optional', obj({ a: str }, ['a']), obj({ a: str })],
  ['request-property-added', obj({ a: str }), obj({ a: str, b: str })],
  ['request-property-removed', obj({ a: str, b: str }), obj({ a: str })],
  [
    'request-property-removed-closed',
    obj({ a: str, b: str }, [], { additionalProperties: false }),
    obj({ a: str }, [], { additionalProperties: false }),
  ],
  [
    'request-additional-properties-restricted',
    obj({ a: str }),
    obj({ a: str }, [], { additionalProperties: false }),
  ],
  ['request-variant-removed', { oneOf: [str, { type: 'integer' }] }, { oneOf: [str] }],
  ['request-variant-added', { oneOf: [str] }, { oneOf: [str, { type: 'boolean' }] }],
];

const responseCases: Case[] = [
  ['response-type-widened', obj({ a: str }, ['a']), obj({ a: { type: ['string', 'null'] } }, ['a'])],
  ['response-type-narrowed', obj({ a: { type: 'number' } }, ['a']), obj({ a: { type: 'integer' } }, ['a'])],
  [
    'response-enum-value-added',
    obj({ a: { type: 'string', enum: ['x'] } }),
    obj({ a: { type: 'string', enum: ['x', 'y'] } }),
  ],
  [
    'response-enum-value-removed',
    obj({ a: { type: 'string', enum: ['x', 'y'] } }),
    obj({ a: { type: 'string', enum: ['x'] } }),
  ],
  [
    'response-constraint-loosened',
    obj({ a: { type: 'string', maxLength: 5 } }),
    obj({ a: { type: 'string', maxLength: 10 } }),
  ],
  [
    'response-constraint-tightened',
    obj({ a: { type: 'array', items: str } }),
    obj({ a: { type: 'array', items: str, maxItems: 3 } }),
  ],
  ['response-pattern-changed', obj({ a: { type: 'string', pattern: '^a' } }), obj({ a: str })],
  ['response-pattern-added', obj({ a: str }), obj({ a: { type: 'string', pattern: '^a' } })],
  ['response-format-changed', obj({ a: { type: 'string', format: 'date-time' } }), obj({ a: str })],
  ['response-property-removed', obj({ a: str, b: str }, ['a', 'b']), obj({ a: str }, ['a'])],
  ['response-property-became-optional', obj({ a: str }, ['a']), obj({ a: str })],
  ['response-property-became-required', obj({ a: str }), obj({ a: str }, ['a'])],
  ['response-property-added', obj({ a: str }), obj({ a: str, b: str })],
  [
    'response-additional-properties-allowed',
    obj({ a: str }, [], { additionalProperties: false }),
    obj({ a: str }),
  ],
  ['response-variant-added', { oneOf: [str] }, { oneOf: [str, { type: 'integer' }] }],
  ['response-variant-removed', { oneOf: [str, { type: 'integer' }] }, { oneOf: [str] }],
];

describe('schema rules in the request direction', () => {
  it.each(requestCases)('reports %s for a request body', (id, base, head) => {
    const changes = diffDocuments(specWith({ request: base }), specWith({ request: head }));
    expect(ruleIds(changes)).toEqual([`${id}:${DIFF_RULES[id as keyof typeof DIFF_RULES].class}`]);
    expect(changes[0]?.direction).toBe('request');
    expect(changes[0]?.operation).toBe('POST /items');
    expect(changes[0]?.base?.pointer).toMatch(/^#\/paths\/~1items\/post\/requestBody/);
    expect(changes[0]?.head?.pointer).toMatch(/^#\/paths\/~1items\/post\/requestBody/);
  });
});

describe('schema rules in the response direction', () => {
  it.each(responseCases)('reports %s for a 200 response', (id, base, head) => {
    const changes = diffDocuments(specWith({ response: base }), specWith({ response: head }));
    expect(ruleIds(changes)).toEqual([`${id}:${DIFF_RULES[id as keyof typeof DIFF_RULES].class}`]);
    expect(changes[0]?.direction).toBe('response');
  });
});

describe('one schema change read in both directions', () => {
  it.each([
    ['a property becomes required', obj({ a: str }), obj({ a: str }, ['a']), 'breaking', 'non-breaking'],
    [
      'an enum value is added',
      { type: 'string', enum: ['x'] },
      { type: 'string', enum: ['x', 'y'] },
      'non-breaking',
      'breaking',
    ],
    [
      'an enum value is removed',
      { type: 'string', enum: ['x', 'y'] },
      { type: 'string', enum: ['x'] },
      'breaking',
      'non-breaking',
    ],
    ['null is allowed', str, { type: ['string', 'null'] }, 'non-breaking', 'breaking'],
    [
      'a bound is tightened',
      { type: 'string', maxLength: 9 },
      { type: 'string', maxLength: 3 },
      'breaking',
      'non-breaking',
    ],
  ])('when %s: request %s, response %s', (_name, base, head, requestClass, responseClass) => {
    const inRequest = diffDocuments(specWith({ request: base }), specWith({ request: head }));
    const inResponse = diffDocuments(specWith({ response: base }), specWith({ response: head }));
    expect(inRequest.map((change) => change.class)).toEqual([requestClass]);
    expect(inResponse.map((change) => change.class)).toEqual([responseClass]);
  });
});

describe('every schema rule has a test case', () => {
  it('covers each request-/response- schema rule in the tables above or the operation tests', () => {
    const tested = new Set([...requestCases, ...responseCases].map(([id]) => id));
    const operationLevel = new Set([
      'request-parameter-added',
      'request-parameter-required-added',
      'request-parameter-required-with-default-added',
      'request-parameter-removed',
      'request-parameter-became-required',
      'request-parameter-became-optional',
      'request-parameter-moved',
      'request-body-added-required',
      'request-body-added',
      'request-body-removed',
      'request-body-became-required',
      'request-body-became-optional',
      'request-media-type-removed',
      'request-media-type-added',
      'response-status-removed',
      'response-status-added',
      'response-media-type-removed',
      'response-media-type-added',
      'response-header-removed',
      'response-header-became-optional',
      'response-header-added',
    ]);
    const untested = Object.keys(DIFF_RULES).filter(
      (id) => /^(request|response)-/.test(id) && !tested.has(id) && !operationLevel.has(id),
    );
    expect(untested).toEqual([]);
  });
});
