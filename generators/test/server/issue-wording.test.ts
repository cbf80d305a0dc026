import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { issuePath, toValidationIssues } from '../../src/server/templates/issues.js';

/** The field errors the router reports for `value` against `schema` in the body. */
function bodyErrors(schema: z.ZodType, value: unknown) {
  const result = schema.safeParse(value);
  if (result.success) throw new Error('expected a failure');
  return toValidationIssues(result.error.issues, value, 'body');
}

describe('validation messages written for people', () => {
  it.each([
    [
      'a string over its maxLength',
      z.object({ title: z.string().max(200) }),
      { title: 'x'.repeat(201) },
      { path: '/title', message: 'must be at most 200 characters', code: 'too_big' },
    ],
    [
      'an empty string',
      z.object({ title: z.string().min(1) }),
      { title: '' },
      { path: '/title', message: 'must not be empty', code: 'too_small' },
    ],
    [
      'a missing field',
      z.object({ title: z.string() }),
      {},
      { path: '/title', message: 'is required', code: 'required' },
    ],
    [
      'a wrong type',
      z.object({ title: z.string() }),
      { title: 42 },
      { path: '/title', message: 'must be a string', code: 'invalid_type' },
    ],
    [
      'a non-integer',
      z.object({ n: z.number().int() }),
      { n: 1.5 },
      { path: '/n', message: 'must be a whole number', code: 'invalid_type' },
    ],
    [
      'a number over its maximum',
      z.object({ n: z.number().max(100) }),
      { n: 101 },
      { path: '/n', message: 'must be at most 100', code: 'too_big' },
    ],
    [
      'an exclusive minimum',
      z.object({ n: z.number().gt(0) }),
      { n: 0 },
      { path: '/n', message: 'must be greater than 0', code: 'too_small' },
    ],
    [
      'a bad enum value',
      z.object({ p: z.enum(['low', 'high']) }),
      { p: 'x' },
      { path: '/p', message: 'must be one of: low, high', code: 'invalid_value' },
    ],
    [
      'a wrong constant',
      z.object({ k: z.literal('task') }),
      { k: 'x' },
      { path: '/k', message: 'must be task', code: 'invalid_value' },
    ],
    [
      'a bad email',
      z.object({ e: z.email() }),
      { e: 'no' },
      { path: '/e', message: 'must be an email address', code: 'invalid_format' },
    ],
    [
      'a bad uuid',
      z.object({ id: z.uuid() }),
      { id: 'x' },
      { path: '/id', message: 'must be a UUID', code: 'invalid_format' },
    ],
    [
      'a pattern',
      z.object({ s: z.string().regex(/^a+$/) }),
      { s: 'b' },
      { path: '/s', message: 'must match the pattern ^a+$', code: 'invalid_format' },
    ],
    [
      'too many items',
      z.object({ l: z.array(z.string()).max(2) }),
      { l: ['a', 'b', 'c'] },
      { path: '/l', message: 'must have at most 2 items', code: 'too_big' },
    ],
    [
      'a nested item',
      z.object({ l: z.array(z.string().max(2)) }),
      { l: ['ok', 'long'] },
      { path: '/l/1', message: 'must be at most 2 characters', code: 'too_big' },
    ],
    [
      'a multiple',
      z.object({ m: z.number().multipleOf(5) }),
      { m: 7 },
      { path: '/m', message: 'must be a multiple of 5', code: 'not_multiple_of' },
    ],
    [
      'a union of types',
      z.object({ u: z.union([z.string(), z.number()]) }),
      { u: true },
      { path: '/u', message: 'must be a string or a number', code: 'invalid_union' },
    ],
    [
      'the whole body',
      z.object({ a: z.string() }),
      null,
      { path: '', message: 'must be an object', code: 'invalid_type' },
    ],
  ])('%s', (_name, schema, value, want) => {
    expect(bodyErrors(schema, value)).toEqual([want]);
  });

  it('names each unknown field where it is', () => {
    expect(bodyErrors(z.object({ a: z.string() }).strict(), { a: 'x', b: 1, c: 2 })).toEqual([
      { path: '/b', message: 'is not a known field', code: 'unrecognized_keys' },
      { path: '/c', message: 'is not a known field', code: 'unrecognized_keys' },
    ]);
  });

  it('keeps the message of a custom refinement', () => {
    const schema = z.object({ a: z.string().refine((value) => value !== 'x', 'must not be x') });
    expect(bodyErrors(schema, { a: 'x' })[0]?.message).toBe('must not be x');
  });

  it('never leaks zod wording', () => {
    const schema = z.object({ a: z.string().max(1), b: z.number(), c: z.enum(['x']) });
    const text = JSON.stringify(bodyErrors(schema, { a: 'long', b: 'x', c: 'y' }));
    expect(text).not.toMatch(/Too big|Invalid input|expected string|Invalid option/);
  });
});

describe('error paths as the problem format documents them', () => {
  it.each([
    ['body', ['title'], '/title'],
    ['body', ['labels', 0], '/labels/0'],
    ['body', ['a/b', 'c~d'], '/a~1b/c~0d'],
    ['body', [], ''],
    ['query', ['limit'], 'query/limit'],
    ['path', ['projectId'], 'path/projectId'],
    ['query', ['filter', 'status'], 'query/filter.status'],
  ] as const)('%s %j -> %j', (location, path, want) => {
    expect(issuePath(location, path)).toBe(want);
  });

  it('spells a header as the spec does', () => {
    expect(issuePath('header', ['if-match'], () => 'If-Match')).toBe('header/If-Match');
  });
});
