/**
 * The spec-independent half of the generated TanStack Query options: typed
 * query keys, query/infinite/mutation option builders, invalidation,
 * optimistic updates with If-Match, and a Server-Sent-Events-to-cache bridge.
 * Framework-neutral: it needs only `@tanstack/query-core`, so the options it
 * builds work with the React, Vue, Solid, Svelte and Angular adapters alike.
 */
import type {
  DataTag,
  InfiniteData,
  InfiniteQueryObserverOptions,
  MutationFunctionContext,
  MutationOptions,
  QueryClient,
  QueryKey,
  QueryObserverOptions,
} from '@tanstack/query-core';
import { replaceEqualDeep } from '@tanstack/query-core';

/** The key of one operation's query: `[operationId, params]`, tagged with its data and error types. */
export type OperationQueryKey<Id extends string, Params, TData, TError> = DataTag<
  readonly [Id, Params],
  TData,
  TError
>;

/** The key of an operation's infinite (cursor-paginated) query: `[operationId, params, 'infinite']`. */
export type InfiniteOperationQueryKey<Id extends string, Params, TPage, TError> = DataTag<
  readonly [Id, Params, 'infinite'],
  InfiniteData<TPage, string | undefined>,
  TError
>;

/** Parameters without `undefined` members, so `{ status: undefined }` and `{}` are the same key. */
function compact(params: unknown): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [name, value] of Object.entries((params ?? {}) as Record<string, unknown>))
    if (value !== undefined) result[name] = value;
  return result;
}

/** The query key of an operation called with `params`, typed as the generated key type `TKey`. */
export function operationKey<TKey extends QueryKey>(id: string, params: unknown): TKey {
  return [id, compact(params)] as unknown as TKey;
}

/** The infinite-query key of a paginated operation called with `params` (without the cursor). */
export function infiniteOperationKey<TKey extends QueryKey>(id: string, params: unknown): TKey {
  return [id, compact(params), 'infinite'] as unknown as TKey;
}

/* ETags seen on responses, per data object: what `If-Match` sends back when that object is changed. */
const etags = new WeakMap<object, string>();

/** Remembers the `ETag` of the response that produced `data`. */
export function rememberEtag<T>(result: { data: T; response: Response }): T {
  const etag = result.response.headers.get('etag');
  if (etag && typeof result.data === 'object' && result.data !== null) etags.set(result.data, etag);
  return result.data;
}

/**
 * Structural sharing that keeps each object's ETag: TanStack reuses the old
 * object when the new one is equal and copies it otherwise, so the ETag moves
 * to whichever object ends up in the cache.
 */
function shareKeepingEtag(previous: unknown, next: unknown): unknown {
  const shared = replaceEqualDeep(previous, next);
  const etag = etagOf(next);
  if (etag && typeof shared === 'object' && shared !== null) etags.set(shared, etag);
  return shared;
}

/** The `ETag` the server sent with this cached object, if any. */
export function etagOf(data: unknown): string | undefined {
  return typeof data === 'object' && data !== null ? etags.get(data) : undefined;
}

/** Options for one operation's query; `retry: false` because the SDK already retries transient failures. */
export type OperationQueryOptions<TData, TError, TKey extends QueryKey> = QueryObserverOptions<
  TData,
  TError,
  TData,
  TData,
  TKey
> & { queryKey: TKey };

/** Builds the options of an operation's query. */
export function defineQuery<TData, TError, TKey extends QueryKey>(
  queryKey: TKey,
  fetch: (signal: AbortSignal) => Promise<TData>,
): OperationQueryOptions<TData, TError, TKey> {
  return {
    queryKey,
    queryFn: ({ signal }) => fetch(signal),
    retry: false,
    structuralSharing: shareKeepingEtag as (previous: unknown, next: unknown) => TData,
  };
}

/** Options for a paginated operation's infinite query, following the next cursor. */
export type OperationInfiniteQueryOptions<
  TPage,
  TError,
  TKey extends QueryKey,
> = InfiniteQueryObserverOptions<
  TPage,
  TError,
  InfiniteData<TPage, string | undefined>,
  TKey,
  string | undefined
> & { queryKey: TKey };

/** Builds the options of a paginated operation's infinite query; `nextField` names the page's next cursor. */
export function defineInfiniteQuery<TPage, TError, TKey extends QueryKey>(
  queryKey: TKey,
  fetchPage: (cursor: string | undefined, signal: AbortSignal) => Promise<TPage>,
  nextField: string,
): OperationInfiniteQueryOptions<TPage, TError, TKey> {
  return {
    queryKey,
    queryFn: ({ pageParam, signal }) => fetchPage(pageParam, signal),
    initialPageParam: undefined,
    getNextPageParam: (page) => {
      const next = (page as Record<string, unknown> | undefined)?.[nextField];
      return typeof next === 'string' && next !== '' ? next : undefined;
    },
    retry: false,
  };
}

/** The variables of a mutation: the SDK method's arguments by name. */
export interface MutationVariables {
  params?: unknown;
  body?: unknown;
  options?: unknown;
}

/** Where a changed resource also sits in the cache, for optimistic updates. */
export interface OptimisticTarget {
  /** The GET of the same resource (e.g. `getTask`). */
  item: string;
  /** Path parameters identifying the resource (e.g. `projectId`, `taskId`). */
  itemParams: readonly string[];
  /** Lists holding the resource: their id, shared parameters and items field. */
  lists: readonly { id: string; params: readonly string[]; itemsField: string }[];
  /** The path parameter naming the resource and the item field holding the same value. */
  idParam: string;
  idField: string;
}

/**
 * How an operation's mutation refreshes the cache. A query it makes stale is narrowed by the path
 * parameters it shares with the mutation (`createTask` in project `p` refreshes `listTasks` of `p` only).
 * Ids and parameter names are plain string lists, one shared table for the queries' parameters: on a
 * large spec (GitHub's: 28,000 invalidations) a nested literal per invalidation costs the compiler seconds.
 */
export interface MutationPlan {
  /** The queries made stale, by operation id. */
  invalidates: readonly string[];
  /** The mutation's path parameters. */
  pathParams: readonly string[];
  /** The path parameters of the queries, by operation id. */
  queryPathParams: Readonly<Record<string, readonly string[]>>;
  optimistic?: OptimisticTarget;
  /** The header option that carries `If-Match`, when the operation takes one. */
  ifMatchOption?: string;
}

/** What a caller can change about a generated mutation. */
export interface MutationSettings<TData, TVariables> {
  /**
   * The keys to invalidate after success instead of the derived ones (`defaults`), or `false` for none.
   * Keys match by prefix: `['listTasks', { projectId }]` covers every filter of that project's list.
   */
  invalidate?:
    | false
    | ((context: { data: TData; variables: TVariables; defaults: QueryKey[] }) => QueryKey[]);
  /** Apply the change to the cached resource and its lists before the server answers; roll back on error. */
  optimistic?: boolean;
}

function pick(source: unknown, names: readonly string[]): Record<string, unknown> {
  const values = (source ?? {}) as Record<string, unknown>;
  const picked: Record<string, unknown> = {};
  for (const name of names) if (values[name] !== undefined) picked[name] = values[name];
  return picked;
}

/** The keys a mutation with these variables makes stale. */
export function invalidationKeys(plan: MutationPlan, variables: MutationVariables): QueryKey[] {
  return plan.invalidates.map((id) => {
    const shared = (plan.queryPathParams[id] ?? []).filter((name) => plan.pathParams.includes(name));
    return [id, pick(variables.params, shared)];
  });
}

type Snapshot = [QueryKey, unknown][];

function patchItems(page: unknown, itemsField: string, idField: string, id: unknown, patch: object): unknown {
  const items = (page as Record<string, unknown> | undefined)?.[itemsField];
  if (!Array.isArray(items)) return page;
  return {
    ...(page as object),
    [itemsField]: items.map((item) =>
      (item as Record<string, unknown>)?.[idField] === id ? { ...(item as object), ...patch } : item,
    ),
  };
}

async function applyOptimistic(
  client: QueryClient,
  target: OptimisticTarget,
  variables: MutationVariables,
): Promise<Snapshot> {
  const patch = variables.body;
  if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) return [];
  const itemKey: QueryKey = [target.item, pick(variables.params, target.itemParams)];
  const id = (variables.params as Record<string, unknown> | undefined)?.[target.idParam];
  const listFilters = target.lists.map((list) => ({
    list,
    queryKey: [list.id, pick(variables.params, list.params)] as QueryKey,
  }));
  await Promise.all(
    [itemKey, ...listFilters.map((entry) => entry.queryKey)].map((queryKey) =>
      client.cancelQueries({ queryKey }),
    ),
  );
  const snapshot: Snapshot = [];
  const item = client.getQueryData(itemKey);
  if (item !== undefined) {
    snapshot.push([itemKey, item]);
    const next = { ...(item as object), ...patch };
    const etag = etagOf(item);
    if (etag) etags.set(next, etag);
    client.setQueryData(itemKey, next);
  }
  for (const { list, queryKey } of listFilters) {
    for (const [key, data] of client.getQueriesData({ queryKey })) {
      if (data === undefined) continue;
      snapshot.push([key, data]);
      const pages = (data as InfiniteData<unknown> | undefined)?.pages;
      client.setQueryData(
        key,
        Array.isArray(pages)
          ? {
              ...(data as object),
              pages: pages.map((page) => patchItems(page, list.itemsField, target.idField, id, patch)),
            }
          : patchItems(data, list.itemsField, target.idField, id, patch),
      );
    }
  }
  return snapshot;
}

/** Fills `If-Match` from the ETag of the cached resource when the caller did not set it. */
function withIfMatch(
  client: QueryClient,
  plan: MutationPlan,
  variables: MutationVariables,
): MutationVariables {
  const option = plan.ifMatchOption;
  const target = plan.optimistic;
  if (!option || !target) return variables;
  const options = (variables.options ?? {}) as Record<string, unknown>;
  if (options[option] !== undefined) return variables;
  const etag = etagOf(client.getQueryData([target.item, pick(variables.params, target.itemParams)]));
  return etag ? { ...variables, options: { ...options, [option]: etag } } : variables;
}

/** Builds the options of an operation's mutation: no retry (the SDK's), invalidation after success, optional optimism. */
export function defineMutation<TData, TError, TVariables extends MutationVariables>(
  id: string,
  run: (variables: TVariables) => Promise<TData>,
  plan: MutationPlan,
  settings: MutationSettings<TData, TVariables> = {},
): MutationOptions<TData, TError, TVariables, Snapshot> {
  const invalidate = async (data: TData, variables: TVariables, context: MutationFunctionContext) => {
    const defaults = invalidationKeys(plan, variables);
    const keys =
      settings.invalidate === false
        ? []
        : settings.invalidate
          ? settings.invalidate({ data, variables, defaults })
          : defaults;
    const target = plan.optimistic;
    // The answer of a PATCH/PUT is the resource's new state: put it in place rather than refetching it.
    if (target && typeof data === 'object' && data !== null)
      context.client.setQueryData([target.item, pick(variables.params, target.itemParams)], data);
    await Promise.all(keys.map((queryKey) => context.client.invalidateQueries({ queryKey })));
  };
  return {
    mutationKey: [id],
    mutationFn: (variables, context) => run(withIfMatch(context.client, plan, variables) as TVariables),
    retry: false,
    ...(settings.optimistic && plan.optimistic
      ? {
          onMutate: (variables: TVariables, context: MutationFunctionContext) =>
            applyOptimistic(context.client, plan.optimistic as OptimisticTarget, variables),
          onError: (
            _error: TError,
            _variables: TVariables,
            snapshot: Snapshot | undefined,
            context: MutationFunctionContext,
          ) => {
            for (const [key, data] of snapshot ?? []) context.client.setQueryData(key, data);
          },
          onSettled: async (
            data: TData | undefined,
            error: TError | null,
            variables: TVariables,
            _snapshot: Snapshot | undefined,
            context: MutationFunctionContext,
          ) => {
            if (error === null) await invalidate(data as TData, variables, context);
            else
              await Promise.all(
                invalidationKeys(plan, variables).map((queryKey) =>
                  context.client.invalidateQueries({ queryKey }),
                ),
              );
          },
        }
      : {
          onSuccess: (
            data: TData,
            variables: TVariables,
            _result: unknown,
            context: MutationFunctionContext,
          ) => invalidate(data, variables, context),
        }),
  };
}

/** The state of a live event stream, for showing in the UI. */
export type StreamState = 'connecting' | 'live' | 'reconnecting' | 'offline' | 'closed';

/** One event as the SDK yields it. */
export interface StreamEvent<TData> {
  id: string | undefined;
  event: string;
  data: TData;
}

/** The event data type of an SDK subscription. */
export type EventDataOf<TSubscription> =
  TSubscription extends AsyncIterable<StreamEvent<infer TData>> ? TData : unknown;

/** The queries an event stream can make stale: those under the stream's resource, by id, with their path parameters. */
export interface StreamScope {
  queries: Readonly<Record<string, readonly string[]>>;
}

export interface StreamToCacheOptions<TData> {
  /** Handle an event yourself; return `false` to skip the default invalidation. */
  onEvent?: (
    event: StreamEvent<TData>,
    client: QueryClient,
  ) => undefined | boolean | Promise<undefined | boolean>;
  /** Told about every change of the connection's state. */
  onStateChange?: (state: StreamState) => void;
  /** Told when the stream stops for good (an error answer such as 401 or 403). */
  onError?: (error: unknown) => void;
}

/** What a subscription opener receives: the signal, and the callback the SDK reports its connection state to. */
export interface StreamOpenOptions {
  signal: AbortSignal;
  onStateChange: (state: StreamState) => void;
}

/**
 * Keeps the cache in step with an event stream: each event invalidates the
 * scope's queries, narrowed by the event's fields named like their path
 * parameters (an event with `taskId` refreshes that task, not every task).
 * Returns a function that closes the stream.
 */
export function streamToCache<TData>(
  client: QueryClient,
  open: (options: StreamOpenOptions) => AsyncIterable<StreamEvent<TData>>,
  scope: StreamScope,
  scopeParams: Record<string, unknown>,
  options: StreamToCacheOptions<TData> = {},
): () => void {
  const controller = new AbortController();
  let state: StreamState | undefined;
  const setState = (next: StreamState) => {
    if (next === state || controller.signal.aborted) return;
    state = next;
    options.onStateChange?.(next);
  };
  setState('connecting');
  void (async () => {
    try {
      for await (const event of open({ signal: controller.signal, onStateChange: setState })) {
        // The SDK reports the state as it connects; an event arriving proves the stream is live in any case.
        setState('live');
        if ((await options.onEvent?.(event, client)) === false) continue;
        const data = (typeof event.data === 'object' && event.data !== null ? event.data : {}) as Record<
          string,
          unknown
        >;
        await Promise.all(
          Object.entries(scope.queries).map(([id, pathParams]) => {
            const narrowed = { ...scopeParams };
            for (const name of pathParams)
              if (narrowed[name] === undefined && typeof data[name] === 'string') narrowed[name] = data[name];
            return client.invalidateQueries({ queryKey: [id, pick(narrowed, pathParams)] });
          }),
        );
      }
    } catch (error) {
      if (!controller.signal.aborted) {
        setState('offline');
        options.onError?.(error);
      }
    }
  })();
  return () => controller.abort();
}
