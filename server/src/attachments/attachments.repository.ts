import type { Kysely, Selectable } from 'kysely';
import type { PublishedEvent, TaskEvent } from '../events/events.model.js';
import { appendEvents } from '../events/outbox.js';
import type { CursorPosition } from '../projects/pagination.js';
import type { AttachmentsTable, Database } from '../shared/db/schema.js';

export type StoredAttachment = Selectable<AttachmentsTable>;

/** Attachment metadata: the only code of the attachments feature that touches the database. */
export class AttachmentsRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Records the attachment and its event in one transaction. */
  async insert(attachment: StoredAttachment, event: TaskEvent): Promise<PublishedEvent[]> {
    return this.db.transaction().execute(async (tx) => {
      await tx.insertInto('attachments').values(attachment).execute();
      return appendEvents(tx, [event]);
    });
  }

  async findById(taskId: string, attachmentId: string): Promise<StoredAttachment | undefined> {
    return this.db
      .selectFrom('attachments')
      .selectAll()
      .where('task_id', '=', taskId)
      .where('id', '=', attachmentId)
      .executeTakeFirst();
  }

  /** The task's attachments, newest first (ties by id, descending), `limit` rows after `after`. */
  async list(taskId: string, limit: number, after?: CursorPosition): Promise<StoredAttachment[]> {
    let query = this.db.selectFrom('attachments').selectAll().where('task_id', '=', taskId);
    if (after) {
      const key = String(after.key);
      query = query.where((eb) =>
        eb.or([eb('created_at', '<', key), eb.and([eb('created_at', '=', key), eb('id', '<', after.id)])]),
      );
    }
    return query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
  }

  async delete(attachmentId: string): Promise<void> {
    await this.db.deleteFrom('attachments').where('id', '=', attachmentId).execute();
  }
}
