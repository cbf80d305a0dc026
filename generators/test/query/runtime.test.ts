import { QueryClient } from '@tanstack/query-core';
import { afterEach, describe, expect, it } from 'vitest';
import {
  defineInfiniteQuery,
  defineMutation,
  defineQuery,
  etagOf,
  type MutationPlan,
  operationKey,
  rememberEtag,
  type StreamEvent,
  type StreamState,
  streamToCache,
} from '../../src/query/templates/query-runtime.js';

/* The runtime the query target emits verbatim, exercised on a real QueryClient. */

type Task = { id: string; title: string; status: string };
const clients: QueryClient[] = [];
function newClient() {
  const client = new QueryClient();
  clients.push(client);
  return client;
}
afterEach(() => {
  for (const client of clients.splice(0)) client.clear();
});

const TASK_PLAN: MutationPlan = {
  invalidates: ['listTasks'],
  pathParams: ['projectId', 'taskId'],
  queryPathParams: { listTasks: ['projectId'], getTask: ['projectId', 'taskId'] },
  optimistic: {
    item: 'getTask',
    itemParams: ['projectId', 'taskId'],
    lists: [{ id: 'listTasks', params: ['projectId'], itemsField: 'items' }],
    idParam: 'taskId',
    idField: 'id',
  },
  ifMatchOption: 'ifMatch',
};
type UpdateVariables = {
  params: { projectId: string; taskId: string };
  body: Partial<Task>;
  options?: { ifMatch?: string };
};

function runMutation<TData, TVariables>(
  client: QueryClient,
  options: ReturnType<typeof defineMutation<TData, Error, TVariables & object>>,
  variables: TVariables,
) {
  return client
    .getMutationCache()
    .build(client, options)
    .execute(variables as TVariables & object);
}

describe('query keys and options', () => {
  it('drops undefined parameters so equal calls share one cache entry', () => {
    expect(operationKey('listTasks', { projectId: 'p', status: undefined })).toEqual([
      'listTasks',
      { projectId: 'p' },
    ]);
  });

  it('never retries in the query layer (the SDK retries) and passes the abort signal to the call', async () => {
    const client = newClient();
    let calls = 0;
    let signal: AbortSignal | undefined;
    const options = defineQuery(operationKey('getTask', { taskId: 't' }), async (given) => {
      calls++;
      signal = given;
      throw new Error('boom');
    });
    expect(options.retry).toBe(false);
    await expect(client.fetchQuery(options)).rejects.toThrow('boom');
    expect(calls).toBe(1);
    expect(signal).toBeInstanceOf(AbortSignal);
  });

  it('follows the next cursor of each page and stops at the last', async () => {
    const client = newClient();
    const pages: Record<string, { items: number[]; nextCursor: string | null }> = {
      first: { items: [1, 2], nextCursor: 'second' },
      second: { items: [3], nextCursor: null },
    };
    const cursors: (string | undefined)[] = [];
    const options = defineInfiniteQuery(
      operationKey('listTasks', {}),
      async (cursor) => {
        cursors.push(cursor);
        return pages[cursor ?? 'first'] as (typeof pages)['first'];
      },
      'nextCursor',
    );
    await client.fetchInfiniteQuery({ ...options, pages: 3 });
    expect(cursors).toEqual([undefined, 'second']);
  });
});

describe('mutations', () => {
  it('invalidates the derived lists after success, scoped by the shared path parameters', async () => {
    const client = newClient();
    client.setQueryData(['listTasks', { projectId: 'p' }], { items: [] });
    client.setQueryData(['listTasks', { projectId: 'other' }], { items: [] });
    const options = defineMutation<Task, Error, UpdateVariables>(
      'createTask',
      async () => ({ id: 't', title: 'x', status: 'todo' }),
      {
        invalidates: TASK_PLAN.invalidates,
        pathParams: TASK_PLAN.pathParams,
        queryPathParams: TASK_PLAN.queryPathParams,
      },
    );
    await runMutation(client, options, { params: { projectId: 'p', taskId: 't' }, body: {} });
    expect(client.getQueryState(['listTasks', { projectId: 'p' }])?.isInvalidated).toBe(true);
    expect(client.getQueryState(['listTasks', { projectId: 'other' }])?.isInvalidated).toBe(false);
  });

  it('lets the caller replace or switch off the invalidation', async () => {
    const client = newClient();
    client.setQueryData(['listTasks', { projectId: 'p' }], { items: [] });
    client.setQueryData(['getProject', { projectId: 'p' }], { id: 'p' });
    const run = async () => ({ id: 't', title: 'x', status: 'todo' });
    await runMutation(
      client,
      defineMutation<Task, Error, UpdateVariables>('createTask', run, TASK_PLAN, { invalidate: false }),
      { params: { projectId: 'p', taskId: 't' }, body: {} },
    );
    expect(client.getQueryState(['listTasks', { projectId: 'p' }])?.isInvalidated).toBe(false);
    await runMutation(
      client,
      defineMutation<Task, Error, UpdateVariables>('createTask', run, TASK_PLAN, {
        invalidate: ({ defaults }) => [...defaults, ['getProject']],
      }),
      { params: { projectId: 'p', taskId: 't' }, body: {} },
    );
    expect(client.getQueryState(['getProject', { projectId: 'p' }])?.isInvalidated).toBe(true);
  });

  it('applies an optimistic change to the item and its lists, sends the cached ETag, and rolls back on error', async () => {
    const client = newClient();
    const itemKey = ['getTask', { projectId: 'p', taskId: 't' }];
    await client.fetchQuery(
      defineQuery(itemKey, async () =>
        rememberEtag({
          data: { id: 't', title: 'Old', status: 'todo' },
          response: new Response(null, { headers: { etag: '"v1"' } }),
        }),
      ),
    );
    client.setQueryData(['listTasks', { projectId: 'p', status: ['todo'] }], {
      items: [
        { id: 't', title: 'Old', status: 'todo' },
        { id: 'u', title: 'Other', status: 'todo' },
      ],
    });
    let seen: UpdateVariables | undefined;
    let release: (() => void) | undefined;
    const options = defineMutation<Task, Error, UpdateVariables>(
      'updateTask',
      (variables) => {
        seen = variables;
        return new Promise((_resolve, reject) => {
          release = () => reject(new Error('412'));
        });
      },
      TASK_PLAN,
      { optimistic: true },
    );
    const running = runMutation(client, options, {
      params: { projectId: 'p', taskId: 't' },
      body: { status: 'done' },
    });
    await expect.poll(() => release).toBeDefined();
    expect(seen?.options?.ifMatch).toBe('"v1"');
    expect(client.getQueryData<Task>(itemKey)?.status).toBe('done');
    expect(
      client
        .getQueryData<{ items: Task[] }>(['listTasks', { projectId: 'p', status: ['todo'] }])
        ?.items.map((task) => task.status),
    ).toEqual(['done', 'todo']);
    release?.();
    await expect(running).rejects.toThrow('412');
    expect(client.getQueryData<Task>(itemKey)?.status).toBe('todo');
    expect(etagOf(client.getQueryData(itemKey))).toBe('"v1"');
    expect(
      client.getQueryData<{ items: Task[] }>(['listTasks', { projectId: 'p', status: ['todo'] }])?.items[0]
        ?.status,
    ).toBe('todo');
  });
});

describe('the event stream bridge', () => {
  it('refreshes the queries an event names, reports the connection state and stops on close', async () => {
    const client = newClient();
    for (const key of [
      ['getTask', { projectId: 'p', taskId: 't' }],
      ['getTask', { projectId: 'p', taskId: 'other' }],
      ['listTasks', { projectId: 'p' }],
      ['listTasks', { projectId: 'elsewhere' }],
    ])
      client.setQueryData(key, {});
    const states: StreamState[] = [];
    let push: ((event: StreamEvent<{ projectId: string; taskId: string }>) => void) | undefined;
    const close = streamToCache(
      client,
      ({ onStateChange, signal }) =>
        (async function* () {
          onStateChange('live');
          while (!signal.aborted)
            yield await new Promise<StreamEvent<{ projectId: string; taskId: string }>>((resolve) => {
              push = resolve;
            });
        })(),
      {
        queries: { getTask: ['projectId', 'taskId'], listTasks: ['projectId'] },
      },
      { projectId: 'p' },
      { onStateChange: (state) => states.push(state) },
    );
    await expect.poll(() => push).toBeDefined();
    push?.({ id: '1', event: 'task.updated', data: { projectId: 'p', taskId: 't' } });
    const invalidated = (key: unknown[]) => client.getQueryState(key)?.isInvalidated;
    await expect.poll(() => invalidated(['getTask', { projectId: 'p', taskId: 't' }])).toBe(true);
    expect(invalidated(['getTask', { projectId: 'p', taskId: 'other' }])).toBe(false);
    expect(invalidated(['listTasks', { projectId: 'p' }])).toBe(true);
    expect(invalidated(['listTasks', { projectId: 'elsewhere' }])).toBe(false);
    expect(states).toEqual(['connecting', 'live']);
    close();
  });
});
