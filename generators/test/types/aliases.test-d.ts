import { describe, expectTypeOf, it } from 'vitest';
import type {
  _2faSettings,
  Class,
  CreateTaskBody,
  CreateTaskBody2,
  GetItemCookies,
  GetItemHeaders,
  GetItemPathParams,
  GetItemQuery,
  GetItemResponse4XX,
  GetItemResponse200,
  GetItemResponseDefault,
  Item,
  Item2,
  PostNoOperationIdBody,
  PostNoOperationIdResponse201,
} from './__golden__/odd-names.types.js';

describe('type aliases of the types target', () => {
  it('names component schemas, valid and unique whatever the spec calls them', () => {
    expectTypeOf<_2faSettings>().toEqualTypeOf<boolean>();
    expectTypeOf<Item>().toEqualTypeOf<string>();
    expectTypeOf<Item2>().toHaveProperty('id').toEqualTypeOf<string>();
    expectTypeOf<Class>().toEqualTypeOf<{ title?: string }>();
  });

  it('types parameters by location, with odd parameter names as string keys', () => {
    expectTypeOf<GetItemPathParams>().toEqualTypeOf<{ 'item-id': string }>();
    expectTypeOf<GetItemQuery>().toEqualTypeOf<{ 'fields[]'?: string[] }>();
    expectTypeOf<GetItemHeaders>().toEqualTypeOf<{ 'x-rate-limit'?: number }>();
    expectTypeOf<GetItemCookies>().toEqualTypeOf<{ session?: string }>();
  });

  it('types a response body as the union over its media types', () => {
    expectTypeOf<GetItemResponse200>().toEqualTypeOf<Item2 | string>();
    expectTypeOf<GetItemResponse4XX>().toEqualTypeOf<Class>();
    expectTypeOf<GetItemResponseDefault>().toEqualTypeOf<string>();
  });

  it('types request bodies, optional or not, and suffixes a name a component already took', () => {
    expectTypeOf<CreateTaskBody2>().toEqualTypeOf<CreateTaskBody>();
    expectTypeOf<PostNoOperationIdBody>().toEqualTypeOf<{ name?: string }>();
    expectTypeOf<PostNoOperationIdResponse201>().toEqualTypeOf<{ id?: number | null }>();
  });
});
