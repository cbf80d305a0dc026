import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSpec } from '../../src/load/index.js';
import { planSdk } from '../../src/sdk/plan.js';
import { generatorsRoot, typeCheckSdk } from './support.js';

const SHAPES = join(generatorsRoot, 'test', 'sdk', 'fixtures', 'shapes.yaml');
const EXAMPLE = join(generatorsRoot, '..', 'openapi', 'openapi.yaml');

/**
 * A module asserting, for every operation, that the types `sdk.ts` writes out in `OperationTypes`
 * are exactly what the runtime's generic views compute from `paths[path][method]`: the table is a
 * cheaper spelling of the same types, never a looser one.
 */
function equivalenceUsage(model: Awaited<ReturnType<typeof loadSpec>>['model']): string {
  const lines = planSdk(model).groups.flatMap((group) =>
    group.operations.flatMap((planned) => {
      const { name, path, method } = planned.operation;
      const op = `paths[${JSON.stringify(path)}][${JSON.stringify(method)}]`;
      const entry = (member: string) => `OperationTypes[${JSON.stringify(name)}][${JSON.stringify(member)}]`;
      const checks: [string, string][] = [];
      if (planned.args.some((arg) => arg.name === 'params')) checks.push(['params', `Params<${op}>`]);
      if (planned.body?.kind === 'json')
        checks.push(['body', `Body<${op}, ${JSON.stringify(planned.body.mediaType)}>`]);
      if (!planned.sse) {
        checks.push(['options', `Options<${op}>`], ['error', `OperationError<${op}>`]);
        if (planned.parseAs === 'json') checks.push(['data', `Data<${op}>`]);
      }
      return checks.map(([member, view]) => `same<${entry(member)}, ${view}>(true); // ${name}.${member}`);
    }),
  );
  return [
    "import type { Body, Data, OperationError, Options, Params } from '@specloom/sdk-runtime';",
    "import type { OperationTypes } from './generated/sdk.js';",
    "import type { paths } from './generated/types.js';",
    'type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;',
    'declare function same<A, B>(equal: Same<A, B>): void;',
    ...lines,
    '',
  ].join('\n');
}

describe.each([
  ['example', EXAMPLE],
  ['shapes', SHAPES],
])('OperationTypes of the %s spec', (name, path) => {
  it('equal the runtime views of every operation', { timeout: 120_000 }, async () => {
    const { model } = await loadSpec(path);
    const usage = equivalenceUsage(model);
    expect(usage).toContain('same<');
    expect(await typeCheckSdk(model, `${name}-equivalence`, usage)).toEqual([]);
  });
});
