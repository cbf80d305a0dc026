import { describe, expect, it } from 'vitest';
import { resolveTargets, TargetResolutionError } from '../../src/generate/resolve-targets.js';
import { TARGET_NAMES } from '../../src/generate/target-names.js';
import { TARGETS } from '../../src/targets/registry.js';
import { fakeTarget, registryOf } from './fake-targets.js';

const registry = registryOf(
  fakeTarget('types', []),
  fakeTarget('zod', []),
  fakeTarget('server', [], ['zod', 'types']),
  fakeTarget('sdk', [], ['types']),
);

describe('resolveTargets', () => {
  it.each([
    ['runs a target alone when it depends on nothing', ['zod'], ['zod']],
    ['adds the targets a target depends on, first', ['server'], ['types', 'zod', 'server']],
    [
      'keeps registry order whatever order they were asked in',
      ['sdk', 'zod', 'types'],
      ['types', 'zod', 'sdk'],
    ],
    ['runs a shared dependency once', ['server', 'sdk'], ['types', 'zod', 'server', 'sdk']],
    ['ignores repeated names', ['types', 'types'], ['types']],
  ])('%s', (_name, given, want) => {
    expect(resolveTargets(given, registry).map((target) => target.name)).toEqual(want);
  });

  it('rejects an unknown name and lists the known ones', () => {
    expect(() => resolveTargets(['typez'], registry)).toThrow(
      new TargetResolutionError('Unknown target "typez". Known targets: types, zod, server, sdk.'),
    );
  });

  it('rejects a dependency that is not registered, naming who needs it', () => {
    expect(() => resolveTargets(['x'], registryOf(fakeTarget('x', [], ['y'])))).toThrow(
      /Unknown target "y" \(a dependency of "x"\)/,
    );
  });

  it('rejects a dependency cycle', () => {
    expect(() =>
      resolveTargets(['a'], registryOf(fakeTarget('a', [], ['b']), fakeTarget('b', [], ['a']))),
    ).toThrow(/cycle/);
  });

  it('registers every target under its own name, in the order TARGET_NAMES lists them', () => {
    expect([...TARGETS.entries()].map(([key, target]) => [key, target.name])).toEqual(
      TARGET_NAMES.map((name) => [name, name]),
    );
  });
});
