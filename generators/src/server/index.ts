/**
 * The `server` target: Express 5 routing with typed handler contracts.
 *
 * Output (relative to the output folder): `server/handlers.ts` (types only),
 * `server/router.ts` (`createRouter`, `operationIndex`), the spec-independent
 * runtime (`server/runtime.ts` and the engine files), `server/openapi-validator.ts`,
 * and per tag a scaffold-once `<tag>/<tag>.service.ts`.
 */
import type { GeneratedFile, Target } from '../targets/types.js';
import { emitHandlers } from './emit-handlers.js';
import { emitRouter } from './emit-router.js';
import { emitScaffold } from './emit-scaffold.js';
import { readServerOptions } from './options.js';
import { planServer } from './plan.js';
import { RUNTIME_FILES, templateSource, VALIDATOR_FILE } from './templates.js';

export const serverTarget: Target = {
  name: 'server',
  description: 'Express 5 router with typed handler contracts, request validation and scaffold-once services',
  dependsOn: ['types', 'zod'],
  packages: (raw) => [
    { name: 'express', range: '^5.1.0', dev: false },
    ...(readServerOptions(raw).openApiValidator
      ? [{ name: 'express-openapi-validator', range: '^5.6.0', dev: false }]
      : []),
    { name: '@types/express', range: '^5.0.3', dev: true },
    { name: '@types/node', range: '>=20', dev: true },
  ],
  emit(context) {
    const options = readServerOptions(context.options);
    const plan = planServer(context.model);
    const runtime = [...RUNTIME_FILES, ...(options.openApiValidator ? [VALIDATOR_FILE] : [])];
    const files: GeneratedFile[] = [
      { path: 'server/handlers.ts', contents: emitHandlers(plan, options.imports) },
      { path: 'server/router.ts', contents: emitRouter(plan, options) },
      ...runtime.map((name) => ({ path: `server/${name}`, contents: templateSource(name) })),
      ...plan.groups.map((group) => ({
        path: `${group.fileStem}/${group.fileStem}.service.ts`,
        contents: emitScaffold(group, options.scaffoldImport),
        scaffold: true,
      })),
    ];
    return files;
  },
};
