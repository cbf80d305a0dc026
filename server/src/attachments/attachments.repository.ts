import type { Kysely, Selectable } from 'kysely';
import type { CursorPosition } from '../projects/pagination.js';
import type { AttachmentsTable, Database } from '../shared/db/schema.js';

export type StoredAttachment = Selectable<AttachmentsTable>;

/** Attachment metadata: the only code of the attachments feature that touches the database. */
export class AttachmentsRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async insert(attachment: StoredAttachment): Promise<void> {
    await this.db.insertInto('attachments').values(attachment).execute();
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
