import { describe, expect, it } from 'vitest';
import { EventStream } from '../../../src/events/event-stream.js';

const published = (n: number) => ({
  id: `1-${n}`,
  event: { type: 'task.created' as const, projectId: 'p', taskId: `t${n}`, actorId: 'a', occurredAt: 'now' },
});

describe('EventStream', () => {
  it('when events are pushed before and while waiting, then they come out in order', async () => {
    const stream = new EventStream();
    stream.push(published(1));
    const first = await stream.next();
    const waiting = stream.next();
    stream.push(published(2));
    expect([first.value?.id, (await waiting).value?.id]).toEqual(['1-1', '1-2']);
  });

  it('when the client leaves while the stream waits, then return() ends it at once and runs the clean-up', async () => {
    const stream = new EventStream();
    let cleanedUp = 0;
    stream.onClose(() => cleanedUp++);
    const waiting = stream.next();
    await stream.return();
    expect(await waiting).toEqual({ value: undefined, done: true });
    stream.close();
    expect(cleanedUp).toBe(1);
    stream.push(published(3));
    expect(await stream.next()).toEqual({ value: undefined, done: true });
  });

  it('when the server closes the stream, then queued events are still delivered before it ends', async () => {
    const stream = new EventStream();
    stream.push(published(1));
    stream.close();
    expect((await stream.next()).value?.id).toBe('1-1');
    expect((await stream.next()).done).toBe(true);
  });

  it('when a consumer falls too far behind, then its stream is cut off so it can resume with Last-Event-ID', async () => {
    const stream = new EventStream(2);
    for (let i = 1; i <= 3; i++) stream.push(published(i));
    const ids = [];
    for await (const event of stream) ids.push(event.id);
    expect(ids).toEqual(['1-1', '1-2', '1-3']);
    stream.push(published(4));
    expect((await stream.next()).done).toBe(true);
  });
});
