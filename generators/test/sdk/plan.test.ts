import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/types.js';
import { loadSpec } from '../../src/load/index.js';
import { sdkTarget } from '../../src/sdk/index.js';
import { planSdk } from '../../src/sdk/plan.js';
import { emitSdk, generatorsRoot, typeCheckSdk } from './support.js';

const SHAPES = join(generatorsRoot, 'test', 'sdk', 'fixtures', 'shapes.yaml');
const EXAMPLE = join(generatorsRoot, '..', 'openapi', 'openapi.yaml');
const GOLDEN = join(generatorsRoot, 'test', 'sdk', '__golden__');

async function plannedOperations(path: string) {
  const { model } = await loadSpec(path);
  const plan = planSdk(model);
  return {
    plan,
    byId: new Map(
      plan.groups.flatMap((group) =>
        group.operations.map((planned) => [planned.operation.operationId, planned]),
      ),
    ),
  };
}

describe('the SDK plan, read from shapes rather than names', () => {
  it('groups by tag, renames reserved group names and collects untagged operations', async () => {
    const { plan } = await plannedOperations(SHAPES);
    expect(plan.groups.map((group) => [group.key, group.interfaceName])).toEqual([
      ['sessionApi', 'SessionApi'],
      ['files', 'FilesApi'],
      ['operations', 'OperationsApi'],
    ]);
  });

  it.each([
    [
      'a page whose items and next token come from allOf members',
      'listFiles',
      { cursorParam: 'page_token', nextField: 'next_page_token', itemsField: 'files' },
    ],
    ['a response with two arrays', 'listPairs', undefined],
  ])('detects pagination for %s', async (_name, operationId, want) => {
    const { byId } = await plannedOperations(SHAPES);
    expect(byId.get(operationId)?.pagination).toEqual(want);
  });

  it('finds the refresh operation and the calls that issue tokens', async () => {
    const { plan, byId } = await plannedOperations(SHAPES);
    expect(plan.refresh).toEqual({ operationId: 'refreshToken', tokenField: 'access_token' });
    expect([byId.get('signIn')?.tokenField, byId.get('signIn')?.credentials]).toEqual(['access_token', true]);
    expect(byId.get('listFiles')?.credentials).toBe(false);
  });

  it('marks binary multipart fields, including arrays of files', async () => {
    const { byId } = await plannedOperations(SHAPES);
    expect(byId.get('uploadFile')?.body).toEqual({
      mediaType: 'multipart/form-data',
      kind: 'multipart',
      binaryFields: ['content', 'extra'],
    });
  });

  it.each([
    ['readFileText', 'text'],
    ['followFeed', 'stream'],
    ['listFiles', 'json'],
    ['uploadFile', 'json'],
  ])('reads the success body of %s as %s', async (operationId, want) => {
    const { byId } = await plannedOperations(SHAPES);
    expect(byId.get(operationId)?.parseAs).toBe(want);
  });

  it('types plain-text event data as strings and makes options required for a required header', async () => {
    const { byId } = await plannedOperations(SHAPES);
    expect(byId.get('followFeed')?.sse).toEqual({ json: false });
    expect(byId.get('listFiles')?.args).toEqual([
      { name: 'params', optional: false },
      { name: 'options', optional: false },
    ]);
  });

  it('uses x-sse-data and the Idempotency-Key header of the example spec', async () => {
    const { byId } = await plannedOperations(EXAMPLE);
    expect(byId.get('streamProjectEvents')?.sse).toEqual({ json: true, dataSchema: 'ProjectEvent' });
    expect(byId.get('createTask')?.idempotencyHeader).toBe('Idempotency-Key');
    expect(byId.get('refreshSession')?.credentials).toBe(true);
  });
});

describe.each([
  ['example', EXAMPLE],
  ['shapes', SHAPES],
])('sdk.ts for the %s spec', (name, path) => {
  it('matches the golden file and type-checks with the runtime', { timeout: 120_000 }, async () => {
    const { model } = await loadSpec(path);
    const contents = await emitSdk(model);
    await expect(contents).toMatchFileSnapshot(join(GOLDEN, `${name}.sdk.ts`));
    expect(await emitSdk(model)).toBe(contents);
    expect(await typeCheckSdk(model, name)).toEqual([]);
  });
});

describe('diagnostics', () => {
  it('warns, with a pointer, when a path and a query parameter share a name', async () => {
    const { model } = await loadSpec(SHAPES);
    const operation = model.operations.find((candidate) => candidate.operationId === 'readFileText');
    if (!operation) throw new Error('fixture lost readFileText');
    const clashing = {
      ...model,
      operations: [
        {
          ...operation,
          parameters: [
            ...operation.parameters,
            {
              ...operation.parameters[0],
              in: 'query',
              required: false,
              pointer: '#/x',
            } as (typeof operation.parameters)[number],
          ],
        },
      ],
    };
    const warnings: Diagnostic[] = [];
    await sdkTarget.emit({
      model: clashing,
      generatorVersion: 'test',
      options: {},
      warn: (diagnostic) => warnings.push(diagnostic),
    });
    expect(warnings.map((warning) => [warning.code, warning.pointer])).toEqual([
      ['SDK_PARAMETER_NAME_CLASH', '#/x'],
    ]);
    await sdkTarget.emit({
      model,
      generatorVersion: 'test',
      options: {},
      warn: (diagnostic) => warnings.push(diagnostic),
    });
    expect(warnings).toHaveLength(1);
  });

  it('rejects a malformed option with a clear message', async () => {
    const { model } = await loadSpec(SHAPES);
    expect(() =>
      sdkTarget.emit({
        model,
        generatorVersion: 'test',
        options: { refreshOperation: 3 },
        warn: () => undefined,
      }),
    ).toThrow(/option "refreshOperation" must be a non-empty string/);
  });
});
