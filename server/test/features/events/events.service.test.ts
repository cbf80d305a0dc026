import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PublishedEvent } from '../../../src/events/events.model.js';
import { NotFoundError } from '../../../src/shared/errors/index.js';
import { taskFields } from '../support/fixtures.js';
import { createWorld, type World } from '../support/world.js';

async function take(iterator: AsyncIterator<PublishedEvent>, count: number): Promise<PublishedEvent[]> {
  const events: PublishedEvent[] = [];
  while (events.length < count) {
    const next = await iterator.next();
    if (next.done) break;
    events.push(next.value);
  }
  return events;
}

/** The task id of a change event (a gap event has none). */
const taskIdOf = (published: PublishedEvent | undefined) =>
  published?.event.type === 'stream.gap' ? undefined : published?.event.taskId;

describe('EventsService', () => {
  let world: World;
  let ada: string;
  let projectId: string;
  beforeEach(async () => {
    world = await createWorld();
    ada = await world.user('ada');
    projectId = (await world.projects.create(ada, { name: 'Live' })).id;
  });
  afterEach(() => world.destroy());

  it('when tasks change, then members following the project receive the events in order', async () => {
    const stream = await world.events.follow(ada, projectId);
    const task = await world.tasks.create(ada, projectId, taskFields('Live'));
    await world.tasks.update(ada, projectId, task.id, { status: 'done' });
    await world.comments.create(ada, projectId, task.id, { body: 'hi' });
    await world.tasks.delete(ada, projectId, task.id);
    const events = await take(stream, 4);
    expect(events.map((e) => e.event.type)).toEqual([
      'task.created',
      'task.updated',
      'comment.added',
      'task.deleted',
    ]);
    expect(events.every((e) => e.event.type !== 'stream.gap' && e.event.taskId === task.id)).toBe(true);
    expect(events.every((e) => e.event.type !== 'stream.gap' && e.event.actorId === ada)).toBe(true);
    expect(events.map((e) => Number(e.id))).toEqual([1, 2, 3, 4]);
    await stream.return();
  });

  it('when a client resumes with Last-Event-ID, then it gets exactly the events it missed, then live ones', async () => {
    const first = await world.events.follow(ada, projectId);
    await world.tasks.create(ada, projectId, taskFields('one'));
    const [seen] = await take(first, 1);
    await first.return();
    const missed = [
      await world.tasks.create(ada, projectId, taskFields('two')),
      await world.tasks.create(ada, projectId, taskFields('three')),
    ];

    const resumed = await world.events.follow(ada, projectId, { lastEventId: seen?.id });
    const live = await world.tasks.create(ada, projectId, taskFields('four'));
    const events = await take(resumed, 3);
    expect(events.map(taskIdOf)).toEqual([...missed, live].map((t) => t.id));
    await resumed.return();
  });

  it('when a client resumes after the events it missed were pruned, then a gap event comes first, then what is retained', async () => {
    const retained = await createWorld({ eventRetention: { maxEventsPerProject: 2 } });
    try {
      const owner = await retained.user('ada');
      const project = (await retained.projects.create(owner, { name: 'Busy' })).id;
      const tasks = [];
      for (const title of ['one', 'two', 'three', 'four']) {
        tasks.push(await retained.tasks.create(owner, project, taskFields(title)));
      }
      await retained.bus.prune();
      const resumed = await retained.events.follow(owner, project, { lastEventId: '1' });
      const [gap, ...rest] = await take(resumed, 3);
      expect(gap?.event).toMatchObject({
        type: 'stream.gap',
        projectId: project,
        lastEventId: '1',
        reason: 'expired',
      });
      // The gap's id is where the stream resumes: a reconnect with it is not told about the gap again.
      expect(gap?.id).toBe('2');
      expect(rest.map(taskIdOf)).toEqual([tasks[2]?.id, tasks[3]?.id]);
      await resumed.return();
      const again = await retained.events.follow(owner, project, { lastEventId: gap?.id });
      expect((await take(again, 2)).map(taskIdOf)).toEqual([tasks[2]?.id, tasks[3]?.id]);
      await again.return();
    } finally {
      await retained.destroy();
    }
  });

  it('when events are older than the retention time, then pruning removes them', async () => {
    const retained = await createWorld({ eventRetention: { maxAgeSeconds: 60 } });
    try {
      const owner = await retained.user('ada');
      const project = (await retained.projects.create(owner, { name: 'Old' })).id;
      await retained.tasks.create(owner, project, taskFields('old'));
      retained.tick(61_000);
      const fresh = await retained.tasks.create(owner, project, taskFields('fresh'));
      await retained.bus.prune();
      const rows = await retained.db.selectFrom('events').select('seq').execute();
      expect(rows.map((row) => Number(row.seq))).toEqual([2]);
      const resumed = await retained.events.follow(owner, project, { lastEventId: '0' });
      const [gap, next] = await take(resumed, 2);
      expect(gap?.event).toMatchObject({ type: 'stream.gap', reason: 'expired' });
      expect(taskIdOf(next)).toBe(fresh.id);
      await resumed.return();
    } finally {
      await retained.destroy();
    }
  });

  it('when Last-Event-ID was never issued by this stream, then a gap event says so and live events follow', async () => {
    await world.tasks.create(ada, projectId, taskFields('one'));
    for (const lastEventId of ['999', 'garbage', '1732563000000-42']) {
      const resumed = await world.events.follow(ada, projectId, { lastEventId });
      const [gap] = await take(resumed, 1);
      expect(gap).toMatchObject({ id: '1', event: { type: 'stream.gap', reason: 'unknown', lastEventId } });
      await resumed.return();
    }
    const plain = await world.events.follow(ada, projectId);
    const live = await world.tasks.create(ada, projectId, taskFields('two'));
    expect(taskIdOf((await take(plain, 1))[0])).toBe(live.id);
    await plain.return();
  });

  it('when events happen in another project, then followers of this one do not see them', async () => {
    const stream = await world.events.follow(ada, projectId);
    const other = (await world.projects.create(ada, { name: 'Other' })).id;
    await world.tasks.create(ada, other, taskFields('elsewhere'));
    const mine = await world.tasks.create(ada, projectId, taskFields('here'));
    expect(taskIdOf((await take(stream, 1))[0])).toBe(mine.id);
    await stream.return();
  });

  it('when someone outside the project follows it, then it is 404', async () => {
    const eve = await world.user('eve');
    await expect(world.events.follow(eve, projectId)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('when the server shuts down, the client leaves or the token expires, then the stream ends', async () => {
    const client = new AbortController();
    const byClient = await world.events.follow(ada, projectId, { signal: client.signal });
    const byExpiry = await world.events.follow(ada, projectId, { until: world.clock.now + 20 });
    const byShutdown = await world.events.follow(ada, projectId);
    const pending = [byClient.next(), byExpiry.next(), byShutdown.next()];
    client.abort();
    world.shutdown.abort();
    expect(await Promise.all(pending)).toEqual([
      { value: undefined, done: true },
      { value: undefined, done: true },
      { value: undefined, done: true },
    ]);
  });

  it('when the caller is removed from the project, then their stream ends at the next event', async () => {
    const grace = await world.user('grace');
    await world.members.add(ada, projectId, { userId: grace, role: 'member' });
    const stream = await world.events.follow(grace, projectId);
    await world.members.remove(ada, projectId, grace);
    await world.tasks.create(ada, projectId, taskFields('secret'));
    expect(await stream.next()).toEqual({ value: undefined, done: true });
  });
});
