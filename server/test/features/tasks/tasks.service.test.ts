import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NotFoundError, PreconditionFailedError } from '../../../src/shared/errors/index.js';
import { etagOf, ifMatchPrecondition } from '../../../src/tasks/etag.js';
import type { Task, TaskSort } from '../../../src/tasks/tasks.model.js';
import { taskFields } from '../support/fixtures.js';
import { createWorld, type World } from '../support/world.js';

describe('If-Match preconditions', () => {
  it.each([
    ['a matching strong tag', '"3"', 3, true],
    ['a stale tag', '"2"', 3, false],
    ['a list containing the current tag', '"1", "3"', 3, true],
    ['a weak tag (strong comparison, RFC 9110 §13.1.1)', 'W/"3"', 3, false],
    ['the wildcard', '*', 7, true],
    ['garbage', 'nonsense', 3, false],
  ])('when If-Match is %s, then the precondition is %s', (_name, header, version, expected) => {
    expect(ifMatchPrecondition(header)?.(version)).toBe(expected);
  });

  it('when there is no If-Match, then there is no precondition; ETags quote the version', () => {
    expect(ifMatchPrecondition(undefined)).toBeUndefined();
    expect(etagOf(4)).toBe('"4"');
  });
});

describe('TasksService', () => {
  let world: World;
  let ada: string;
  let grace: string;
  let projectId: string;
  beforeEach(async () => {
    world = await createWorld();
    ada = await world.user('ada');
    grace = await world.user('grace');
    projectId = (await world.projects.create(ada, { name: 'Board' })).id;
  });
  afterEach(() => world.destroy());

  async function collect(sort: TaskSort, limit: number, filters = {}): Promise<Task[]> {
    const seen: Task[] = [];
    let cursor: string | undefined;
    do {
      const page = await world.tasks.list(ada, projectId, { sort, limit, cursor, ...filters });
      seen.push(...page.items);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return seen;
  }

  it('when a task is created, then it starts at version 1 and its creation (and assignment) is recorded', async () => {
    await world.members.add(ada, projectId, { userId: grace, role: 'member' });
    const task = await world.tasks.create(ada, projectId, { ...taskFields('Write'), assigneeId: grace });
    expect(task).toMatchObject({ version: 1, createdBy: ada, projectId, status: 'todo', assigneeId: grace });
    const activity = await world.activity.list(ada, projectId, task.id, 10);
    expect(activity.items.map((a) => a.kind)).toEqual(['task_created', 'task_assigned']);
    expect(activity.items[0]).toMatchObject({ kind: 'task_created', title: 'Write', actorId: ada });
  });

  it('when the assignee is not a member, then creating or updating is a 409 conflict', async () => {
    await expect(
      world.tasks.create(ada, projectId, { ...taskFields('x'), assigneeId: grace }),
    ).rejects.toMatchObject({ status: 409 });
    const task = await world.tasks.create(ada, projectId, taskFields('x'));
    await expect(world.tasks.update(ada, projectId, task.id, { assigneeId: grace })).rejects.toMatchObject({
      status: 409,
    });
  });

  it('when a task is updated, then the version rises and status and assignment changes are recorded', async () => {
    await world.members.add(ada, projectId, { userId: grace, role: 'member' });
    const task = await world.tasks.create(ada, projectId, { ...taskFields('Write'), estimateHours: 2 });
    world.tick();
    const updated = await world.tasks.update(ada, projectId, task.id, {
      status: 'in_progress',
      assigneeId: grace,
      estimateHours: null,
      labels: ['copy'],
    });
    expect(updated).toMatchObject({
      version: 2,
      status: 'in_progress',
      assigneeId: grace,
      estimateHours: null,
      labels: ['copy'],
    });
    expect(updated.title).toBe('Write');
    expect(await world.tasks.get(ada, projectId, task.id)).toEqual(updated);
    const kinds = (await world.activity.list(ada, projectId, task.id, 10)).items.map((a) => a.kind);
    expect(kinds).toEqual(['task_created', 'task_status_changed', 'task_assigned']);
  });

  it('when If-Match is stale, then the update is refused with 412 and nothing changes', async () => {
    const task = await world.tasks.create(ada, projectId, taskFields('Write'));
    await world.tasks.update(ada, projectId, task.id, { title: 'First' }, etagOf(1));
    await expect(
      world.tasks.update(ada, projectId, task.id, { title: 'Second' }, etagOf(1)),
    ).rejects.toBeInstanceOf(PreconditionFailedError);
    expect(await world.tasks.get(ada, projectId, task.id)).toMatchObject({ title: 'First', version: 2 });
  });

  it('when two updates race on the same version, then exactly one wins', async () => {
    const task = await world.tasks.create(ada, projectId, taskFields('Write'));
    const results = await Promise.allSettled([
      world.tasks.update(ada, projectId, task.id, { title: 'A' }, etagOf(1)),
      world.tasks.update(ada, projectId, task.id, { title: 'B' }, etagOf(1)),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
  });

  it('when tasks are listed while new ones are inserted, then no row is skipped or repeated', async () => {
    for (let i = 0; i < 7; i++) {
      await world.tasks.create(ada, projectId, taskFields(`old-${i}`));
      world.tick();
    }
    const seen: string[] = [];
    let cursor: string | undefined;
    let inserted = 0;
    do {
      const page = await world.tasks.list(ada, projectId, { sort: '-createdAt', limit: 3, cursor });
      seen.push(...page.items.map((t) => t.title));
      cursor = page.nextCursor ?? undefined;
      // Someone else keeps adding tasks between page reads.
      await world.tasks.create(ada, projectId, taskFields(`new-${inserted++}`));
      world.tick();
    } while (cursor);
    expect(seen).toEqual(['old-6', 'old-5', 'old-4', 'old-3', 'old-2', 'old-1', 'old-0']);
  });

  it('when many tasks share one timestamp, then the id tie-breaker still pages through each once', async () => {
    for (let i = 0; i < 9; i++) await world.tasks.create(ada, projectId, taskFields(`same-${i}`));
    const all = await collect('createdAt', 2);
    expect(all).toHaveLength(9);
    expect(new Set(all.map((t) => t.id)).size).toBe(9);
    expect(all.map((t) => t.id)).toEqual([...all.map((t) => t.id)].sort());
  });

  it.each<[TaskSort, string[]]>([
    ['dueDate', ['d1', 'd2', 'd3', 'none-a', 'none-b']],
    ['-dueDate', ['d3', 'd2', 'd1', 'none-b', 'none-a']],
    ['priority', ['d2', 'd3', 'none-b', 'none-a', 'd1']],
    ['-priority', ['d1', 'none-a', 'none-b', 'd3', 'd2']],
  ])('when sorted by %s, then pages follow that order with missing due dates last', async (sort, expected) => {
    const specs = [
      { title: 'd1', dueDate: '2026-12-01', priority: 'urgent' as const },
      { title: 'd2', dueDate: '2026-12-02', priority: 'low' as const },
      { title: 'd3', dueDate: '2026-12-03', priority: 'medium' as const },
      { title: 'none-a', dueDate: null, priority: 'high' as const },
      { title: 'none-b', dueDate: null, priority: 'medium' as const },
    ];
    const ids = new Map<string, string>();
    for (const spec of specs) {
      const task = await world.tasks.create(ada, projectId, { ...taskFields(spec.title), ...spec });
      ids.set(spec.title, task.id);
      world.tick();
    }
    // Equal keys order by id in the sort's direction; derive that part of the expectation from the ids.
    const byId = (a: string, b: string) => {
      const [x, y] = [ids.get(a) ?? '', ids.get(b) ?? ''];
      return sort.startsWith('-') ? (x < y ? 1 : -1) : x < y ? -1 : 1;
    };
    const titles = (await collect(sort, 2)).map((t) => t.title);
    const expectedWithTies = sort.endsWith('priority')
      ? [...expected].sort((a, b) => {
          const rank = (t: string) =>
            ({ low: 1, medium: 2, high: 3, urgent: 4 })[specs.find((s) => s.title === t)?.priority ?? 'low'];
          const diff = sort.startsWith('-') ? rank(b) - rank(a) : rank(a) - rank(b);
          return diff !== 0 ? diff : byId(a, b);
        })
      : [
          ...expected.filter((t) => t.startsWith('d')),
          ...expected.filter((t) => t.startsWith('none')).sort(byId),
        ];
    expect(titles).toEqual(expectedWithTies);
  });

  it('when filtering by status, assignee and due window, then only matching tasks are listed', async () => {
    await world.members.add(ada, projectId, { userId: grace, role: 'member' });
    await world.tasks.create(ada, projectId, { ...taskFields('a'), status: 'todo', dueDate: '2026-12-01' });
    await world.tasks.create(ada, projectId, {
      ...taskFields('b'),
      status: 'done',
      dueDate: '2026-12-05',
      assigneeId: grace,
    });
    await world.tasks.create(ada, projectId, { ...taskFields('c'), status: 'blocked', dueDate: null });
    const titles = async (filters: object) =>
      (await collect('createdAt', 10, filters)).map((t) => t.title).sort();
    expect(await titles({ status: ['todo', 'done'] })).toEqual(['a', 'b']);
    expect(await titles({ assigneeId: grace })).toEqual(['b']);
    expect(await titles({ dueAfter: '2026-12-02' })).toEqual(['b']);
    expect(await titles({ dueBefore: '2026-12-01' })).toEqual(['a']);
  });

  it('when a cursor is reused with another sort or filter, then it is a 400', async () => {
    for (let i = 0; i < 3; i++) await world.tasks.create(ada, projectId, taskFields(`t${i}`));
    const page = await world.tasks.list(ada, projectId, { sort: 'createdAt', limit: 1 });
    await expect(
      world.tasks.list(ada, projectId, { sort: '-createdAt', limit: 1, cursor: page.nextCursor ?? '' }),
    ).rejects.toMatchObject({ status: 400, errors: [{ path: 'query/cursor' }] });
  });

  it('when a task is deleted, then it is gone and a second delete is 404', async () => {
    const task = await world.tasks.create(ada, projectId, taskFields('Write'));
    await world.tasks.delete(ada, projectId, task.id);
    await expect(world.tasks.get(ada, projectId, task.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(world.tasks.delete(ada, projectId, task.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('when a task id belongs to another project, then it is 404 even for a member of both', async () => {
    const other = (await world.projects.create(ada, { name: 'Other' })).id;
    const task = await world.tasks.create(ada, other, taskFields('elsewhere'));
    await expect(world.tasks.get(ada, projectId, task.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('cursors', () => {
  const forge = (payload: object) => Buffer.from(JSON.stringify(payload)).toString('base64url');

  it.each([
    ['a string key for a numeric sort', 'priority', { k: 'abc', i: 'x' }],
    ['a fractional key', 'priority', { k: 1.5, i: 'x' }],
    ['a numeric key for a date sort', 'dueDate', { k: 7, i: 'x' }],
  ] as const)('when a forged cursor carries %s, then it is a 400 rather than a database error', async (_case, sort, payload) => {
    const world = await createWorld();
    try {
      const ada = await world.user('ada');
      const projectId = (await world.projects.create(ada, { name: 'Forged' })).id;
      const fingerprint = JSON.stringify(['tasks', sort, [], null, null, null]);
      const cursor = forge({ ...payload, q: fingerprint });
      await expect(world.tasks.list(ada, projectId, { sort, limit: 2, cursor })).rejects.toMatchObject({
        status: 400,
        errors: [{ path: 'query/cursor' }],
      });
    } finally {
      await world.destroy();
    }
  });
});
