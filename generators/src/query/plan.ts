/**
 * The query plan: every SDK method classified as a query, an infinite query,
 * a mutation or an event stream, with what each mutation makes stale, where
 * an updated resource also sits in the cache, and which queries an event
 * stream refreshes. Decided from paths, methods, tags and schemas only.
 */
import type { OperationModel, SpecModel } from '../model/types.js';
import { type PlannedGroup, type PlannedOperation, planSdk } from '../sdk/plan.js';
import { successJsonSchema, successResponses } from '../sdk/shapes.js';

export interface QueryInvalidation {
  id: string;
  params: string[];
}

export interface QueryOptimistic {
  item: string;
  itemParams: string[];
  lists: { id: string; params: string[]; itemsField: string }[];
  idParam: string;
  idField: string;
}

export type QueryOperationKind = 'query' | 'mutation' | 'stream';

export interface QueryPlannedOperation {
  planned: PlannedOperation;
  group: PlannedGroup;
  kind: QueryOperationKind;
  /** The 2xx answer carries an `ETag` worth remembering for `If-Match`. */
  etag: boolean;
  invalidates: QueryInvalidation[];
  optimistic?: QueryOptimistic;
  /** The SDK option carrying `If-Match` (`ifMatch`). */
  ifMatchOption?: string;
  /** Event streams: the queries under the stream's resource. */
  streamScope?: { id: string; pathParams: string[] }[];
}

export interface QueryPlan {
  groups: { group: PlannedGroup; operations: QueryPlannedOperation[] }[];
}

export interface QueryPlanOptions {
  /** operationId -> the operationIds of the queries it makes stale, replacing the derived list. */
  invalidate?: Record<string, string[]>;
}

const pathParams = (operation: OperationModel) =>
  operation.parameters.filter((parameter) => parameter.in === 'path').map((parameter) => parameter.name);

/** `/projects/{projectId}/tasks/{taskId}` -> `/projects/{projectId}/tasks`; `undefined` when it does not end in a parameter. */
export function parentCollection(path: string): string | undefined {
  return /^(.+)\/\{[^}/]+\}$/.exec(path)?.[1];
}

/**
 * Whether a change at `changed` can alter what a GET of `read` returns: the
 * same path; for an item (`.../tasks/{taskId}`) also its collection and
 * everything beneath it; for a collection or action (`.../{taskId}/comments`)
 * the item that owns it.
 */
export function pathAffects(changed: string, read: string): boolean {
  return affectedBy(changed)(read);
}

/**
 * `pathAffects` with `changed` fixed: the parsing of `changed` is done once, so
 * testing every query of a large spec (GitHub's: ~600 per mutation) stays cheap.
 */
function affectedBy(changed: string): (read: string) => boolean {
  const collection = parentCollection(changed);
  if (collection !== undefined) {
    const beneath = `${changed}/`;
    return (read) => read === changed || read === collection || read.startsWith(beneath);
  }
  const owner = changed.slice(0, changed.lastIndexOf('/'));
  const ownerIsItem = owner.endsWith('}');
  return (read) => read === changed || (ownerIsItem && read === owner);
}

/** `If-Match` -> `ifMatch` (the SDK's header option naming). */
function headerOptionName(header: string): string {
  const [head = '', ...rest] = header.split('-');
  return (
    head.toLowerCase() +
    rest.map((part) => part.charAt(0).toUpperCase() + part.slice(1).toLowerCase()).join('')
  );
}

function kindOf(planned: PlannedOperation): QueryOperationKind {
  if (planned.sse) return 'stream';
  if (!isSafe(planned.operation)) return 'mutation';
  // A read that needs a request body (a search sent as `GET` with a body) is run on demand with the
  // body as its variables: a query would have no body to send when the cache refetches it.
  const needsBody = planned.args.some((arg) => arg.name === 'body' && !arg.optional);
  return needsBody ? 'mutation' : 'query';
}

function isSafe(operation: OperationModel): boolean {
  return operation.method === 'get' || operation.method === 'head';
}

function sharedParams(from: OperationModel, to: OperationModel): string[] {
  const available = new Set(pathParams(from));
  return pathParams(to).filter((name) => available.has(name));
}

function derivedInvalidations(
  operation: OperationModel,
  queries: readonly QueryPlannedOperation[],
): QueryInvalidation[] {
  const tag = operation.tags[0];
  const affects = affectedBy(operation.path);
  return queries
    .filter(
      (query) =>
        affects(query.planned.operation.path) ||
        (tag !== undefined && query.planned.operation.tags[0] === tag),
    )
    .map((query) => ({
      id: query.planned.operation.name,
      params: sharedParams(operation, query.planned.operation),
    }));
}

function optimisticTarget(
  model: SpecModel,
  operation: OperationModel,
  queries: readonly QueryPlannedOperation[],
): QueryOptimistic | undefined {
  if (operation.method !== 'patch' && operation.method !== 'put') return undefined;
  const item = queries.find((query) => query.planned.operation.path === operation.path);
  const idParam = pathParams(operation).at(-1);
  if (!item || idParam === undefined) return undefined;
  const itemSchema = successJsonSchema(model, item.planned.operation);
  const idField = itemSchema?.properties && 'id' in itemSchema.properties ? 'id' : undefined;
  const collection = parentCollection(operation.path);
  const lists =
    idField === undefined
      ? []
      : queries
          .filter((query) => query.planned.operation.path === collection && query.planned.pagination)
          .map((query) => ({
            id: query.planned.operation.name,
            params: sharedParams(operation, query.planned.operation),
            itemsField: query.planned.pagination?.itemsField as string,
          }));
  return {
    item: item.planned.operation.name,
    itemParams: pathParams(item.planned.operation),
    lists,
    idParam,
    idField: idField ?? 'id',
  };
}

function answersWithEtag(operation: OperationModel): boolean {
  return successResponses(operation).some((response) =>
    response.headers.some((header) => header.name.toLowerCase() === 'etag'),
  );
}

/** Plans the query options for a model, grouped as the SDK groups its methods. */
export function planQueries(model: SpecModel, options: QueryPlanOptions = {}): QueryPlan {
  const sdk = planSdk(model);
  const groups = sdk.groups.map((group) => ({
    group,
    operations: group.operations.map(
      (planned): QueryPlannedOperation => ({
        planned,
        group,
        kind: kindOf(planned),
        etag: answersWithEtag(planned.operation),
        invalidates: [],
      }),
    ),
  }));
  const all = groups.flatMap((entry) => entry.operations);
  const queries = all.filter((entry) => entry.kind === 'query');
  const byId = new Map(queries.map((query) => [query.planned.operation.operationId, query]));
  for (const entry of all) {
    const { operation } = entry.planned;
    // A read run as a mutation changes nothing on the server, so it makes nothing stale.
    if (entry.kind === 'mutation' && !isSafe(operation)) {
      const listed = options.invalidate?.[operation.operationId];
      entry.invalidates = listed
        ? listed.map((id) => {
            const query = byId.get(id);
            if (!query)
              throw new TypeError(
                `query target: option "invalidate.${operation.operationId}" names "${id}", which is not the operationId of a GET operation`,
              );
            return {
              id: query.planned.operation.name,
              params: sharedParams(operation, query.planned.operation),
            };
          })
        : derivedInvalidations(operation, queries);
      const optimistic = optimisticTarget(model, operation, queries);
      if (optimistic) entry.optimistic = optimistic;
      const ifMatch = operation.parameters.find(
        (parameter) => parameter.in === 'header' && parameter.name.toLowerCase() === 'if-match',
      );
      if (ifMatch) entry.ifMatchOption = headerOptionName(ifMatch.name);
    }
    if (entry.kind === 'stream') {
      const prefix = operation.path.slice(0, operation.path.lastIndexOf('/'));
      entry.streamScope = queries
        .filter((query) => {
          const path = query.planned.operation.path;
          return prefix === '' || path === prefix || path.startsWith(`${prefix}/`);
        })
        .map((query) => ({
          id: query.planned.operation.name,
          pathParams: pathParams(query.planned.operation),
        }));
    }
  }
  return { groups };
}
