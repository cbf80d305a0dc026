import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PublishedEvent } from '../../../src/events/events.model.js';
import { InMemoryEventBus } from '../../../src/events/in-memory-event-bus.js';
import { NotFoundError } from '../../../src/shared/errors/index.js';
import { taskFields } from '../support/fixtures.js';
import { createWorld, type World } from '../support/world.js';

const event = (projectId: string, taskId = 't') => ({
  type: 'task.updated' as const,
  projectId,
  taskId,
  actorId: 'a',
  occurredAt: '2026-11-25T09:00:00Z',
});

async function take(iterator: AsyncIterator<PublishedEvent>, count: number): Promise<PublishedEvent[]> {
  const events: PublishedEvent[] = [];
  while (events.length < count) {
    const next = await iterator.next();
    if (next.done) break;
    events.push(next.value);
  }
  return events;
}

describe('InMemoryEventBus', () => {
  it('when events are published, then ids increase and the replay window keeps only the newest', async () => {
    const bus = new InMemoryEventBus({ replayWindow: 3, now: () => 1000 });
    for (let i = 1; i <= 5; i++) await bus.publish(event('p', `t${i}`));
    const { replay, unsubscribe } = bus.subscribe('p', () => {}, '1000-1');
    unsubscribe();
    expect(replay.map((e) => e.id)).toEqual(['1000-3', '1000-4', '1000-5']);
  });

  it('when Last-Event-ID is from another process, malformed or absent, then nothing is replayed', async () => {
    const bus = new InMemoryEventBus({ now: () => 1000 });
    await bus.publish(event('p'));
    for (const lastEventId of ['999-0', 'garbage', undefined]) {
      expect(bus.subscribe('p', () => {}, lastEventId).replay).toEqual([]);
    }
  });

  it('when a project has events, then subscribers of other projects do not see them', async () => {
    const bus = new InMemoryEventBus();
    const seen: string[] = [];
    bus.subscribe('other', (e) => seen.push(e.id));
    await bus.publish(event('p'));
    expect(seen).toEqual([]);
  });
});

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
    expect(events.every((e) => e.event.taskId === task.id && e.event.actorId === ada)).toBe(true);
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
    expect(events.map((e) => e.event.taskId)).toEqual([...missed, live].map((t) => t.id));
    await resumed.return();
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
