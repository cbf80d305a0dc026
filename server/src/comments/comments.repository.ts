import type { Kysely, Selectable } from 'kysely';
import type { NewActivity } from '../activity/activity.model.js';
import { appendActivity } from '../activity/activity.repository.js';
import type { PublishedEvent, TaskEvent } from '../events/events.model.js';
import { appendEvents } from '../events/outbox.js';
import type { CursorPosition } from '../projects/pagination.js';
import type { CommentsTable, Database } from '../shared/db/schema.js';
import type { Comment } from './comments.model.js';

/** Comments: the only code of the comments feature that touches the database. */
export class CommentsRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Inserts the comment, its activity entry and its event in one transaction. */
  async insert(comment: Comment, activity: NewActivity, event: TaskEvent): Promise<PublishedEvent[]> {
    return this.db.transaction().execute(async (tx) => {
      await tx
        .insertInto('comments')
        .values({
          id: comment.id,
          task_id: comment.taskId,
          parent_id: comment.parentId,
          author_id: comment.authorId,
          body: comment.body,
          created_at: comment.createdAt,
          updated_at: comment.updatedAt,
        })
        .execute();
      await appendActivity(tx, [activity]);
      return appendEvents(tx, [event]);
    });
  }

  /** Whether `commentId` is a comment on `taskId` (a reply's parent must be). */
  async isOnTask(commentId: string, taskId: string): Promise<boolean> {
    const row = await this.db
      .selectFrom('comments')
      .select('id')
      .where('id', '=', commentId)
      .where('task_id', '=', taskId)
      .executeTakeFirst();
    return row !== undefined;
  }

  /**
   * Top-level comments of the task, oldest first (ties by id), `limit` rows
   * after `after`, each with its reply tree.
   */
  async listThreads(taskId: string, limit: number, after?: CursorPosition): Promise<Comment[]> {
    let roots = this.db
      .selectFrom('comments')
      .selectAll()
      .where('task_id', '=', taskId)
      .where('parent_id', 'is', null);
    if (after) {
      const key = String(after.key);
      roots = roots.where((eb) =>
        eb.or([eb('created_at', '>', key), eb.and([eb('created_at', '=', key), eb('id', '>', after.id)])]),
      );
    }
    const rootRows = await roots.orderBy('created_at', 'asc').orderBy('id', 'asc').limit(limit).execute();
    return this.withReplies(rootRows);
  }

  /** One comment (top-level or a reply) of the task, with its reply tree. */
  async findThread(taskId: string, commentId: string): Promise<Comment | undefined> {
    const row = await this.db
      .selectFrom('comments')
      .selectAll()
      .where('task_id', '=', taskId)
      .where('id', '=', commentId)
      .executeTakeFirst();
    if (!row) return undefined;
    const [thread] = await this.withReplies([row]);
    return thread;
  }

  /**
   * Attaches every reply of any depth below `roots`, fetched with one recursive
   * query (SQL:1999 WITH RECURSIVE, on SQLite and PostgreSQL).
   */
  private async withReplies(rootRows: readonly Selectable<CommentsTable>[]): Promise<Comment[]> {
    if (rootRows.length === 0) return [];
    const replyRows = await this.db
      .withRecursive('thread', (db) =>
        db
          .selectFrom('comments')
          .selectAll()
          .where(
            'parent_id',
            'in',
            rootRows.map((r) => r.id),
          )
          .unionAll((db) =>
            db.selectFrom('comments as c').innerJoin('thread as t', 't.id', 'c.parent_id').selectAll('c'),
          ),
      )
      .selectFrom('thread')
      .selectAll()
      .orderBy('created_at', 'asc')
      .orderBy('id', 'asc')
      .execute();

    const byId = new Map<string, Comment>();
    const toTree = (row: Selectable<CommentsTable>) => {
      const comment = toComment(row);
      byId.set(comment.id, comment);
      return comment;
    };
    const top = rootRows.map(toTree);
    // Rows are in creation order, so each replies list ends up oldest first.
    for (const reply of replyRows.map(toTree)) {
      if (reply.parentId) byId.get(reply.parentId)?.replies.push(reply);
    }
    return top;
  }
}

function toComment(row: Selectable<CommentsTable>): Comment {
  return {
    id: row.id,
    taskId: row.task_id,
    parentId: row.parent_id,
    authorId: row.author_id,
    body: row.body,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    replies: [],
  };
}
