import { readdirSync } from 'node:fs';
import { mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contentDisposition, sanitizeFileName } from '../../../src/attachments/file-names.js';
import { LocalBlobStorage } from '../../../src/attachments/local-blob-storage.js';
import { receiveUpload } from '../../../src/attachments/multipart-upload.js';
import {
  BadRequestError,
  ForbiddenError,
  NotFoundError,
  PayloadTooLargeError,
  UnsupportedMediaTypeError,
} from '../../../src/shared/errors/index.js';
import { taskFields } from '../support/fixtures.js';
import { createWorld, type World } from '../support/world.js';

/** A real multipart/form-data body, encoded by the platform's own FormData. */
function multipart(
  parts: { field?: string; content: string | Uint8Array<ArrayBuffer>; type: string; name: string }[],
) {
  const form = new FormData();
  for (const part of parts)
    form.append(part.field ?? 'file', new Blob([part.content], { type: part.type }), part.name);
  const request = new Request('http://localhost/', { method: 'POST', body: form });
  if (!request.body) throw new Error('FormData produced no body');
  return {
    contentType: request.headers.get('content-type') ?? '',
    stream: Readable.fromWeb(request.body as import('node:stream/web').ReadableStream),
  };
}

describe('file names', () => {
  it.each([
    ['a plain name', 'report.pdf', 'report.pdf'],
    ['a path (either slash)', '../../etc/passwd', 'passwd'],
    ['a Windows path', 'C:\\Users\\ada\\notes.txt', 'notes.txt'],
    ['control and quoting characters', 'a"b\u0000c\r\n.txt', 'abc.txt'],
    ['a hidden-file dot', '.htaccess', 'htaccess'],
    ['a right-to-left override (shows "exe.txt")', 'invoice\u202Etxt.exe', 'invoicetxt.exe'],
    ['isolates and marks', '\u2067a\u2069b\u200F\u061C.pdf', 'ab.pdf'],
    ['C1 control characters', 'a\u0085b\u009b.txt', 'ab.txt'],
    ['nothing', '', 'file'],
    ['an overlong name', `${'x'.repeat(300)}.png`, `${'x'.repeat(251)}.png`],
  ])('when the client sends %s, then the stored name is safe', (_case, raw, expected) => {
    expect(sanitizeFileName(raw)).toBe(expected);
  });

  it('when the name is not ASCII, then Content-Disposition carries an RFC 8187 filename*', () => {
    expect(contentDisposition('plan.txt')).toBe('attachment; filename="plan.txt"');
    expect(contentDisposition('Übersicht 1.pdf')).toBe(
      `attachment; filename="_bersicht 1.pdf"; filename*=UTF-8''%C3%9Cbersicht%201.pdf`,
    );
  });
});

describe('AttachmentsService', () => {
  let world: World;
  let ada: string;
  let grace: string;
  let projectId: string;
  let taskId: string;
  beforeEach(async () => {
    world = await createWorld({ maxUploadBytes: 1024 });
    ada = await world.user('ada');
    grace = await world.user('grace');
    projectId = (await world.projects.create(ada, { name: 'Files' })).id;
    await world.members.add(ada, projectId, { userId: grace, role: 'member' });
    taskId = (await world.tasks.create(ada, projectId, taskFields('Attach'))).id;
  });
  afterEach(() => world.destroy());

  const storedFiles = () => {
    try {
      return readdirSync(world.uploadDirectory);
    } catch {
      return [];
    }
  };

  it('when a file is uploaded, then it is stored, listed and downloads byte for byte', async () => {
    const attachment = await world.attachments.upload(
      grace,
      projectId,
      taskId,
      multipart([{ content: 'hello, world', type: 'text/plain', name: '../notes.txt' }]),
    );
    expect(attachment).toMatchObject({
      taskId,
      fileName: 'notes.txt',
      contentType: 'text/plain',
      sizeBytes: 12,
      uploadedBy: grace,
      contentUrl: `/projects/${projectId}/tasks/${taskId}/attachments/${attachment.id}/content`,
    });
    expect((await world.attachments.list(ada, projectId, taskId, 10)).items).toEqual([attachment]);
    const download = await world.attachments.download(ada, projectId, taskId, attachment.id);
    expect(await text(download.content)).toBe('hello, world');
    expect(storedFiles()).toHaveLength(1);
  });

  it('when the file is larger than the limit, then it is 413 and no partial file is left behind', async () => {
    const body = multipart([{ content: new Uint8Array(5000), type: 'image/png', name: 'big.png' }]);
    await expect(world.attachments.upload(ada, projectId, taskId, body)).rejects.toBeInstanceOf(
      PayloadTooLargeError,
    );
    expect(storedFiles()).toEqual([]);
    expect((await world.attachments.list(ada, projectId, taskId, 10)).items).toEqual([]);
  });

  it('when the media type is not allowed, then it is 415 before anything is stored', async () => {
    const body = multipart([{ content: '<html>', type: 'text/html', name: 'page.html' }]);
    await expect(world.attachments.upload(ada, projectId, taskId, body)).rejects.toBeInstanceOf(
      UnsupportedMediaTypeError,
    );
    expect(storedFiles()).toEqual([]);
  });

  it('when the file part is missing or the body is not multipart, then it is 422 or 400', async () => {
    const other = multipart([{ field: 'document', content: 'x', type: 'text/plain', name: 'x.txt' }]);
    await expect(world.attachments.upload(ada, projectId, taskId, other)).rejects.toMatchObject({
      status: 422,
    });
    const broken = { contentType: 'multipart/form-data', stream: Readable.from(['nonsense']) };
    await expect(world.attachments.upload(ada, projectId, taskId, broken)).rejects.toBeInstanceOf(
      BadRequestError,
    );
  });

  it('when another part follows a stored file, then 422 and the already written bytes are removed', async () => {
    const body = multipart([
      { content: 'first', type: 'text/plain', name: 'a.txt' },
      { content: 'second', type: 'text/plain', name: 'b.txt' },
    ]);
    await expect(world.attachments.upload(ada, projectId, taskId, body)).rejects.toMatchObject({
      status: 422,
    });
    expect(storedFiles()).toEqual([]);
    expect((await world.attachments.list(ada, projectId, taskId, 10)).items).toEqual([]);
  });

  it('when someone other than the uploader or an owner deletes, then it is 403; the owner may', async () => {
    const upload = () => multipart([{ content: 'x', type: 'text/plain', name: 'x.txt' }]);
    const byAda = await world.attachments.upload(ada, projectId, taskId, upload());
    await expect(world.attachments.delete(grace, projectId, taskId, byAda.id)).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    const byGrace = await world.attachments.upload(grace, projectId, taskId, upload());
    await world.attachments.delete(ada, projectId, taskId, byGrace.id);
    await world.attachments.delete(ada, projectId, taskId, byAda.id);
    expect(storedFiles()).toEqual([]);
    await expect(world.attachments.download(ada, projectId, taskId, byAda.id)).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  it('when the task is deleted, then its files are removed from storage too', async () => {
    await world.attachments.upload(
      ada,
      projectId,
      taskId,
      multipart([{ content: 'x', type: 'text/plain', name: 'x.txt' }]),
    );
    await world.tasks.delete(ada, projectId, taskId);
    expect(storedFiles()).toEqual([]);
  });

  it('when an outsider uploads, then it is 404 and the body is never read', async () => {
    const eve = await world.user('eve');
    const body = multipart([{ content: 'x', type: 'text/plain', name: 'x.txt' }]);
    await expect(world.attachments.upload(eve, projectId, taskId, body)).rejects.toBeInstanceOf(
      NotFoundError,
    );
    expect(body.stream.readableDidRead).toBe(false);
  });
});

describe('receiveUpload', () => {
  it('when a second part arrives while the first is still being stored, then it rejects only once that store is done', async () => {
    const events: string[] = [];
    const body = multipart([
      { content: 'first', type: 'text/plain', name: 'a.txt' },
      { content: 'second', type: 'text/plain', name: 'b.txt' },
    ]);
    const limits = { maxBytes: 1024, allowedMediaTypes: ['text/plain'] as const };
    const upload = receiveUpload(body, limits, async (file) => {
      await text(file.stream);
      // Storage still busy with bytes it has read in full (a slow disk, an object store's round trip).
      await new Promise((resolve) => setTimeout(resolve, 50));
      events.push('stored');
      return 'key';
    });
    await upload.catch((error: unknown) => {
      events.push('rejected');
      expect(error).toMatchObject({ status: 422 });
    });
    // The caller's clean-up runs on rejection: it must already know what was stored.
    expect(events).toEqual(['stored', 'rejected']);
  });
});

describe('partial uploads left behind', () => {
  it('when a crash left partial files, then the sweep removes the stale ones and keeps those still arriving', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'taskboard-partials-'));
    try {
      const storage = new LocalBlobStorage(dir);
      await writeFile(path.join(dir, '.partial-old'), 'half');
      await writeFile(path.join(dir, '.partial-new'), 'arriving');
      await writeFile(path.join(dir, 'kept-blob'), 'done');
      const hourAgo = new Date(Date.now() - 2 * 60 * 60_000);
      await utimes(path.join(dir, '.partial-old'), hourAgo, hourAgo);
      expect(await storage.removeStalePartials(60 * 60_000)).toBe(1);
      expect((await readdir(dir)).sort()).toEqual(['.partial-new', 'kept-blob']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
