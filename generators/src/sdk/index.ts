/**
 * The `sdk` target: an operation-named client facade over openapi-fetch
 * (`api.tasks.list({ projectId })`), typed by the `types` target's `paths`.
 * The runtime it imports is the published `@specloom/sdk-runtime` package.
 */
import { SDK_RUNTIME_PACKAGE, SDK_RUNTIME_RANGE } from '../targets/package-needs.js';
import type { EmitContext, GeneratedFile, Target } from '../targets/types.js';
import { planSdk } from './plan.js';
import { sdkFile } from './sdk-file.js';

/** A path and a query parameter of one operation have the same name. */
export const SDK_PARAMETER_NAME_CLASH = 'SDK_PARAMETER_NAME_CLASH';

/** Options under `sdk` in `specloom.config.ts`. */
export interface SdkOptions {
  /** Module the generated file imports the runtime from (default `@specloom/sdk-runtime`). */
  runtimeImport?: string;
  /** operationId of the token refresh operation, when auto-detection should not decide. */
  refreshOperation?: string;
}

function readOptions(raw: Record<string, unknown>): SdkOptions {
  const options: SdkOptions = {};
  for (const key of ['runtimeImport', 'refreshOperation'] as const) {
    const value = raw[key];
    if (value === undefined) continue;
    if (typeof value !== 'string' || value === '')
      throw new TypeError(`sdk target: option "${key}" must be a non-empty string`);
    options[key] = value;
  }
  return options;
}

function emit(context: EmitContext): GeneratedFile[] {
  const options = readOptions(context.options);
  const plan = planSdk(
    context.model,
    options.refreshOperation ? { refreshOperation: options.refreshOperation } : {},
  );
  for (const operation of context.model.operations) {
    const pathNames = new Set(
      operation.parameters.filter((parameter) => parameter.in === 'path').map((parameter) => parameter.name),
    );
    const clash = operation.parameters.find(
      (parameter) => parameter.in === 'query' && pathNames.has(parameter.name),
    );
    // The flat params object has one slot per name: the value then fills both the path and the query parameter.
    if (clash) {
      context.warn({
        code: SDK_PARAMETER_NAME_CLASH,
        severity: 'warning',
        message: `${operation.operationId}: a path and a query parameter are both named "${clash.name}"; the SDK sends one value for both (use api.raw to send different values)`,
        pointer: clash.pointer,
      });
    }
  }
  return [
    {
      path: 'sdk.ts',
      contents: sdkFile(plan, {
        runtimeImport: options.runtimeImport ?? SDK_RUNTIME_PACKAGE,
        typesImport: './types.js',
      }),
    },
  ];
}

export const sdkTarget: Target = {
  name: 'sdk',
  description:
    'Operation-named client facade over openapi-fetch, grouped by tag, with pagination, SSE and upload helpers',
  dependsOn: ['types'],
  packages: [{ name: SDK_RUNTIME_PACKAGE, range: SDK_RUNTIME_RANGE, dev: false }],
  emit,
};
