import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { loadSpec } from '../../src/load/index.js';
import { emitZod, generatorsRoot, importGenerated } from './helpers.js';

type Operation = {
  request?: Partial<Record<'path' | 'query' | 'headers' | 'cookies', z.ZodType>> & {
    body?: Record<string, z.ZodType>;
  };
  responses: Record<string, Record<string, z.ZodType>>;
};
type Operations = Record<string, Operation>;

let operations: Operations;

beforeAll(async () => {
  const { model } = await loadSpec(join(generatorsRoot, 'test', 'zod', 'fixtures', 'rich.yaml'));
  const { files } = await emitZod(model);
  operations = await importGenerated<Operations>(files, 'zod/operations.ts');
});

function part(operation: string, key: 'path' | 'query' | 'headers' | 'cookies'): z.ZodType {
  const schema = operations[operation]?.request?.[key];
  if (!schema) throw new Error(`${operation} has no ${key} schema`);
  return schema;
}

describe('operation request schemas', () => {
  it.each([
    ['integers and booleans from text', { limit: '5', archived: 'false' }, { limit: 5, archived: false }],
    ['a default for a missing optional parameter', {}, { limit: 20 }],
    ['a comma-separated value for explode: false', { tags: 'a,b' }, { limit: 20, tags: ['a', 'b'] }],
    ['repeated keys for an exploded array', { ids: ['1', '2'] }, { limit: 20, ids: [1, 2] }],
    ['a single value for an exploded array as one element', { ids: '3' }, { limit: 20, ids: [3] }],
    ['a component enum parameter', { sort: 'asc' }, { limit: 20, sort: 'asc' }],
  ])('coerce query %s', (_name, given, want) => {
    expect(part('listItems', 'query').parse(given)).toEqual(want);
  });

  it.each([
    ['a non-numeric integer', { limit: 'ten' }],
    ['an integer out of range', { limit: '500' }],
    ['a number in non-JSON notation', { limit: '0x10' }],
    ['an empty integer', { limit: '' }],
    ['a boolean other than true/false', { archived: 'yes' }],
    ['too many array items', { tags: 'a,b,c,d,e,f' }],
    ['an array item of the wrong type', { ids: ['1', 'x'] }],
    ['a value outside the enum', { sort: 'up' }],
  ])('reject query with %s', (_name, given) => {
    expect(part('listItems', 'query').safeParse(given).success).toBe(false);
  });

  it('reads headers by lower-cased name and ignores Accept, Content-Type and Authorization', () => {
    const headers = part('listItems', 'headers');
    expect(
      headers.parse({ 'x-request-id': '0b0cbd9e-22aa-4e53-8ed4-000000000000', accept: 'text/html' }),
    ).toEqual({
      'x-request-id': '0b0cbd9e-22aa-4e53-8ed4-000000000000',
    });
    expect(headers.safeParse({ 'X-Request-Id': '0b0cbd9e-22aa-4e53-8ed4-000000000000' }).success).toBe(false);
  });

  it('coerces path parameters and splits simple-style arrays on commas', () => {
    expect(part('downloadItemFile', 'path').parse({ itemId: '7', parts: 'a,b' })).toEqual({
      itemId: 7,
      parts: ['a', 'b'],
    });
    expect(part('getItem', 'path').safeParse({ itemId: '7.5' }).success).toBe(false);
  });

  it('validates JSON bodies with the request form (readOnly left out, defaults applied)', () => {
    const body = operations.createItem?.request?.body?.['application/json'];
    expect(body?.parse({ id: 1, name: 'x', secret: 'password1' })).toEqual({
      name: 'x',
      secret: 'password1',
      status: 'draft',
    });
    expect(body?.safeParse({ name: 'x' }).success).toBe(false);
  });

  it('validates responses with the response form (writeOnly left out)', () => {
    const response = operations.getItem?.responses['200']?.['application/json'];
    expect(response?.parse({ id: 1, name: 'x', secret: 'leaked' })).toEqual({ id: 1, name: 'x' });
    expect(response?.safeParse({ name: 'x' }).success).toBe(false);
  });

  it('accepts multipart bodies whose file parts travel outside the parsed body', () => {
    const body = operations.createItem?.request?.body?.['multipart/form-data'];
    expect(body?.parse({ caption: 'hi' })).toEqual({ caption: 'hi' });
  });

  it('lists responses without content as empty media maps and binary payloads as unknown', () => {
    expect(operations.z?.responses['204']).toEqual({});
    expect(
      operations.downloadItemFile?.responses['200']?.['application/octet-stream']?.safeParse(
        new Uint8Array([1]),
      ).success,
    ).toBe(true);
    expect(
      operations.uploadItemFile?.request?.body?.['application/octet-stream']?.safeParse(undefined).success,
    ).toBe(true);
  });
});
