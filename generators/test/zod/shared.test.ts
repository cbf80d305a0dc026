import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { loadSpec } from '../../src/load/index.js';
import { emitZod, generatorsRoot, importGenerated } from './helpers.js';

let source: string;
let schemas: Record<string, z.ZodType>;

beforeAll(async () => {
  const { model } = await loadSpec(join(generatorsRoot, 'test', 'zod', 'fixtures', 'repeated.yaml'));
  const { files } = await emitZod(model);
  source = files.get('zod/schemas.ts') ?? '';
  schemas = await importGenerated<Record<string, z.ZodType>>(files, 'zod/schemas.ts');
});

const count = (text: string, part: string) => text.split(part).length - 1;

describe('repeated inline subschemas', () => {
  it('are emitted once, as a const that every copy names', () => {
    expect(count(source, 'const sharedOwner = z.object(')).toBe(1);
    expect(source).toMatch(/owner: sharedOwner\b/);
    expect(source).toMatch(/author: sharedOwner\.optional\(\)/);
    expect(count(source, 'site_admin: z.boolean()')).toBe(1);
  });

  it.each([
    ['Issue', { owner: { login: 'octocat', id: 1 } }, true],
    ['Issue', { owner: { login: 'octocat', id: 0 } }, false],
    ['Issue', { owner: { login: 'octocat' } }, false],
    ['PullRequest', { author: { login: 'octocat', id: 2, site_admin: false } }, true],
    ['PullRequest', { author: { login: 'octocat', id: 2, site_admin: 'no' } }, false],
  ])('still validate every copy: %s %j accepted=%s', (name, value, accepted) => {
    expect(schemas[name]?.safeParse(value).success).toBe(accepted);
  });

  it('are shared per side when the request form differs (defaults applied)', () => {
    expect(count(source, 'const sharedPreferences = z.object(')).toBe(1);
    expect(count(source, 'const sharedPreferences2 = z.object(')).toBe(1);
    expect(schemas.SettingsRequest?.parse({ mine: {}, theirs: { theme: 'dark' } })).toEqual({
      mine: { notify: true },
      theirs: { notify: true, theme: 'dark' },
    });
    expect(schemas.Settings?.parse({ mine: {}, theirs: {} })).toEqual({ mine: {}, theirs: {} });
  });

  it('are kept in place when they reach into a reference cycle (the reference is lazy only there)', () => {
    expect(source).not.toMatch(/const shared\w* = z\.object\(\{\s*node:/);
    expect(count(source, 'node: z.lazy((): z.core.$ZodType<Node> => Node)')).toBe(2);
    expect(schemas.Node?.safeParse({ child: { node: { sibling: { node: { value: 'x' } } } } }).success).toBe(
      true,
    );
  });
});
