import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSpec } from '../../src/load/index.js';
import { createMockEngine, mockSpecOf, toFetchResponse } from '../../src/mock/engine/index.js';
import { type MockServer, startMock } from '../../src/mock/index.js';

const EXAMPLE = resolve(import.meta.dirname, '../../../openapi/openapi.yaml');
const FOREIGN = resolve(import.meta.dirname, '../fixtures/specs/mock-auth-foreign.yaml');

interface SseEvent {
  id?: string;
  event?: string;
  data: Record<string, unknown>;
}

/** Reads SSE frames from a streaming response until `count` events arrived. */
async function readEvents(response: Response, count: number): Promise<SseEvent[]> {
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  const events: SseEvent[] = [];
  let buffer = '';
  while (events.length < count) {
    const { value, done } = await reader.read();
    if (done) throw new Error(`the stream closed after ${events.length} events`);
    buffer += decoder.decode(value, { stream: true });
    let end = buffer.indexOf('\n\n');
    while (end >= 0) {
      const frame = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const fields: Record<string, string | undefined> = Object.fromEntries(
        frame
          .split('\n')
          .filter((line) => !line.startsWith(':') && line.includes(': '))
          .map((line) => [line.slice(0, line.indexOf(': ')), line.slice(line.indexOf(': ') + 2)]),
      );
      if (fields.data !== undefined)
        events.push({
          ...(fields.id !== undefined ? { id: fields.id } : {}),
          ...(fields.event !== undefined ? { event: fields.event } : {}),
          data: JSON.parse(fields.data),
        });
      end = buffer.indexOf('\n\n');
    }
  }
  await reader.cancel();
  return events;
}

describe('events from the stateful mock of the example spec', () => {
  let mock: MockServer;
  let headers: Record<string, string>;
  beforeAll(async () => {
    mock = await startMock({ spec: await loadSpec(EXAMPLE), port: 0, stateful: true });
    const session = await fetch(`${mock.url}/auth/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'lin@example.com', password: 'a-long-password', displayName: 'Lin' }),
    }).then((response) => response.json());
    headers = { authorization: `Bearer ${session.accessToken}`, 'content-type': 'application/json' };
  }, 60_000);
  afterAll(async () => mock?.close());

  it('when tasks change through the mock, then the project stream carries them and stays open; Last-Event-ID resumes', async () => {
    const project = await fetch(`${mock.url}/projects`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ name: 'Live' }),
    }).then((response) => response.json());
    const other = await fetch(`${mock.url}/projects`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ name: 'Elsewhere' }),
    }).then((response) => response.json());
    const stream = await fetch(`${mock.url}/projects/${project.id}/events`, { headers });
    expect(stream.status).toBe(200);
    expect(stream.headers.get('content-type')).toContain('text/event-stream');

    await fetch(`${mock.url}/projects/${other.id}/tasks`, {
      method: 'POST',
      headers,
      body: '{"title":"Not here"}',
    });
    const task = await fetch(`${mock.url}/projects/${project.id}/tasks`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ title: 'Seen live' }),
    }).then((response) => response.json());
    await fetch(`${mock.url}/projects/${project.id}/tasks/${task.id}`, {
      method: 'PATCH',
      headers,
      body: JSON.stringify({ status: 'done' }),
    });
    const events = await readEvents(stream, 2);
    expect(
      events.map((event) => [event.event, event.data.type, event.data.taskId, event.data.projectId]),
    ).toEqual([
      ['task.created', 'task.created', task.id, project.id],
      ['task.updated', 'task.updated', task.id, project.id],
    ]);

    const resumed = await fetch(`${mock.url}/projects/${project.id}/events`, {
      headers: { ...headers, 'last-event-id': events[0]?.id ?? '' },
    });
    const replayed = await readEvents(resumed, 1);
    expect(replayed.map((event) => [event.id, event.event])).toEqual([[events[1]?.id, 'task.updated']]);
  }, 60_000);
});

describe('events on a foreign spec (other names, a flat payload)', () => {
  it('when a note is added and dropped, then the feed announces both with the note id', async () => {
    const spec = await loadSpec(FOREIGN);
    const engine = createMockEngine(mockSpecOf(spec.model), { stateful: true, tokens: ['k'] });
    const headers = { 'x-api-token': 'k', 'content-type': 'application/json' };
    const opened = engine.handle({ method: 'get', path: '/feed', query: {}, headers });
    expect(opened.stream).toBeDefined();
    const received: string[] = [];
    const stop = engine.subscribe(opened.stream as NonNullable<typeof opened.stream>, (text) =>
      received.push(text),
    );
    const note = JSON.parse(
      engine.handle({ method: 'post', path: '/notes', query: {}, headers, body: '{"text":"hi"}' }).body ??
        '{}',
    );
    expect(engine.handle({ method: 'delete', path: `/notes/${note.id}`, query: {}, headers }).status).toBe(
      204,
    );
    stop();
    engine.handle({ method: 'post', path: '/notes', query: {}, headers, body: '{"text":"unseen"}' });
    const data = received.map((text) => JSON.parse(/data: (.*)/.exec(text)?.[1] ?? '{}'));
    expect(data.map((event) => [event.change, event.noteId])).toEqual([
      ['note.created', note.id],
      ['note.deleted', note.id],
    ]);
    expect(data[0].note).toMatchObject({ id: note.id, text: 'hi' });
  });

  it('when the feed is answered as a fetch Response (the msw target), then it streams the same events', async () => {
    const spec = await loadSpec(FOREIGN);
    const engine = createMockEngine(mockSpecOf(spec.model), { stateful: true, tokens: ['k'] });
    const headers = { 'x-api-token': 'k', 'content-type': 'application/json' };
    const response = toFetchResponse(
      engine.handle({ method: 'get', path: '/feed', query: {}, headers }),
      engine,
    );
    const note = JSON.parse(
      engine.handle({ method: 'post', path: '/notes', query: {}, headers, body: '{"text":"hi"}' }).body ??
        '{}',
    );
    const [event] = await readEvents(response, 1);
    expect([event?.event, event?.data.noteId]).toEqual(['note.created', note.id]);
  });
});
