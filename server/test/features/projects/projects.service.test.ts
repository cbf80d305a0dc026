import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  ValidationError,
} from '../../../src/shared/errors/index.js';
import { taskFields } from '../support/fixtures.js';
import { createWorld, type World } from '../support/world.js';

describe('projects and members', () => {
  let world: World;
  let ada: string;
  let grace: string;
  let eve: string;
  beforeEach(async () => {
    world = await createWorld();
    ada = await world.user('ada');
    grace = await world.user('grace');
    eve = await world.user('eve');
  });
  afterEach(() => world.destroy());

  it('when a project is created, then its creator is its owner and first member', async () => {
    const project = await world.projects.create(ada, { name: 'Launch' });
    expect(project).toMatchObject({ name: 'Launch', description: null, ownerId: ada });
    const members = await world.members.list(ada, project.id, 10);
    expect(members.items).toEqual([expect.objectContaining({ userId: ada, role: 'owner' })]);
  });

  it('when someone outside the project asks for it, then it does not exist for them (404, not 403)', async () => {
    const project = await world.projects.create(ada, { name: 'Secret' });
    await expect(world.projects.get(eve, project.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(world.projects.update(eve, project.id, { name: 'Mine' })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(world.projects.delete(eve, project.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(world.members.list(eve, project.id, 10)).rejects.toBeInstanceOf(NotFoundError);
    await expect(world.tasks.create(eve, project.id, taskFields('x'))).rejects.toBeInstanceOf(NotFoundError);
    expect((await world.projects.list(eve, 10)).items).toEqual([]);
  });

  it('when a member who is not an owner manages membership or deletes, then it is forbidden', async () => {
    const project = await world.projects.create(ada, { name: 'Team' });
    await world.members.add(ada, project.id, { userId: grace, role: 'member' });
    await expect(
      world.members.add(grace, project.id, { userId: eve, role: 'member' }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(world.members.remove(grace, project.id, ada)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(world.projects.delete(grace, project.id)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await world.projects.update(grace, project.id, { description: 'edited' })).toMatchObject({
      description: 'edited',
    });
  });

  it('when a member is added by email, unknown or twice, then it is 201-shaped, 404 and 409', async () => {
    const project = await world.projects.create(ada, { name: 'Team' });
    const graceEmail = (await world.auth.currentUser(grace)).email;
    const member = await world.members.add(ada, project.id, {
      email: graceEmail.toUpperCase(),
      role: 'member',
    });
    expect(member).toMatchObject({ userId: grace, role: 'member', displayName: 'grace' });
    await expect(
      world.members.add(ada, project.id, { email: 'nobody@example.com', role: 'member' }),
    ).rejects.toMatchObject({ status: 404 });
    await expect(world.members.add(ada, project.id, { userId: grace, role: 'owner' })).rejects.toBeInstanceOf(
      ConflictError,
    );
  });

  it('when the last owner is removed, then it is refused; when a member is removed, their tasks are unassigned', async () => {
    const project = await world.projects.create(ada, { name: 'Team' });
    await world.members.add(ada, project.id, { userId: grace, role: 'member' });
    const task = await world.tasks.create(ada, project.id, { ...taskFields('Assigned'), assigneeId: grace });
    await expect(world.members.remove(ada, project.id, ada)).rejects.toBeInstanceOf(ConflictError);
    await world.members.remove(ada, project.id, grace);
    const unassigned = await world.tasks.get(ada, project.id, task.id);
    expect(unassigned).toMatchObject({ assigneeId: null, version: task.version + 1 });
    const history = (await world.activity.list(ada, project.id, task.id, 10)).items;
    expect(history.at(-1)).toMatchObject({
      kind: 'task_assigned',
      previousAssigneeId: grace,
      assigneeId: null,
      actorId: ada,
    });
    await expect(world.projects.get(grace, project.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(world.members.remove(ada, project.id, grace)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('when projects are listed page by page, then each appears once, newest first', async () => {
    const created = [];
    for (let i = 0; i < 5; i++) {
      created.push(await world.projects.create(ada, { name: `P${i}` }));
      world.tick();
    }
    const first = await world.projects.list(ada, 2);
    const second = await world.projects.list(ada, 2, first.nextCursor ?? undefined);
    const third = await world.projects.list(ada, 2, second.nextCursor ?? undefined);
    expect([...first.items, ...second.items, ...third.items].map((p) => p.name)).toEqual([
      'P4',
      'P3',
      'P2',
      'P1',
      'P0',
    ]);
    expect(third.nextCursor).toBeNull();
  });

  it('when a cursor is garbage, then it is a 400 on query/cursor', async () => {
    await expect(world.projects.list(ada, 2, 'not-a-cursor')).rejects.toMatchObject({
      status: 400,
      errors: [{ path: 'query/cursor', code: 'invalid_cursor' }],
    });
    await expect(world.projects.list(ada, 2, 'not-a-cursor')).rejects.toBeInstanceOf(ValidationError);
  });

  it('when a project is deleted, then its tasks are gone with it', async () => {
    const project = await world.projects.create(ada, { name: 'Doomed' });
    await world.tasks.create(ada, project.id, taskFields('t'));
    await world.projects.delete(ada, project.id);
    expect(await world.db.selectFrom('tasks').selectAll().execute()).toEqual([]);
    await expect(world.projects.get(ada, project.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});
