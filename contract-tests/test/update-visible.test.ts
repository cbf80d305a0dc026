import { describe, expect, it } from 'vitest';
import { normalize } from '../src/specloom.js';
import { createNotVisible, updateNotVisible } from '../src/stateful/compare.js';

describe('read after update', () => {
  it('when the read still shows an old scalar, then it is a finding', () => {
    const [finding] = updateNotVisible({ title: 'New' }, { title: 'Old' });
    expect(finding).toMatchObject({ check: 'ensure_update_applied', jsonPath: '$.title' });
  });

  it('when the update names a related thing the read embeds as an object, then it is not judged', () => {
    // A request schema taking `machine: "large"` and a response embedding `machine: {...}` (GitHub's codespaces).
    expect(updateNotVisible({ machine: 'large' }, { machine: { name: 'large', cpus: 4 } })).toEqual([]);
  });

  it('when a nullable member set to a value still reads null, then it is a finding', () => {
    expect(updateNotVisible({ note: 'x' }, { note: null })).toHaveLength(1);
  });

  it('when the update sends logins and the read embeds user objects, then it is not judged', () => {
    // GitHub's campaigns: `managers: ["octocat"]` in, `managers: [{login: "octocat", ...}]` out.
    expect(updateNotVisible({ managers: ['octocat'] }, { managers: [{ login: 'someone', id: 1 }] })).toEqual(
      [],
    );
    expect(updateNotVisible({ tags: ['a'] }, { tags: ['b'] })).toHaveLength(1);
  });

  it('when a member inside a sent item reads as another kind, then only the comparable members count', () => {
    const sent = { fields: [{ field_id: 7, value: ['x'] }] };
    expect(updateNotVisible(sent, { fields: [{ field_id: 7, value: 'x-as-text' }] })).toEqual([]);
    expect(updateNotVisible(sent, { fields: [{ field_id: 8, value: 'x-as-text' }] })).toHaveLength(1);
  });

  it("when the read's schema cannot hold the sent value, then it is not judged", () => {
    // A request enum wider than the response's (GitHub's budget_type: BundlePricing only in requests).
    const readable = (_name: string, value: unknown) => value !== 'BundlePricing';
    expect(updateNotVisible({ type: 'BundlePricing' }, { type: 'ProductPricing' }, readable)).toEqual([]);
    expect(updateNotVisible({ type: 'SkuPricing' }, { type: 'ProductPricing' }, readable)).toHaveLength(1);
  });
});

describe('read after create', () => {
  const spec = normalize({ openapi: '3.1.0', info: { title: 'T', version: '1' }, paths: {} });
  const schema = {
    type: 'object',
    properties: { kmsKeyId: { type: 'string' }, name: { type: 'string' } },
  } as const;

  it("when the read's schema cannot hold a sent value, then only that member is not judged", () => {
    // FinSpace: the create takes a key ARN, the read's pattern admits only key ids.
    const readable = (name: string) => name !== 'kmsKeyId';
    const sent = { kmsKeyId: 'arn:aws:kms:x', name: 'env' };
    expect(
      createNotVisible(spec, sent, {}, { kmsKeyId: 'KEY1', name: 'env' }, schema, 'id', readable),
    ).toEqual([]);
    const [finding] = createNotVisible(
      spec,
      sent,
      {},
      { kmsKeyId: 'KEY1', name: 'other' },
      schema,
      'id',
      readable,
    );
    expect(finding).toMatchObject({ check: 'ensure_create_applied', jsonPath: '$.name' });
  });
});
