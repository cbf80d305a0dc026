import { describe, expect, it } from 'vitest';
import { createClient, ResponseValidationError } from '../../src/index.js';
import * as validators from '../../src/validators.js';
import { fakeFetch, json, task } from './helpers/fake-fetch.js';

const BASE = 'http://api.test';

describe('cursor pagination', () => {
  it('follows nextCursor into the cursor parameter until it is null', async () => {
    const pages = [
      {
        items: [
          { ...task, id: 'a' },
          { ...task, id: 'b' },
        ],
        nextCursor: 'c1',
      },
      { items: [{ ...task, id: 'c' }], nextCursor: 'c2' },
      { items: [], nextCursor: null },
    ];
    const { fetch, requests } = fakeFetch((_request, index) => json(200, pages[index]));
    const api = createClient({ baseUrl: BASE, fetch });
    const ids: string[] = [];
    for await (const item of api.tasks.list.items({ projectId: 'p1', status: ['todo'], limit: 2 }))
      ids.push(item.id);
    expect(ids).toEqual(['a', 'b', 'c']);
    expect(requests.map((request) => request.url.searchParams.get('cursor'))).toEqual([null, 'c1', 'c2']);
    expect(
      requests.every(
        (request) =>
          request.url.searchParams.get('limit') === '2' && request.url.searchParams.get('status') === 'todo',
      ),
    ).toBe(true);
  });

  it('stops early when the caller breaks out', async () => {
    const { fetch, requests } = fakeFetch(() => json(200, { items: [task], nextCursor: 'again' }));
    const api = createClient({ baseUrl: BASE, fetch });
    for await (const page of api.tasks.list.pages({ projectId: 'p1' })) {
      expect(page.items).toHaveLength(1);
      break;
    }
    expect(requests).toHaveLength(1);
  });

  it('ends when the server repeats a cursor instead of looping forever', async () => {
    const { fetch, requests } = fakeFetch(() => json(200, { items: [task], nextCursor: 'same' }));
    const api = createClient({ baseUrl: BASE, fetch });
    let count = 0;
    for await (const _item of api.tasks.list.items({ projectId: 'p1' })) count++;
    expect(count).toBe(2);
    expect(requests).toHaveLength(2);
  });
});

describe('multipart upload', () => {
  it.each([
    ['a Blob', new Blob(['hello'], { type: 'text/plain' })],
    ['a File', new File(['hello'], 'notes.txt', { type: 'text/plain' })],
    ['a Buffer', Buffer.from('hello')],
    ['a Uint8Array', new TextEncoder().encode('hello')],
  ])('sends %s as the file part of a multipart/form-data body', async (_name, file) => {
    let form: FormData | undefined;
    const { fetch, requests } = fakeFetch(async (request) => {
      form = await request.clone().formData();
      return json(201, { id: 'a1' });
    });
    const api = createClient({ baseUrl: BASE, fetch });
    await api.attachments.upload({ projectId: 'p1', taskId: 't1' }, { file });
    expect(requests[0]?.headers.get('content-type')).toMatch(/^multipart\/form-data; boundary=/);
    const part = form?.get('file');
    expect(part).toBeInstanceOf(Blob);
    expect(await (part as Blob).text()).toBe('hello');
  });

  it('downloads binary content as a Blob', async () => {
    const { fetch } = fakeFetch(
      () =>
        new Response(new Uint8Array([1, 2, 3]), {
          headers: { 'content-type': 'application/pdf', 'content-length': '3' },
        }),
    );
    const api = createClient({ baseUrl: BASE, fetch });
    const blob = await api.attachments.download({ projectId: 'p1', taskId: 't1', attachmentId: 'a1' });
    expect(blob).toBeInstanceOf(Blob);
    expect(new Uint8Array(await blob.arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]));
  });
});

describe('response validation', () => {
  const invalid = { ...task, status: 'not-a-status' };

  it('is off by default', async () => {
    const { fetch } = fakeFetch(() => json(200, invalid));
    const api = createClient({ baseUrl: BASE, fetch, validators });
    await expect(api.tasks.get({ projectId: 'p1', taskId: 't1' })).resolves.toEqual(invalid);
  });

  it('rejects a response that breaks the spec when switched on', async () => {
    const { fetch } = fakeFetch(() => json(200, invalid));
    const api = createClient({ baseUrl: BASE, fetch, validators, validateResponses: true });
    const error = await api.tasks.get({ projectId: 'p1', taskId: 't1' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error).toMatchObject({ operationId: 'getTask', status: 200 });
  });

  it('accepts a response that keeps the spec', async () => {
    const { fetch } = fakeFetch(() => json(200, task));
    const api = createClient({ baseUrl: BASE, fetch, validators });
    await expect(api.tasks.get({ projectId: 'p1', taskId: 't1' }, { validate: true })).resolves.toEqual(task);
  });
});
