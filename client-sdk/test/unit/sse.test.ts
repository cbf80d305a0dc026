import { describe, expect, it } from 'vitest';
import { EventStreamParser } from '../../../sdk-runtime/src/sse-parser.js';
import { createClient, ProblemError, type ServerEvent } from '../../src/index.js';
import { fakeFetch, problem } from './helpers/fake-fetch.js';

const BASE = 'http://api.test';
const event = (taskId: string) => ({
  type: 'task.updated',
  projectId: 'p1',
  taskId,
  actorId: 'u1',
  occurredAt: '2026-11-25T11:05:12Z',
});

/** A stream that sends `chunks` and then ends, like a server closing the connection. */
function eventStream(chunks: string[]): Response {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      controller.close();
    },
  });
  return new Response(body, { headers: { 'content-type': 'text/event-stream' } });
}

describe('event stream parser', () => {
  it.each([
    ['LF lines', 'id: 1\nevent: a\ndata: x\n\n', [{ id: '1', event: 'a', data: 'x' }]],
    ['CRLF lines', 'id: 1\r\ndata: x\r\n\r\n', [{ id: '1', event: 'message', data: 'x' }]],
    ['multi-line data', 'data: a\ndata: b\n\n', [{ id: undefined, event: 'message', data: 'a\nb' }]],
    [
      'comments and empty events',
      ': ping\n\nid: 2\n\ndata: y\n\n',
      [{ id: '2', event: 'message', data: 'y' }],
    ],
  ])('reads %s', (_name, text, want) => {
    expect(new EventStreamParser().push(text)).toEqual(want);
  });

  it('handles events split across chunks and remembers retry:', () => {
    const parser = new EventStreamParser();
    expect(parser.push('retry: 250\nda')).toEqual([]);
    expect(parser.push('ta: hel')).toEqual([]);
    expect(parser.push('lo\r')).toEqual([]);
    expect(parser.push('\n\n')).toEqual([{ id: undefined, event: 'message', data: 'hello' }]);
    expect(parser.retryMs).toBe(250);
  });
});

describe('event subscriptions', () => {
  it('parses typed events and reconnects with Last-Event-ID after the stream ends', async () => {
    const { fetch, requests } = fakeFetch((_request, index) =>
      index === 0
        ? eventStream([
            `retry: 5\nid: 1\nevent: task.updated\ndata: ${JSON.stringify(event('a'))}\n\n`,
            `id: 2\ndata: ${JSON.stringify(event('b'))}\n\n`,
          ])
        : eventStream([`id: 3\ndata: ${JSON.stringify(event('c'))}\n\n`]),
    );
    const api = createClient({ baseUrl: BASE, fetch });
    api.session.setAccessToken('tok');
    const subscription = api.events.stream({ projectId: 'p1' });
    const received: ServerEvent<unknown>[] = [];
    for await (const message of subscription) {
      received.push(message);
      if (received.length === 3) subscription.close();
    }
    expect(
      received.map((message) => [message.id, message.event, (message.data as { taskId: string }).taskId]),
    ).toEqual([
      ['1', 'task.updated', 'a'],
      ['2', 'message', 'b'],
      ['3', 'message', 'c'],
    ]);
    expect(requests).toHaveLength(2);
    expect(requests[0]?.headers.get('last-event-id')).toBeNull();
    expect(requests[1]?.headers.get('last-event-id')).toBe('2');
    expect(requests[1]?.headers.get('accept')).toBe('text/event-stream');
    expect(requests[1]?.headers.get('authorization')).toBe('Bearer tok');
    expect(subscription.lastEventId).toBe('3');
  });

  it('reconnects after a network failure, resuming from the given id', async () => {
    const { fetch, requests } = fakeFetch((_request, index) => {
      if (index === 0) throw new TypeError('connection reset');
      return eventStream([`id: 8\ndata: ${JSON.stringify(event('z'))}\n\n`]);
    });
    const api = createClient({ baseUrl: BASE, fetch, retry: false });
    const subscription = api.events.stream({ projectId: 'p1' }, { lastEventId: '7', reconnectDelayMs: 1 });
    const first = await subscription.next();
    subscription.close();
    expect(first.value).toMatchObject({ id: '8' });
    expect(requests.map((request) => request.headers.get('last-event-id'))).toEqual(['7', '7']);
  });

  it('stops with the ProblemError when the server refuses the stream', async () => {
    const { fetch, requests } = fakeFetch(() => problem(403));
    const api = createClient({ baseUrl: BASE, fetch });
    const subscription = api.events.stream({ projectId: 'p1' }, { reconnectDelayMs: 1 });
    await expect(subscription.next()).rejects.toBeInstanceOf(ProblemError);
    expect(requests).toHaveLength(1);
  });

  it('ends the iteration when closed from outside', async () => {
    const { fetch } = fakeFetch(
      () =>
        new Response(new ReadableStream({ start() {} }), {
          headers: { 'content-type': 'text/event-stream' },
        }),
    );
    const api = createClient({ baseUrl: BASE, fetch });
    const controller = new AbortController();
    const subscription = api.events.stream({ projectId: 'p1' }, { signal: controller.signal });
    const pending = subscription.next();
    setTimeout(() => controller.abort(), 10);
    await expect(pending).resolves.toEqual({ done: true, value: undefined });
  });
});
