import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/model/normalize.js';
import { runtimeImportFor } from '../../src/server/emit-scaffold.js';
import { serverTarget } from '../../src/server/index.js';
import { planServer } from '../../src/server/plan.js';
import type { GeneratedFile } from '../../src/targets/types.js';

const document = {
  openapi: '3.1.0',
  info: { title: 'Tiny', version: '1' },
  tags: [{ name: 'Second' }, { name: 'first' }],
  security: [{ key: [] }],
  paths: {
    '/b': { get: { operationId: 'listB', tags: ['first'], responses: { '200': { description: 'ok' } } } },
    '/a/{id}': {
      get: { tags: ['Second', 'first'], responses: { '204': { description: 'ok' } } },
      delete: { operationId: 'removeA', security: [], responses: { '204': { description: 'ok' } } },
    },
  },
  components: {
    securitySchemes: {
      key: { type: 'apiKey', in: 'header', name: 'X-Key' },
      unused: { type: 'http', scheme: 'bearer' },
    },
  },
};

async function emit(options: Record<string, unknown> = {}): Promise<GeneratedFile[]> {
  const model = normalize(document);
  return serverTarget.emit({ model, generatorVersion: 'test', options, warn: () => {} });
}

describe('serverTarget', () => {
  it('declares its name and the targets it imports', () => {
    expect(serverTarget.name).toBe('server');
    expect(serverTarget.dependsOn).toEqual(['types', 'zod']);
  });

  it('emits the contract, the router, the runtime and one scaffold per tag', async () => {
    const files = await emit();
    expect(files.map((file) => [file.path, file.scaffold === true])).toEqual([
      ['server/handlers.ts', false],
      ['server/router.ts', false],
      ['server/runtime.ts', false],
      ['server/issues.ts', false],
      ['server/descriptors.ts', false],
      ['server/params.ts', false],
      ['server/body.ts', false],
      ['server/security.ts', false],
      ['server/send.ts', false],
      ['server/accept.ts', false],
      ['server/documented-status.ts', false],
      ['server/input.ts', false],
      ['server/engine.ts', false],
      ['server/problem.ts', false],
      ['server/openapi-validator.ts', false],
      ['second/second.service.ts', true],
      ['first/first.service.ts', true],
      ['default/default.service.ts', true],
    ]);
  });

  it('is deterministic', async () => {
    expect(await emit()).toEqual(await emit());
  });

  it('groups by first tag in declaration order, untagged operations last under `default`', () => {
    const plan = planServer(normalize(document));
    expect(
      plan.groups.map((group) => [
        group.key,
        group.interfaceName,
        group.operations.map((op) => op.operation.name),
      ]),
    ).toEqual([
      ['second', 'SecondHandlers', ['getAId']],
      ['first', 'FirstHandlers', ['listB']],
      ['default', 'DefaultHandlers', ['removeA']],
    ]);
  });

  it('asks only for the security schemes operations use', async () => {
    const router = (await emit()).find((file) => file.path === 'server/router.ts')?.contents ?? '';
    expect(router).toMatch(
      /export interface SecurityChecks<TAuth> \{[^}]*key: SecurityCheck<TAuth, Request>;[^}]*\}/s,
    );
    expect(router).not.toMatch(/unused: SecurityCheck/);
  });

  it('imports the generated handlers from the configured scaffold path', async () => {
    const files = await emit({ scaffoldImport: '../../gen/server/handlers.js' });
    const scaffold = files.find((file) => file.path === 'first/first.service.ts')?.contents ?? '';
    expect(scaffold).toContain('from "../../gen/server/handlers.js"');
    expect(scaffold).toContain('import { NotImplementedError } from "../../gen/server/runtime.js"');
    expect(scaffold).toContain('export class FirstService<TAuth = unknown> implements FirstHandlers<TAuth>');
    expect(scaffold).toContain('throw new NotImplementedError("listB")');
  });

  it('leaves the express-openapi-validator engine out when asked to', async () => {
    const files = await emit({ openApiValidator: false });
    expect(files.some((file) => file.path === 'server/openapi-validator.ts')).toBe(false);
    expect(files.find((file) => file.path === 'server/router.ts')?.contents).not.toContain(
      'openapi-validator',
    );
  });

  it.each([
    [{ scaffoldImport: 3 }, /scaffoldImport/],
    [{ typesImport: '' }, /typesImport/],
    [{ openApiValidator: 'yes' }, /openApiValidator/],
  ])('rejects the option %j', async (options, message) => {
    await expect(emit(options)).rejects.toThrow(message);
  });

  it.each([
    ['../generated/server/handlers.js', '../generated/server/runtime.js'],
    ['@app/generated/server/handlers', '@app/generated/server/runtime'],
    ['./handlers.ts', './runtime.ts'],
  ])('derives the runtime import from %s', (handlers, runtime) => {
    expect(runtimeImportFor(handlers)).toBe(runtime);
  });
});
