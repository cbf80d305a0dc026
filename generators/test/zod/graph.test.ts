import { describe, expect, it } from 'vitest';
import type { JsonSchema, NamedSchema } from '../../src/model/types.js';
import { planDeclarations } from '../../src/zod/graph.js';

const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });
const named = (entries: Record<string, JsonSchema>): NamedSchema[] =>
  Object.entries(entries).map(([name, schema]) => ({
    name,
    identifier: name,
    schema,
    pointer: `#/components/schemas/${name}`,
  }));

describe('planDeclarations', () => {
  it('orders every declaration after the ones it references', () => {
    const plan = planDeclarations(named({ A: ref('B'), B: ref('C'), C: { type: 'string' } }));
    expect(plan.ordered.map((d) => d.identifier)).toEqual(['C', 'B', 'A']);
    expect(plan.ordered.every((d) => !d.cyclic)).toBe(true);
  });

  it('follows references under properties named like data keywords (examples, default, enum)', () => {
    const plan = planDeclarations(
      named({
        Status: {
          type: 'object',
          properties: {
            examples: { type: 'array', items: ref('Example') },
            default: ref('Fallback'),
            enum: ref('Choice'),
          },
          // A $ref inside example data is a value, not a reference.
          examples: [{ $ref: '#/components/schemas/Unrelated' }],
        },
        Example: { type: 'string' },
        Fallback: { type: 'string' },
        Choice: { type: 'string' },
        Unrelated: ref('Status'),
      }),
    );
    const order = plan.ordered.map((d) => d.identifier);
    for (const name of ['Example', 'Fallback', 'Choice'])
      expect(order.indexOf(name)).toBeLessThan(order.indexOf('Status'));
    expect(plan.ordered.every((d) => !d.cyclic)).toBe(true);
  });

  it('marks self references and reference cycles, and only those, as cyclic', () => {
    const plan = planDeclarations(
      named({
        Node: { type: 'object', properties: { next: ref('Node') } },
        Ping: { type: 'object', properties: { pong: ref('Pong') } },
        Pong: { type: 'object', properties: { ping: ref('Ping'), leaf: ref('Leaf') } },
        Leaf: { type: 'integer' },
      }),
    );
    const cyclic = Object.fromEntries(plan.ordered.map((d) => [d.identifier, d.cyclic]));
    expect(cyclic).toEqual({ Node: true, Ping: true, Pong: true, Leaf: false });
    const [ping, pong, leaf] = ['Ping', 'Pong', 'Leaf'].map((name) => plan.resolve(name, 'base'));
    expect(ping && pong && plan.sameCycle(ping, pong)).toBe(true);
    expect(pong && leaf && plan.sameCycle(pong, leaf)).toBe(false);
    expect(plan.ordered.indexOf(leaf as never)).toBeLessThan(plan.ordered.indexOf(pong as never));
  });

  it('adds request and response variants where readOnly, writeOnly or defaults reach, directly or through references', () => {
    const plan = planDeclarations(
      named({
        Owner: { type: 'object', properties: { holder: ref('User') } },
        Plain: { type: 'object', properties: { a: { type: 'string' } } },
        User: {
          type: 'object',
          properties: {
            id: { type: 'string', readOnly: true },
            password: { type: 'string', writeOnly: true },
          },
        },
        UserRequest: { type: 'object' },
      }),
    );
    expect(plan.ordered.map((d) => `${d.identifier}:${d.side}`).sort()).toEqual(
      [
        'Owner:base',
        'OwnerRequest:request',
        'OwnerResponse:response',
        'Plain:base',
        'User:base',
        'UserRequest2:request',
        'UserResponse:response',
        'UserRequest:base',
      ].sort(),
    );
    expect(plan.resolve('Plain', 'request')?.side).toBe('base');
    expect(plan.resolve('User', 'request')?.identifier).toBe('UserRequest2');
  });
});
