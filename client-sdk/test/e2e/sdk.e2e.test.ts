import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  type Api,
  type components,
  createClient,
  isProblemError,
  ProblemError,
  type ServerEvent,
} from '../../src/index.js';
import * as validators from '../../src/validators.js';
import { startServer } from './server.js';

/** Node has no cookie jar: this fetch keeps the refresh cookie like a browser would for `credentials: include`. */
function cookieFetch() {
  const jar = new Map<string, string>();
  return async (request: Request): Promise<Response> => {
    const headers = new Headers(request.headers);
    if (request.credentials === 'include' && jar.size > 0)
      headers.set('cookie', [...jar].map(([name, value]) => `${name}=${value}`).join('; '));
    const response = await fetch(new Request(request, { headers }));
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const [name = '', value = ''] = pair.split('=');
      if (value === '' || /max-age=0/i.test(line)) jar.delete(name.trim());
      else jar.set(name.trim(), value.trim());
    }
    return response;
  };
}

/** Only the title is required: the server fills in the documented defaults. */
function newTask(title: string): components['schemas']['TaskCreate'] {
  return { title };
}

let server: Awaited<ReturnType<typeof startServer>>;
let api: Api;
const onUnauthenticated = vi.fn();

beforeAll(async () => {
  server = await startServer({ ACCESS_TOKEN_TTL_SECONDS: '30', SSE_HEARTBEAT_MS: '200' });
  api = createClient({
    baseUrl: server.baseUrl,
    fetch: cookieFetch(),
    validators,
    validateResponses: true,
    auth: { onUnauthenticated },
  });
}, 60_000);

afterAll(async () => {
  await server?.close();
});

describe('the SDK against the real example server', () => {
  const email = `ada-${Date.now()}@example.com`;
  const password = 'correct horse battery staple';
  let projectId = '';
  let taskId = '';

  it('registers, logs in and reads the current user', async () => {
    const registered = await api.auth.register({ email, password, displayName: 'Ada Lovelace' });
    expect(registered.user.email).toBe(email);
    const session = await api.auth.login({ email, password });
    expect(session.tokenType).toBe('Bearer');
    await expect(api.auth.getCurrentUser()).resolves.toMatchObject({ email });
  });

  it('creates, reads, updates with If-Match and deletes, with typed errors', async () => {
    const project = await api.projects.create({ name: 'Launch' });
    projectId = project.id;
    const task = await api.tasks.create({ projectId }, newTask('Write the announcement'));
    taskId = task.id;
    const read = await api.tasks.get.withResponse({ projectId, taskId });
    expect(read.data).toMatchObject({ title: 'Write the announcement' });
    const etag = read.response.headers.get('etag') ?? '';
    const updated = await api.tasks.update(
      { projectId, taskId },
      { status: 'in_progress' },
      { ifMatch: etag },
    );
    expect(updated.status).toBe('in_progress');
    const stale = await api.tasks
      .update({ projectId, taskId }, { status: 'done' }, { ifMatch: etag })
      .catch((error: unknown) => error);
    expect(isProblemError(stale, api.tasks.update) && stale.status === 412).toBe(true);
    expect((stale as ProblemError).requestId).toBeTruthy();
    const invalid = await api.tasks.create({ projectId }, newTask('')).catch((error: unknown) => error);
    expect(invalid).toBeInstanceOf(ProblemError);
    expect((invalid as ProblemError).status).toBe(422);
    const doomed = await api.tasks.create({ projectId }, newTask('Short-lived'));
    await api.tasks.delete({ projectId, taskId: doomed.id });
    await expect(api.tasks.get({ projectId, taskId: doomed.id })).rejects.toMatchObject({ status: 404 });
  });

  it('pages through a list', async () => {
    for (let index = 0; index < 5; index++) await api.tasks.create({ projectId }, newTask(`Task ${index}`));
    const titles: string[] = [];
    for await (const task of api.tasks.list.items({ projectId, limit: 2 })) titles.push(task.title);
    expect(titles).toHaveLength(6);
    let pages = 0;
    for await (const _page of api.tasks.list.pages({ projectId, limit: 2 })) pages++;
    expect(pages).toBe(3);
  });

  it('uploads and downloads an attachment', async () => {
    const file = new File(['hello from the SDK'], 'notes.txt', { type: 'text/plain' });
    const attachment = await api.attachments.upload({ projectId, taskId }, { file });
    expect(attachment).toMatchObject({ fileName: 'notes.txt', sizeBytes: 18 });
    const blob = await api.attachments.download(
      { projectId, taskId, attachmentId: attachment.id },
      { validate: false },
    );
    expect(await blob.text()).toBe('hello from the SDK');
  });

  it('receives live events', async () => {
    const subscription = api.events.stream({ projectId });
    const received: Promise<IteratorResult<ServerEvent<unknown>>> = subscription.next();
    received.catch(() => undefined); // awaited below; keeps an early failure from counting as unhandled
    // Give the stream a moment to open before causing an event.
    await new Promise((resolve) => setTimeout(resolve, 300));
    await api.tasks.create({ projectId }, newTask('Live'));
    const first = await received;
    subscription.close();
    expect(first.done).toBe(false);
    expect(first.value?.data).toMatchObject({ projectId });
  });

  // The server's shortest access-token lifetime is 30 s: wait it out for a real expiry.
  it('refreshes the expired access token through the cookie and retries', { timeout: 90_000 }, async () => {
    await new Promise((resolve) => setTimeout(resolve, 31_000));
    await expect(api.auth.getCurrentUser()).resolves.toMatchObject({ email });
    expect(onUnauthenticated).not.toHaveBeenCalled();
  });

  it('signals the end of the session when the refresh is refused', async () => {
    const fresh = createClient({
      baseUrl: server.baseUrl,
      fetch: cookieFetch(),
      auth: { onUnauthenticated },
    });
    fresh.session.setAccessToken('not-a-token');
    await expect(fresh.auth.getCurrentUser()).rejects.toMatchObject({ status: 401 });
    expect(onUnauthenticated).toHaveBeenCalledTimes(1);
  });
});
