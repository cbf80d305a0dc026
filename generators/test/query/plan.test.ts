import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSpec } from '../../src/load/index.js';
import { parentCollection, pathAffects, planQueries } from '../../src/query/plan.js';
import { emitQuery, generatorsRoot, typeCheckQuery } from './support.js';

const EXAMPLE = join(generatorsRoot, '..', 'openapi', 'openapi.yaml');
const SHAPES = join(generatorsRoot, 'test', 'sdk', 'fixtures', 'shapes.yaml');
const GOLDEN = join(generatorsRoot, 'test', 'query', '__golden__');

async function planned(path: string, options = {}) {
  const { model } = await loadSpec(path);
  const plan = planQueries(model, options);
  const all = plan.groups.flatMap((group) => group.operations);
  return { model, byId: new Map(all.map((entry) => [entry.planned.operation.operationId, entry])) };
}

describe('which reads a change affects, from paths alone', () => {
  it.each([
    ['an item and its collection', '/projects/{p}/tasks/{t}', '/projects/{p}/tasks', true],
    ['an item and itself', '/projects/{p}/tasks/{t}', '/projects/{p}/tasks/{t}', true],
    ['an item and what is beneath it', '/projects/{p}/tasks/{t}', '/projects/{p}/tasks/{t}/comments', true],
    ['a collection and its owner item', '/projects/{p}/tasks', '/projects/{p}', true],
    ['a collection and other items beneath it', '/projects', '/projects/{p}/tasks', false],
    ['an action and an unrelated path', '/auth/login', '/auth/me', false],
    ['an item and a sibling collection', '/projects/{p}/tasks/{t}', '/projects/{p}/members', false],
  ])('%s', (_name, changed, read, affected) => {
    expect(pathAffects(changed, read)).toBe(affected);
  });

  it.each([
    ['/projects/{projectId}/tasks/{taskId}', '/projects/{projectId}/tasks'],
    ['/projects', undefined],
    ['/auth/login', undefined],
  ])('the collection of %s is %s', (path, collection) => {
    expect(parentCollection(path)).toBe(collection);
  });
});

describe('the query plan of the example API', () => {
  it('classifies reads as queries, writes as mutations and event streams as streams', async () => {
    const { byId } = await planned(EXAMPLE);
    expect(byId.get('listTasks')?.kind).toBe('query');
    expect(byId.get('createTask')?.kind).toBe('mutation');
    expect(byId.get('login')?.kind).toBe('mutation');
    expect(byId.get('streamProjectEvents')?.kind).toBe('stream');
  });

  it('invalidates the lists a mutation changes, scoped by the path parameters they share', async () => {
    const { byId } = await planned(EXAMPLE);
    expect(byId.get('createTask')?.invalidates).toEqual(
      expect.arrayContaining([
        { id: 'listTasks', params: ['projectId'] },
        { id: 'getProject', params: ['projectId'] },
      ]),
    );
    expect(byId.get('createTask')?.invalidates.map((entry) => entry.id)).not.toContain('listProjects');
    expect(byId.get('updateTask')?.invalidates).toEqual(
      expect.arrayContaining([
        { id: 'getTask', params: ['projectId', 'taskId'] },
        { id: 'listTasks', params: ['projectId'] },
        { id: 'listTaskActivity', params: ['projectId', 'taskId'] },
      ]),
    );
    expect(byId.get('login')?.invalidates).toEqual([{ id: 'getCurrentUser', params: [] }]);
  });

  it('updates a task optimistically in its item and list queries, sending its ETag in If-Match', async () => {
    const { byId } = await planned(EXAMPLE);
    const update = byId.get('updateTask');
    expect(update?.optimistic).toEqual({
      item: 'getTask',
      itemParams: ['projectId', 'taskId'],
      lists: [{ id: 'listTasks', params: ['projectId'], itemsField: 'items' }],
      idParam: 'taskId',
      idField: 'id',
    });
    expect(update?.ifMatchOption).toBe('ifMatch');
    expect(byId.get('getTask')?.etag).toBe(true);
    expect(byId.get('createTask')?.optimistic).toBeUndefined();
  });

  it('refreshes the queries under the stream resource when an event arrives', async () => {
    const { byId } = await planned(EXAMPLE);
    const scope = byId.get('streamProjectEvents')?.streamScope ?? [];
    expect(scope).toContainEqual({ id: 'listTasks', pathParams: ['projectId'] });
    expect(scope).toContainEqual({ id: 'getTask', pathParams: ['projectId', 'taskId'] });
    expect(scope.map((entry) => entry.id)).not.toContain('listProjects');
  });

  it('takes an explicit invalidation list over the derived one, and names a wrong id', async () => {
    const { byId } = await planned(EXAMPLE, {
      invalidate: { createComment: ['listComments', 'listTaskActivity'] },
    });
    expect(byId.get('createComment')?.invalidates).toEqual([
      { id: 'listComments', params: ['projectId', 'taskId'] },
      { id: 'listTaskActivity', params: ['projectId', 'taskId'] },
    ]);
    await expect(planned(EXAMPLE, { invalidate: { createTask: ['createProject'] } })).rejects.toThrow(
      /invalidate\.createTask.*"createProject".*not the operationId of a GET/,
    );
  });
});

// A wrong value for a typed key must not compile; right ones must.
const USAGE = `
import { QueryClient } from '@tanstack/query-core';
import { createClient } from './generated/sdk.js';
import { createQueries, queryKeys } from './generated/query.js';

const client = new QueryClient();
const queries = createQueries(createClient({ baseUrl: 'http://127.0.0.1' }));
const key = queryKeys.getTask({ projectId: 'p', taskId: 't' });
const task = client.getQueryData(key);
if (task) {
  const title: string = task.title;
  client.setQueryData(key, { ...task, title: title.toUpperCase() });
}
// @ts-expect-error a key carries its data type: a task key takes only a task
client.setQueryData(key, { wrong: true });
// @ts-expect-error and the list key only a page of tasks
client.setQueryData(queryKeys.listTasks({ projectId: 'p' }), [{ id: 't' }]);
// @ts-expect-error parameters are typed too
queryKeys.getTask({ projectId: 'p' });
const pages = client.getQueryData(queryKeys.listTasksInfinite({ projectId: 'p' }));
const firstTitle: string | undefined = pages?.pages[0]?.items[0]?.title;
void firstTitle;
const options = queries.tasks.update({ optimistic: true });
void options.mutationFn?.({ params: { projectId: 'p', taskId: 't' }, body: { status: 'done' } }, {} as never);
// @ts-expect-error a mutation's body is the operation's body
void options.mutationFn?.({ params: { projectId: 'p', taskId: 't' }, body: { status: 'finished' } }, {} as never);
const stop = queries.events.stream(client, { projectId: 'p' }, { onStateChange: (state) => void state });
stop();
`;

describe('the generated query file', () => {
  it('matches the example golden and type-checks with typed keys that reject wrong data', async () => {
    const { model } = await loadSpec(EXAMPLE);
    const files = await emitQuery(model);
    await expect(files.get('query.ts')).toMatchFileSnapshot(join(GOLDEN, 'example.query.ts'));
    expect(await typeCheckQuery(model, 'example', USAGE)).toEqual([]);
  }, 60_000);

  it('type-checks for a spec other than the example (multipart, raw bodies, reserved group names)', async () => {
    const { model } = await loadSpec(SHAPES);
    const files = await emitQuery(model);
    await expect(files.get('query.ts')).toMatchFileSnapshot(join(GOLDEN, 'shapes.query.ts'));
    expect(await typeCheckQuery(model, 'shapes')).toEqual([]);
  }, 60_000);

  it('runs a read whose body is required on demand, and type-checks', async () => {
    const { model } = await loadSpec(join(generatorsRoot, 'test', 'query', 'fixtures', 'get-with-body.yaml'));
    const kinds = Object.fromEntries(
      planQueries(model)
        .groups.flatMap((group) => group.operations)
        .map((entry) => [
          entry.planned.operation.operationId,
          { kind: entry.kind, stale: entry.invalidates.length },
        ]),
    );
    // A required body cannot be re-sent by a cache refetch; an optional one is left out.
    expect(kinds).toEqual({
      getStats: { kind: 'mutation', stale: 0 },
      listItems: { kind: 'query', stale: 0 },
    });
    expect(await typeCheckQuery(model, 'get-with-body')).toEqual([]);
  }, 60_000);

  it('imports everything from the published SDK package when sdkImport names it', async () => {
    const { model } = await loadSpec(EXAMPLE);
    const contents = (await emitQuery(model, { sdkImport: '@acme/tasks-sdk' })).get('query.ts') ?? '';
    expect(contents).toContain('import type { Api, OperationTypes } from "@acme/tasks-sdk";');
    expect(contents).not.toContain('./sdk.js');
  });

  it.each([
    ['an empty sdkImport', { sdkImport: '' }, /sdkImport/],
    [
      'an invalidate list that is not a list of ids',
      { invalidate: { createTask: 'listTasks' } },
      /invalidate/,
    ],
  ])('rejects %s with a message naming the option', async (_name, options, message) => {
    const { model } = await loadSpec(EXAMPLE);
    await expect(emitQuery(model, options)).rejects.toThrow(message);
  });
});
