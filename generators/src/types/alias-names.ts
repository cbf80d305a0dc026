import { pascalCase, uniqueNames } from '../model/naming.js';
import type { OperationModel, ParameterLocation, SpecModel } from '../model/types.js';

/**
 * What a convenience alias in `types.ts` points at:
 * - `schema`: `components['schemas'][name]`
 * - `parameters`: the operation's parameters in one location
 * - `body`: the request body (union over its media types)
 * - `response`: one response's body (union over its media types)
 */
export type AliasTarget =
  | { kind: 'schema'; schemaName: string }
  | { kind: 'parameters'; operation: OperationModel; location: ParameterLocation }
  | { kind: 'body'; operation: OperationModel }
  | { kind: 'response'; operation: OperationModel; status: string };

export interface AliasPlan {
  /** Exported type name: a valid identifier, unique in the file. */
  name: string;
  target: AliasTarget;
}

/** Suffix per parameter location: `ListTasksQuery`, `GetTaskPathParams`, `GetTaskHeaders`, `GetTaskCookies`. */
const LOCATION_SUFFIX: Record<ParameterLocation, string> = {
  path: 'PathParams',
  query: 'Query',
  header: 'Headers',
  cookie: 'Cookies',
};

const LOCATION_ORDER: readonly ParameterLocation[] = ['path', 'query', 'header', 'cookie'];

/**
 * Type names the file itself refers to: TypeScript globals used by
 * openapi-typescript's output and by the aliases (`Record<string, never>`,
 * `Omit<...>`, `NonNullable<...>`) and the `WithRequired` helper it may
 * declare. An alias with one of these names would shadow it (a schema called
 * `Record` is common in real APIs), so such an alias takes the next free name.
 */
const TAKEN_BY_THE_FILE: readonly string[] = [
  'Record',
  'Omit',
  'Pick',
  'Partial',
  'Required',
  'Readonly',
  'ReadonlyArray',
  'Array',
  'NonNullable',
  'Exclude',
  'Extract',
  'WithRequired',
];

/**
 * Names every alias of the types target.
 *
 * Naming scheme (documented in `types/README.md`):
 * - one alias per component schema, named by the model's schema identifier
 *   (`Task`, `TaskStatus`, `_2faSettings` for `2fa-settings`);
 * - per operation, `<Operation>` being the PascalCase operation name
 *   (`listTasks` -> `ListTasks`): `<Operation>PathParams`, `<Operation>Query`,
 *   `<Operation>Headers`, `<Operation>Cookies` (only for locations that have
 *   parameters), `<Operation>Body` (when there is a request body with content),
 *   `<Operation>Response<Status>` per response with content (`GetTaskResponse200`,
 *   `ListTasksResponse4XX`, `ListTasksResponseDefault`).
 *
 * TypeScript globals the file uses (`Record`, `Omit`, ...) are never taken:
 * a schema called `Record` is exported as `Record2`. Then component schemas
 * claim their names, so a schema literally called
 * `CreateTaskBody` keeps that name and the operation alias becomes
 * `CreateTaskBody2`. Names never clash with openapi-typescript's own exports
 * (`paths`, `components`, `operations`, `webhooks`, `$defs`), which are all lower-case.
 */
export function planAliases(model: SpecModel): AliasPlan[] {
  const targets: AliasTarget[] = [];
  const wanted: string[] = [];
  for (const schema of model.schemas) {
    targets.push({ kind: 'schema', schemaName: schema.name });
    wanted.push(schema.identifier);
  }
  for (const operation of model.operations) {
    const base = pascalCase(operation.name);
    for (const location of LOCATION_ORDER) {
      if (!operation.parameters.some((parameter) => parameter.in === location)) continue;
      targets.push({ kind: 'parameters', operation, location });
      wanted.push(`${base}${LOCATION_SUFFIX[location]}`);
    }
    if (operation.requestBody !== undefined && operation.requestBody.content.length > 0) {
      targets.push({ kind: 'body', operation });
      wanted.push(`${base}Body`);
    }
    for (const response of operation.responses) {
      if (response.content.length === 0) continue;
      targets.push({ kind: 'response', operation, status: response.status });
      wanted.push(`${base}Response${statusSuffix(response.status)}`);
    }
  }
  const names = uniqueNames([...TAKEN_BY_THE_FILE, ...wanted]).slice(TAKEN_BY_THE_FILE.length);
  return targets.map((target, index) => ({ name: names[index] ?? wanted[index] ?? 'Unnamed', target }));
}

/** `200` -> `200`, `4XX` -> `4XX`, `default` -> `Default`. */
function statusSuffix(status: string): string {
  const cleaned = status.replace(/[^A-Za-z0-9]/g, '');
  return cleaned.charAt(0).toUpperCase() + cleaned.slice(1);
}
