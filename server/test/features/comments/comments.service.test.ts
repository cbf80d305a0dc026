import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NotFoundError } from '../../../src/shared/errors/index.js';
import { taskFields } from '../support/fixtures.js';
import { createWorld, type World } from '../support/world.js';

describe('CommentsService', () => {
  let world: World;
  let ada: string;
  let projectId: string;
  let taskId: string;
  beforeEach(async () => {
    world = await createWorld();
    ada = await world.user('ada');
    projectId = (await world.projects.create(ada, { name: 'Board' })).id;
    taskId = (await world.tasks.create(ada, projectId, taskFields('Discuss'))).id;
  });
  afterEach(() => world.destroy());

  const say = async (body: string, parentId: string | null = null) => {
    world.tick();
    return world.comments.create(ada, projectId, taskId, { body, parentId });
  };

  it('when replies nest several levels deep, then each thread comes back as a tree, oldest first', async () => {
    const root = await say('root');
    const other = await say('other root');
    const reply = await say('reply', root.id);
    const deeper = await say('reply to reply', reply.id);
    const second = await say('second reply', root.id);

    const page = await world.comments.list(ada, projectId, taskId, 10);
    expect(page.items.map((c) => c.body)).toEqual(['root', 'other root']);
    const [thread] = page.items;
    expect(thread?.replies.map((c) => c.id)).toEqual([reply.id, second.id]);
    expect(thread?.replies[0]?.replies.map((c) => c.id)).toEqual([deeper.id]);
    expect(page.items[1]?.id).toBe(other.id);

    const single = await world.comments.get(ada, projectId, taskId, reply.id);
    expect(single).toMatchObject({
      id: reply.id,
      parentId: root.id,
      replies: [{ id: deeper.id, replies: [] }],
    });
    await expect(
      world.comments.get(ada, projectId, taskId, '00000000-0000-4000-8000-000000000000'),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  it('when paging, then only top-level comments count', async () => {
    const first = await say('one');
    await say('reply', first.id);
    await say('two');
    await say('three');
    const page1 = await world.comments.list(ada, projectId, taskId, 2);
    const page2 = await world.comments.list(ada, projectId, taskId, 2, page1.nextCursor ?? undefined);
    expect(page1.items.map((c) => c.body)).toEqual(['one', 'two']);
    expect(page1.items[0]?.replies).toHaveLength(1);
    expect(page2.items.map((c) => c.body)).toEqual(['three']);
    expect(page2.nextCursor).toBeNull();
  });

  it('when the parent is on another task or does not exist, then it is a 409 conflict', async () => {
    const otherTask = (await world.tasks.create(ada, projectId, taskFields('Other'))).id;
    const foreign = await world.comments.create(ada, projectId, otherTask, { body: 'elsewhere' });
    for (const parentId of [foreign.id, '00000000-0000-4000-8000-000000000000']) {
      await expect(say('reply', parentId)).rejects.toMatchObject({ status: 409 });
    }
  });

  it('when a comment is added, then the activity records it in the same change', async () => {
    const comment = await say('hello');
    const activity = await world.activity.list(ada, projectId, taskId, 10);
    expect(activity.items.at(-1)).toMatchObject({
      kind: 'comment_added',
      commentId: comment.id,
      actorId: ada,
    });
  });

  it('when the task does not exist, then listing and commenting are 404', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    await expect(world.comments.list(ada, projectId, missing, 10)).rejects.toBeInstanceOf(NotFoundError);
    await expect(world.comments.create(ada, projectId, missing, { body: 'x' })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(world.activity.list(ada, projectId, missing, 10)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('when activity is paged, then entries come oldest first exactly once', async () => {
    for (let i = 0; i < 4; i++) await say(`c${i}`);
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await world.activity.list(ada, projectId, taskId, 2, cursor);
      seen.push(...page.items.map((a) => a.kind));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual([
      'task_created',
      'comment_added',
      'comment_added',
      'comment_added',
      'comment_added',
    ]);
  });
});
