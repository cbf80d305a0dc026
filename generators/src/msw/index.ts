import { printFile } from '../print/index.js';
import type { Target } from '../targets/types.js';
import { GENERATOR_VERSION } from '../version.js';
import { handlersFile } from './handlers-file.js';
import { specFile } from './spec-file.js';

/** Files the msw target writes, relative to the output folder. */
export const MSW_FILES = { handlers: 'msw/handlers.ts', spec: 'msw/spec.ts' } as const;

/**
 * The `msw` target: MSW 2 handlers backed by specloom's mock engine (the one
 * behind `specloom mock`), so front-end unit tests and Storybook run against
 * a mock that keeps the spec, with no server. Needs `msw` and `specloom` in
 * the consuming project.
 */
export const mswTarget: Target = {
  name: 'msw',
  description:
    'MSW 2 handlers for every operation, answered by the same engine as `specloom mock` (stateless or stateful)',
  dependsOn: [],
  // Handlers run in tests and Storybook, so both are devDependencies; the engine is specloom's own.
  packages: [
    { name: 'msw', range: '^2.0.0', dev: true },
    { name: 'specloom', range: `~${GENERATOR_VERSION}`, dev: true },
  ],
  emit({ model }) {
    return [
      { path: MSW_FILES.handlers, contents: printFile(handlersFile(model)) },
      { path: MSW_FILES.spec, contents: specFile(model) },
    ];
  },
};
