/**
 * The `query` target: TanStack Query v5 options per operation over the `sdk`
 * target's client — typed query keys that carry the data type, cursor
 * pagination as infinite queries, invalidation after mutations derived from
 * paths and tags, optimistic updates with If-Match, and an event-stream
 * bridge into the cache. Framework-neutral: the files import only
 * `@tanstack/query-core` and the SDK, so every TanStack adapter can use them.
 */

import { SDK_RUNTIME_PACKAGE, SDK_RUNTIME_RANGE } from '../targets/package-needs.js';
import type { EmitContext, GeneratedFile, Target } from '../targets/types.js';
import { planQueries, type QueryPlanOptions } from './plan.js';
import { queryFile } from './query-file.js';
import { QUERY_RUNTIME_FILE, queryRuntimeSource } from './templates.js';

/** Options under `query` in `specloom.config.ts`. */
export interface QueryOptions extends QueryPlanOptions {
  /**
   * Module the generated file imports the SDK's `Api` and `OperationTypes` (the sdk target's exports) from:
   * the published SDK package (`@acme/api-sdk`). Without it the file expects the `sdk` target's file beside it.
   */
  sdkImport?: string;
}

function readOptions(raw: Record<string, unknown>): QueryOptions {
  const options: QueryOptions = {};
  if (raw.sdkImport !== undefined) {
    if (typeof raw.sdkImport !== 'string' || raw.sdkImport === '')
      throw new TypeError(
        'query target: option "sdkImport" must be a non-empty string, e.g. "@acme/api-sdk"',
      );
    options.sdkImport = raw.sdkImport;
  }
  if (raw.invalidate !== undefined) {
    const invalidate = raw.invalidate;
    const valid =
      typeof invalidate === 'object' &&
      invalidate !== null &&
      Object.values(invalidate).every(
        (ids) => Array.isArray(ids) && ids.every((entry) => typeof entry === 'string'),
      );
    if (!valid)
      throw new TypeError(
        'query target: option "invalidate" must map operationIds to lists of GET operationIds, e.g. { createTask: ["listTasks"] }',
      );
    options.invalidate = invalidate as Record<string, string[]>;
  }
  return options;
}

function emit(context: EmitContext): GeneratedFile[] {
  const options = readOptions(context.options);
  const plan = planQueries(context.model, options.invalidate ? { invalidate: options.invalidate } : {});
  return [
    {
      path: 'query.ts',
      contents: queryFile(plan, {
        sdkImport: options.sdkImport ?? './sdk.js',
        runtimeImport: `./${QUERY_RUNTIME_FILE.replace(/\.ts$/, '.js')}`,
      }),
    },
    { path: QUERY_RUNTIME_FILE, contents: queryRuntimeSource() },
  ];
}

export const queryTarget: Target = {
  name: 'query',
  description:
    'TanStack Query v5 options per operation over the SDK: typed keys, infinite queries, invalidation, optimistic updates, SSE to cache',
  // It imports the SDK, usually the published package (`sdkImport`), not files generated beside it.
  dependsOn: [],
  emit,
  packages: (options) => [
    { name: '@tanstack/query-core', range: '^5.0.0', dev: false },
    ...(options.sdkImport === undefined
      ? [{ name: SDK_RUNTIME_PACKAGE, range: SDK_RUNTIME_RANGE, dev: false }]
      : []),
  ],
};
