import { defineConfig } from 'specloom/config';

/** specloom's settings for the example task-board API in this repository. */
export default defineConfig({
  spec: 'openapi/openapi.yaml',
  // The house rules: correctness plus style (problem+json errors, camelCase operationIds, 401 on
  // secured operations, one pagination shape). Specs without a config get specloom:recommended.
  lint: { extends: 'specloom:strict' },
  generate: [
    // The example backend: types, request validators, and the Express router with typed handler contracts.
    { out: 'server/src/generated', targets: ['types', 'zod', 'server'] },
    // The publishable SDK: types, response validators (opt-in at runtime), and the operation-named facade.
    { out: 'client-sdk/src/generated', targets: ['types', 'zod', 'sdk'] },
    // The example web app: TanStack Query options over the published SDK package.
    {
      out: 'web/src/generated',
      targets: ['query'],
      options: { query: { sdkImport: '@specloom/taskboard-sdk' } },
    },
  ],
  // Service stubs for new tags are scaffolded once into server/src/<tag>/ and then belong to the team.
  scaffold: { dir: 'server/src' },
});
