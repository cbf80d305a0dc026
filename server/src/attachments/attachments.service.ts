import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { EventBus } from '../events/event-bus.js';
import type { PublishedEvent } from '../events/events.model.js';
import type { ProjectAccess } from '../members/project-access.js';
import { decodeCursor, type Page, toPage } from '../projects/pagination.js';
import { ForbiddenError, NotFoundError } from '../shared/errors/index.js';
import type { TasksRepository } from '../tasks/tasks.repository.js';
import type { Attachment, AttachmentMediaType, MultipartBody, UploadLimits } from './attachments.model.js';
import type { AttachmentsRepository, StoredAttachment } from './attachments.repository.js';
import type { BlobStorage } from './blob-storage.js';
import { receiveUpload } from './multipart-upload.js';

const QUERY_FINGERPRINT = 'attachments:-createdAt';

/** A stored file ready to be streamed to the client. */
export interface Download {
  fileName: string;
  contentType: Attachment['contentType'];
  sizeBytes: number;
  content: Readable;
}

/** Files attached to tasks: members upload and download, the uploader or an owner deletes. */
export class AttachmentsService {
  constructor(
    private readonly repository: AttachmentsRepository,
    private readonly tasks: TasksRepository,
    private readonly access: ProjectAccess,
    private readonly blobs: BlobStorage,
    private readonly events: EventBus,
    private readonly limits: UploadLimits,
    private readonly now: () => number = Date.now,
  ) {}

  async list(
    userId: string,
    projectId: string,
    taskId: string,
    limit: number,
    cursor?: string,
  ): Promise<Page<Attachment>> {
    await this.requireTask(userId, projectId, taskId);
    const after = cursor === undefined ? undefined : decodeCursor(cursor, QUERY_FINGERPRINT);
    const rows = await this.repository.list(taskId, limit + 1, after);
    return toPage(
      rows,
      limit,
      (a) => ({ key: a.created_at, id: a.id }),
      (a) => toAttachment(projectId, a),
      QUERY_FINGERPRINT,
    );
  }

  /**
   * Streams the upload into blob storage, then records it. Access is checked
   * before a single byte is read; limits are enforced while the bytes arrive
   * (413/415), and a failed upload leaves neither bytes nor a row behind.
   */
  async upload(userId: string, projectId: string, taskId: string, body: MultipartBody): Promise<Attachment> {
    await this.requireTask(userId, projectId, taskId);
    let storageKey: string | undefined;
    let stored: StoredAttachment;
    let published: PublishedEvent[];
    try {
      const file = await receiveUpload(body, this.limits, async (incoming) => {
        const key = randomUUID();
        const { sizeBytes } = await this.blobs.put(key, incoming.stream);
        storageKey = key;
        return { storageKey: key, fileName: incoming.fileName, mediaType: incoming.mediaType, sizeBytes };
      });
      stored = {
        id: randomUUID(),
        task_id: taskId,
        file_name: file.fileName,
        content_type: file.mediaType,
        size_bytes: file.sizeBytes,
        storage_key: file.storageKey,
        uploaded_by: userId,
        created_at: new Date(this.now()).toISOString(),
      };
      published = await this.repository.insert(stored, {
        type: 'attachment.added',
        projectId,
        taskId,
        actorId: userId,
        occurredAt: stored.created_at,
      });
    } catch (error) {
      // Bytes already stored belong to no attachment when the request or the insert failed after them.
      if (storageKey) await this.blobs.delete(storageKey);
      throw error;
    }
    this.events.committed(published);
    return toAttachment(projectId, stored);
  }

  async download(userId: string, projectId: string, taskId: string, attachmentId: string): Promise<Download> {
    const stored = await this.find(userId, projectId, taskId, attachmentId);
    const content = await this.blobs.get(stored.storage_key);
    if (!content) throw new NotFoundError('The attachment has no stored content.');
    return {
      fileName: stored.file_name,
      contentType: stored.content_type as AttachmentMediaType,
      sizeBytes: stored.size_bytes,
      content,
    };
  }

  /** Deletes the attachment; only its uploader or a project owner may (403 otherwise). */
  async delete(userId: string, projectId: string, taskId: string, attachmentId: string): Promise<void> {
    const stored = await this.find(userId, projectId, taskId, attachmentId);
    if (stored.uploaded_by !== userId && (await this.access.roleOf(projectId, userId)) !== 'owner') {
      throw new ForbiddenError('Only the uploader or an owner of the project may delete this attachment.');
    }
    await this.repository.delete(attachmentId);
    await this.blobs.delete(stored.storage_key);
  }

  private async find(
    userId: string,
    projectId: string,
    taskId: string,
    attachmentId: string,
  ): Promise<StoredAttachment> {
    await this.requireTask(userId, projectId, taskId);
    const stored = await this.repository.findById(taskId, attachmentId);
    if (!stored) throw new NotFoundError('No attachment with this id on the task.');
    return stored;
  }

  private async requireTask(userId: string, projectId: string, taskId: string): Promise<void> {
    await this.access.requireMember(projectId, userId);
    if (!(await this.tasks.exists(projectId, taskId)))
      throw new NotFoundError('No task with this id in the project.');
  }
}

function toAttachment(projectId: string, row: StoredAttachment): Attachment {
  return {
    id: row.id,
    taskId: row.task_id,
    fileName: row.file_name,
    // Only media types that passed the upload check are ever stored.
    contentType: row.content_type as AttachmentMediaType,
    sizeBytes: Number(row.size_bytes),
    uploadedBy: row.uploaded_by,
    contentUrl: `/projects/${projectId}/tasks/${row.task_id}/attachments/${row.id}/content`,
    createdAt: row.created_at,
  };
}
