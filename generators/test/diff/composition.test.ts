import { describe, expect, it } from 'vitest';
import { diffDocuments, ruleIds, specWith } from './helpers.js';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const str = { type: 'string' };
const cat = {
  type: 'object',
  properties: { kind: { const: 'cat' }, meows: { type: 'boolean' } },
  required: ['kind'],
};
const dog = {
  type: 'object',
  properties: { kind: { const: 'dog' }, barks: { type: 'boolean' } },
  required: ['kind'],
};
const tree = (name: string) => ({
  type: 'object',
  properties: { label: str, children: { type: 'array', items: ref(name) } },
  required: ['label'],
});

/** [case, base spec, head spec, expected `id:class` list]; both request and response placements are checked. */
type Case = [string, Parameters<typeof specWith>[0], Parameters<typeof specWith>[0], string[]];

const noChangeCases: Case[] = [
  [
    'a component renamed with the same content',
    { response: ref('Pet'), schemas: { Pet: cat } },
    { response: ref('Animal'), schemas: { Animal: cat } },
    [],
  ],
  [
    'a $ref replaced by its inline content',
    { response: ref('Pet'), schemas: { Pet: cat } },
    { response: cat },
    [],
  ],
  [
    'oneOf alternatives reordered',
    { response: { oneOf: [cat, dog] } },
    { response: { oneOf: [dog, cat] } },
    [],
  ],
  [
    'a oneOf alternative moved into a component',
    { response: { oneOf: [cat, dog] } },
    { response: { oneOf: [ref('Cat'), dog] }, schemas: { Cat: cat } },
    [],
  ],
  [
    'shared properties extracted into an allOf base',
    { response: { type: 'object', properties: { id: str, name: str }, required: ['id', 'name'] } },
    {
      response: { allOf: [ref('Base'), { type: 'object', properties: { name: str }, required: ['name'] }] },
      schemas: { Base: { type: 'object', properties: { id: str }, required: ['id'] } },
    },
    [],
  ],
  [
    'a recursive component renamed',
    { response: ref('Node'), schemas: { Node: tree('Node') } },
    { response: ref('Tree'), schemas: { Tree: tree('Tree') } },
    [],
  ],
  [
    'only descriptions and examples changed',
    { response: { type: 'string', description: 'a' } },
    { response: { type: 'string', description: 'b', examples: ['x'] } },
    [],
  ],
];

describe('semantically equal specs', () => {
  it.each(noChangeCases)('reports nothing when %s', (_name, base, head) => {
    expect(diffDocuments(specWith(base), specWith(head))).toEqual([]);
    const asRequest = (side: Parameters<typeof specWith>[0]) => ({ ...side, request: side.response });
    expect(diffDocuments(specWith(asRequest(base)), specWith(asRequest(head)))).toEqual([]);
  });
});

describe('composition changes without false positives', () => {
  it.each<Case>([
    [
      'a schema becomes one of two alternatives, in a response',
      { response: cat },
      { response: { oneOf: [cat, dog] } },
      ['response-variant-added:breaking'],
    ],
    [
      'a schema becomes one of two alternatives, in a request',
      { request: cat },
      { request: { oneOf: [cat, dog] } },
      ['request-variant-added:non-breaking'],
    ],
    [
      'oneOf narrows to one schema, in a request',
      { request: { oneOf: [cat, dog] } },
      { request: cat },
      ['request-variant-removed:breaking'],
    ],
    [
      'one discriminated alternative gains a property',
      { response: { oneOf: [cat, dog] } },
      {
        response: { oneOf: [dog, { ...cat, properties: { ...cat.properties, purrs: { type: 'boolean' } } }] },
      },
      ['response-property-added:non-breaking'],
    ],
    [
      'an anyOf alternative is edited and reordered',
      { request: { anyOf: [cat, dog] } },
      { request: { anyOf: [dog, { ...cat, required: ['kind', 'meows'] }] } },
      ['request-property-became-required:breaking'],
    ],
    [
      'properties beside a oneOf apply to every alternative',
      { request: { type: 'object', properties: { id: str }, oneOf: [cat, dog] } },
      { request: { type: 'object', properties: { id: str }, required: ['id'], oneOf: [cat, dog] } },
      ['request-property-became-required:breaking'],
    ],
    [
      'an alternative is replaced by an unrelated one and another is edited',
      {
        response: {
          oneOf: [
            { type: 'object', properties: { a: str, b: str, c: str } },
            { type: 'object', properties: { x: str, y: str } },
          ],
        },
      },
      {
        response: {
          oneOf: [
            { type: 'object', properties: { p: str, q: str } },
            { type: 'object', properties: { a: str, b: str, c: str, d: str } },
          ],
        },
      },
      [
        'response-property-added:non-breaking',
        'response-variant-added:breaking',
        'response-variant-removed:non-breaking',
      ],
    ],
    [
      'a recursive schema changes deep inside',
      { response: ref('Node'), schemas: { Node: tree('Node') } },
      { response: ref('Node'), schemas: { Node: { ...tree('Node'), required: [] } } },
      ['response-property-became-optional:breaking'],
    ],
    [
      'a required property with a default is added to a response',
      { response: { type: 'object', properties: { a: str } } },
      {
        response: {
          type: 'object',
          properties: { a: str, b: { type: 'string', default: 'x' } },
          required: ['b'],
        },
      },
      ['response-property-added:non-breaking'],
    ],
    [
      'a property added through allOf to a request',
      { request: { allOf: [ref('Base')] }, schemas: { Base: { type: 'object', properties: { id: str } } } },
      {
        request: { allOf: [ref('Base'), { type: 'object', properties: { note: str }, required: ['note'] }] },
        schemas: { Base: { type: 'object', properties: { id: str } } },
      },
      ['request-property-required-added:breaking'],
    ],
  ])('%s', (_name, base, head, expected) => {
    expect(ruleIds(diffDocuments(specWith(base), specWith(head)))).toEqual(expected);
  });
});
