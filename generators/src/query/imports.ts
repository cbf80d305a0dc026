/** The imports of `query.ts`: only what the file uses. */
import type ts from 'typescript';
import { f } from '../sdk/ast.js';
import type { QueryPlan, QueryPlannedOperation } from './plan.js';
import { id, isPaginated, str } from './syntax.js';

/** The import declarations of `query.ts` for a plan. */
export function imports(plan: QueryPlan, sdkImport: string, runtimeImport: string): ts.Statement[] {
  const all = plan.groups.flatMap((group) => group.operations);
  const has = (test: (entry: QueryPlannedOperation) => boolean) => all.some(test);
  const runtime = [
    ['defineInfiniteQuery', has(isPaginated), false],
    ['defineMutation', has((entry) => entry.kind === 'mutation'), false],
    ['defineQuery', has((entry) => entry.kind === 'query'), false],
    ['infiniteOperationKey', has(isPaginated), false],
    ['InfiniteOperationQueryKey', has(isPaginated), true],
    ['MutationSettings', has((entry) => entry.kind === 'mutation'), true],
    ['OperationQueryKey', has((entry) => entry.kind === 'query'), true],
    ['operationKey', has((entry) => entry.kind === 'query'), false],
    ['rememberEtag', has((entry) => entry.etag && entry.kind !== 'stream'), false],
    ['StreamOpenOptions', has((entry) => entry.kind === 'stream'), true],
    ['StreamToCacheOptions', has((entry) => entry.kind === 'stream'), true],
    ['streamToCache', has((entry) => entry.kind === 'stream'), false],
  ] as const;
  const namedImports = (entries: readonly (readonly [string, boolean])[]) =>
    f.createNamedImports(
      entries.map(([name, typeOnly]) => f.createImportSpecifier(typeOnly, undefined, id(name))),
    );
  const statements: ts.Statement[] = [];
  if (has((entry) => entry.kind === 'stream'))
    statements.push(
      f.createImportDeclaration(
        undefined,
        f.createImportClause(true, undefined, namedImports([['QueryClient', false]])),
        str('@tanstack/query-core'),
      ),
    );
  // The SDK's client type and its table of operation types: every type here is read from that table.
  statements.push(
    f.createImportDeclaration(
      undefined,
      f.createImportClause(
        true,
        undefined,
        namedImports([
          ['Api', false],
          ['OperationTypes', false],
        ]),
      ),
      str(sdkImport),
    ),
  );
  statements.push(
    f.createImportDeclaration(
      undefined,
      f.createImportClause(
        false,
        undefined,
        namedImports(
          runtime.filter(([, used]) => used).map(([name, , typeOnly]) => [name, typeOnly] as const),
        ),
      ),
      str(runtimeImport),
    ),
  );
  return statements;
}
