/** Builds `query.ts`: typed query keys and TanStack Query options for every SDK method. */
import { joinStatements, printStatement } from '../print/index.js';
import { f, typeRef, withDoc } from '../sdk/ast.js';
import { imports } from './imports.js';
import { createQueriesStatement } from './members.js';
import { queryPathParamsStatement } from './mutation-plan.js';
import { operationTypes } from './operation-aliases.js';
import type { QueryPlan } from './plan.js';
import { queryKeysStatement } from './query-keys.js';
import { id, typeAlias } from './syntax.js';

/** The contents of `query.ts` for a plan. */
export function queryFile(plan: QueryPlan, paths: { sdkImport: string; runtimeImport: string }): string {
  const all = plan.groups.flatMap((group) => group.operations);
  // Each statement is printed as soon as it is built (see `joinStatements`).
  return joinStatements([
    ...imports(plan, paths.sdkImport, paths.runtimeImport).map(printStatement),
    ...all.flatMap((planned) => operationTypes(planned).map(printStatement)),
    printStatement(queryKeysStatement(plan)),
    ...queryPathParamsStatement(plan).map(printStatement),
    printStatement(createQueriesStatement(plan)),
    printStatement(
      withDoc(typeAlias('Queries', typeRef('ReturnType', [f.createTypeQueryNode(id('createQueries'))])), [
        'The query options of one client.',
      ]),
    ),
  ]);
}
