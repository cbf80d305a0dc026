import { beforeEach, expect, it } from 'vitest';
import { describeEachDatabase } from '../../helpers/databases.js';
import { taskFields } from '../support/fixtures.js';
import { createWorld, type World } from '../support/world.js';

/*
 * The queries that differ most between engines (upserts that do nothing on
 * conflict, keyset conditions over expressions, recursive CTEs, conditional
 * updates, aggregates) exercised through the services, once per database.
 */
describeEachDatabase('repositories', (open) => {
  let world: World;
  let ada: string;
  let grace: string;
  let projectId: string;
  beforeEach(async () => {
    const handle = await open();
    world = await createWorld({ database: handle });
    ada = await world.user('ada');
    grace = await world.user('grace');
    projectId = (await world.projects.create(ada, { name: 'Board', description: 'on every engine' })).id;
    return () => world.destroy();
  });

  it('when a duplicate user, member or idempotency key is inserted, then the conflict is detected', async () => {
    const email = (await world.auth.currentUser(ada)).email;
    await expect(
      world.auth.register({ email, password: 'password-1', displayName: 'again' }),
    ).rejects.toMatchObject({
      status: 409,
    });
    await world.members.add(ada, projectId, { userId: grace, role: 'member' });
    await expect(world.members.add(ada, projectId, { userId: grace, role: 'member' })).rejects.toMatchObject({
      status: 409,
    });
    const request = { operation: 'op', target: '', body: { a: 1 } };
    const action = async () => ({ status: 201, body: { a: 1 }, headers: {} });
    await world.idempotency.run(ada, 'key', request, action);
    expect(await world.idempotency.run(ada, 'key', request, action)).toEqual({
      status: 201,
      body: { a: 1 },
      headers: {},
    });
  });

  it('when refresh tokens rotate and one is reused after the grace window, then the family is revoked', async () => {
    const session = await world.auth.login(
      (await world.auth.currentUser(ada)).email,
      'correct-horse-battery-staple',
    );
    const next = await world.auth.refresh(session.refreshToken);
    world.tick(60_000);
    await expect(world.auth.refresh(session.refreshToken)).rejects.toMatchObject({ status: 401 });
    await expect(world.auth.refresh(next.refreshToken)).rejects.toMatchObject({ status: 401 });
  });

  it('when tasks are paged by due date (missing last) and priority, then every task appears once in order', async () => {
    const dues = ['2026-12-03', null, '2026-12-01', null, '2026-12-02'];
    for (const [i, dueDate] of dues.entries()) {
      await world.tasks.create(ada, projectId, { ...taskFields(`t${i}`), dueDate, estimateHours: 1.25 });
      world.tick();
    }
    for (const sort of ['dueDate', '-dueDate', 'priority', '-createdAt'] as const) {
      const seen = [];
      let cursor: string | undefined;
      do {
        const page = await world.tasks.list(ada, projectId, { sort, limit: 2, cursor });
        seen.push(...page.items);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(seen).toHaveLength(5);
      if (sort === 'dueDate')
        expect(seen.map((t) => t.dueDate).slice(0, 3)).toEqual(['2026-12-01', '2026-12-02', '2026-12-03']);
      if (sort === '-dueDate')
        expect(seen.map((t) => t.dueDate).slice(0, 3)).toEqual(['2026-12-03', '2026-12-02', '2026-12-01']);
    }
    const filtered = await world.tasks.list(ada, projectId, {
      sort: 'createdAt',
      limit: 10,
      status: ['todo'],
      dueAfter: '2026-12-02',
    });
    expect(filtered.items.map((t) => t.title)).toEqual(['t0', 't4']);
    expect(filtered.items[0]).toMatchObject({ estimateHours: 1.25, labels: [], version: 1 });
  });

  it('when a task is updated with If-Match and its history is read, then versions and activity line up', async () => {
    await world.members.add(ada, projectId, { userId: grace, role: 'member' });
    const task = await world.tasks.create(ada, projectId, taskFields('history'));
    await world.tasks.update(ada, projectId, task.id, { status: 'done', assigneeId: grace }, '"1"');
    await expect(
      world.tasks.update(ada, projectId, task.id, { title: 'stale' }, '"1"'),
    ).rejects.toMatchObject({
      status: 412,
    });
    await world.comments.create(ada, projectId, task.id, { body: 'done!' });
    const kinds = (await world.activity.list(ada, projectId, task.id, 10)).items.map((a) => a.kind);
    expect(kinds).toEqual(['task_created', 'task_status_changed', 'task_assigned', 'comment_added']);
  });

  it('when comments nest, then the recursive query returns whole threads', async () => {
    const task = await world.tasks.create(ada, projectId, taskFields('thread'));
    const root = await world.comments.create(ada, projectId, task.id, { body: 'root' });
    world.tick();
    const reply = await world.comments.create(ada, projectId, task.id, { body: 'reply', parentId: root.id });
    world.tick();
    await world.comments.create(ada, projectId, task.id, { body: 'deeper', parentId: reply.id });
    const [thread] = (await world.comments.list(ada, projectId, task.id, 10)).items;
    expect(thread?.replies[0]?.replies[0]?.body).toBe('deeper');
  });

  it('when a member is removed and a project deleted, then tasks are unassigned and everything cascades', async () => {
    await world.members.add(ada, projectId, { userId: grace, role: 'member' });
    const task = await world.tasks.create(ada, projectId, { ...taskFields('assigned'), assigneeId: grace });
    await expect(world.members.remove(ada, projectId, ada)).rejects.toMatchObject({ status: 409 });
    await world.members.remove(ada, projectId, grace);
    expect((await world.tasks.get(ada, projectId, task.id)).assigneeId).toBeNull();
    await world.projects.delete(ada, projectId);
    expect(await world.db.selectFrom('tasks').select('id').execute()).toEqual([]);
    expect(await world.db.selectFrom('activity').select('id').execute()).toEqual([]);
  });
});
