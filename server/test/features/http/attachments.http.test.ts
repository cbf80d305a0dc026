import { readdir } from 'node:fs/promises';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/test-server.js';
import { apiClient, expectProblem } from './client.js';

/** Uploads must stay below this in the tests' server, so the 413 path is cheap to reach. */
const MAX_UPLOAD_BYTES = 64 * 1024;

const form = (content: BlobPart, type: string, name: string, field = 'file') => {
  const body = new FormData();
  body.append(field, new Blob([content], { type }), name);
  return body;
};

describe('attachments over HTTP', () => {
  let server: TestServer;
  let api: ReturnType<typeof apiClient>;
  let ada: Awaited<ReturnType<ReturnType<typeof apiClient>['signUp']>>;
  let grace: typeof ada;
  let base: string;
  beforeAll(async () => {
    server = await startTestServer({ env: { UPLOAD_MAX_BYTES: String(MAX_UPLOAD_BYTES) } });
    api = apiClient(server.baseUrl);
    ada = await api.signUp('ada');
    grace = await api.signUp('grace');
    const projectId = (await api.call('POST', '/projects', { token: ada.token, body: { name: 'Files' } }))
      .json.id;
    await api.call('POST', `/projects/${projectId}/members`, {
      token: ada.token,
      body: { userId: grace.id },
    });
    const taskId = (
      await api.call('POST', `/projects/${projectId}/tasks`, { token: ada.token, body: { title: 'Attach' } })
    ).json.id;
    base = `/projects/${projectId}/tasks/${taskId}/attachments`;
  });
  afterAll(() => server.close());

  const storedFiles = async () =>
    (await readdir(server.config.uploads.dir).catch(() => [])).filter((f) => !f.startsWith('.'));

  it('when a file is uploaded, then 201 with Location, and it lists and downloads with Content-Disposition', async () => {
    const upload = await api.call('POST', base, {
      token: grace.token,
      body: form('hello, world', 'text/plain', 'Übersicht.txt'),
    });
    expect(upload.status).toBe(201);
    expect(upload.json).toMatchObject({
      fileName: 'Übersicht.txt',
      contentType: 'text/plain',
      sizeBytes: 12,
      uploadedBy: grace.id,
    });
    expect(upload.headers.get('location')).toBe(`${base}/${upload.json.id}`);
    expect(upload.json.contentUrl).toBe(`${base}/${upload.json.id}/content`);

    const list = await api.call('GET', base, { token: ada.token });
    expect(list.json.items.map((a: { id: string }) => a.id)).toContain(upload.json.id);

    const download = await fetch(server.baseUrl + upload.json.contentUrl, {
      headers: { authorization: `Bearer ${ada.token}` },
    });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toMatch(/^application\/octet-stream/);
    expect(download.headers.get('content-disposition')).toBe(
      `attachment; filename="_bersicht.txt"; filename*=UTF-8''%C3%9Cbersicht.txt`,
    );
    expect(await download.text()).toBe('hello, world');
  });

  it('when the file is larger than the limit, then 413 and nothing is stored', async () => {
    const before = await storedFiles();
    const result = await api.call('POST', base, {
      token: ada.token,
      body: form(new Uint8Array(MAX_UPLOAD_BYTES + 1), 'image/png', 'huge.png'),
    });
    expectProblem(result, 413);
    expect(await storedFiles()).toEqual(before);
    expect(
      (await readdir(server.config.uploads.dir).catch(() => [])).filter((f) => f.startsWith('.partial')),
    ).toEqual([]);
  });

  it('when the file is exactly the documented maximum, then it is accepted whole', async () => {
    const result = await api.call('POST', base, {
      token: ada.token,
      body: form(new Uint8Array(MAX_UPLOAD_BYTES).fill(7), 'image/png', 'exact.png'),
    });
    expect(result.status).toBe(201);
    expect(result.json.sizeBytes).toBe(MAX_UPLOAD_BYTES);
  });

  it('when the media type is not allowed, then 415', async () => {
    expectProblem(
      await api.call('POST', base, { token: ada.token, body: form('<p>hi</p>', 'text/html', 'page.html') }),
      415,
    );
  });

  it('when the part is not named file, then 422', async () => {
    expectProblem(
      await api.call('POST', base, { token: ada.token, body: form('x', 'text/plain', 'x.txt', 'document') }),
      422,
    );
  });

  it('when someone else than the uploader or an owner deletes, then 403; the uploader may', async () => {
    const byAda = await api.call('POST', base, { token: ada.token, body: form('x', 'text/plain', 'x.txt') });
    expectProblem(await api.call('DELETE', `${base}/${byAda.json.id}`, { token: grace.token }), 403);
    expect((await api.call('DELETE', `${base}/${byAda.json.id}`, { token: ada.token })).status).toBe(204);
    expectProblem(await api.call('GET', `${base}/${byAda.json.id}/content`, { token: ada.token }), 404);
  });
});

describe('interrupted uploads', () => {
  it('when the client goes away mid-upload, then nothing is stored and no error (with a stack) is logged', async () => {
    const server = await startTestServer({ env: { UPLOAD_MAX_BYTES: String(1024 * 1024) } });
    try {
      const api = apiClient(server.baseUrl);
      const ada = await api.signUp('ada');
      const projectId = (await api.call('POST', '/projects', { token: ada.token, body: { name: 'Cut' } }))
        .json.id;
      const taskId = (
        await api.call('POST', `/projects/${projectId}/tasks`, { token: ada.token, body: { title: 'Cut' } })
      ).json.id;
      const { hostname, port } = new URL(server.baseUrl);
      const boundary = 'cutboundary';
      const head =
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.png"\r\n` +
        'Content-Type: image/png\r\n\r\n';
      await new Promise<void>((resolve, reject) => {
        const socket = connect(Number(port), hostname, () => {
          socket.write(
            `POST /projects/${projectId}/tasks/${taskId}/attachments HTTP/1.1\r\nHost: ${hostname}\r\n` +
              `Authorization: Bearer ${ada.token}\r\nContent-Type: multipart/form-data; boundary=${boundary}\r\n` +
              `Content-Length: 500000\r\n\r\n${head}`,
          );
          socket.write(Buffer.alloc(64 * 1024, 1), () => setTimeout(() => socket.destroy(), 200));
        });
        socket.on('close', () => resolve());
        socket.on('error', reject);
      });
      const uploadLines = () =>
        server.logs.lines.filter(
          (line) => String(line.route ?? '').endsWith('/attachments') && line.method === 'POST',
        );
      await expect.poll(() => uploadLines().length, { timeout: 5_000 }).toBeGreaterThan(0);
      // Give whatever failed downstream (storage, parser) time to be reported.
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(server.logs.lines.filter((line) => Number(line.level) >= 50)).toEqual([]);
      const files = await readdir(server.config.uploads.dir).catch(() => []);
      expect(files).toEqual([]);
    } finally {
      await server.close();
    }
  });
});
