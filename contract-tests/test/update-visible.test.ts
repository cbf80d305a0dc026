import { describe, expect, it } from 'vitest';
import { updateNotVisible } from '../src/stateful/compare.js';

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
});
