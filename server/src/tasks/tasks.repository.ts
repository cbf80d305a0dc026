import { type Kysely, type Selectable, sql } from 'kysely';
import type { NewActivity } from '../activity/activity.model.js';
import { appendActivity } from '../activity/activity.repository.js';
import type { PublishedEvent, TaskEvent } from '../events/events.model.js';
import { appendEvents } from '../events/outbox.js';
import type { CursorPosition } from '../projects/pagination.js';
import type { Database, TasksTable } from '../shared/db/schema.js';
import { transaction } from '../shared/db/transaction.js';
import type { TaskOrder } from './task-order.js';
import { PRIORITY_RANK, type Task, type TaskFilters } from './tasks.model.js';

/** What an update should do, decided by the service from the current task. */
export interface TaskUpdatePlan {
  next: Task;
  activity: NewActivity[];
  events: TaskEvent[];
}

export type TaskUpdateOutcome =
  | { outcome: 'updated'; task: Task; published: PublishedEvent[] }
  | { outcome: 'not_found' }
  | { outcome: 'stale'; current: Task };

/** Tasks: the only code of the tasks feature that touches the database. */
export class TasksRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Inserts the task, its first activity entries and its events in one transaction. */
  async insert(
    task: Task,
    activity: readonly NewActivity[],
    events: readonly TaskEvent[],
  ): Promise<PublishedEvent[]> {
    return transaction(this.db, async (tx) => {
      await tx.insertInto('tasks').values(toRow(task)).execute();
      await appendActivity(tx, activity);
      return appendEvents(tx, events);
    });
  }

  async findById(projectId: string, taskId: string): Promise<Task | undefined> {
    const row = await this.db
      .selectFrom('tasks')
      .selectAll()
      .where('project_id', '=', projectId)
      .where('id', '=', taskId)
      .executeTakeFirst();
    return row && toTask(row);
  }

  async exists(projectId: string, taskId: string): Promise<boolean> {
    const row = await this.db
      .selectFrom('tasks')
      .select('id')
      .where('project_id', '=', projectId)
      .where('id', '=', taskId)
      .executeTakeFirst();
    return row !== undefined;
  }

  /**
   * A page of tasks in `order` with id as tie-breaker, `limit` rows strictly
   * after `after`. Keyset (not offset) pagination: rows inserted or deleted
   * elsewhere in the order never shift a page, so none is skipped or repeated.
   */
  async list(
    projectId: string,
    filters: TaskFilters,
    order: TaskOrder,
    limit: number,
    after?: CursorPosition,
  ): Promise<Task[]> {
    const key =
      order.column === 'due_sort'
        ? sql<string>`coalesce(due_date, ${sql.lit(order.missingDueDate ?? '')})`
        : sql.ref<string | number>(order.column);
    const beyond = order.direction === 'asc' ? '>' : '<';
    let query = this.db.selectFrom('tasks').selectAll().where('project_id', '=', projectId);
    if (filters.status?.length) query = query.where('status', 'in', filters.status);
    if (filters.assigneeId !== undefined) query = query.where('assignee_id', '=', filters.assigneeId);
    if (filters.dueAfter !== undefined) query = query.where('due_date', '>=', filters.dueAfter);
    if (filters.dueBefore !== undefined) query = query.where('due_date', '<=', filters.dueBefore);
    if (after) {
      query = query.where((eb) =>
        eb.or([eb(key, beyond, after.key), eb.and([eb(key, '=', after.key), eb('id', beyond, after.id)])]),
      );
    }
    const rows = await query
      .orderBy(key, order.direction)
      .orderBy('id', order.direction)
      .limit(limit)
      .execute();
    return rows.map(toTask);
  }

  /**
   * Applies `plan` to the current task in one transaction, with its activity.
   * `precondition` (from If-Match) must accept the current version; the
   * update is also conditional on the version it read, so a concurrent writer
   * makes this one `stale` instead of being silently overwritten.
   */
  async update(
    projectId: string,
    taskId: string,
    precondition: ((currentVersion: number) => boolean) | undefined,
    plan: (current: Task) => TaskUpdatePlan,
  ): Promise<TaskUpdateOutcome> {
    return transaction(this.db, async (tx): Promise<TaskUpdateOutcome> => {
      const repository = new TasksRepository(tx);
      const current = await repository.findById(projectId, taskId);
      if (!current) return { outcome: 'not_found' };
      if (precondition && !precondition(current.version)) {
        return { outcome: 'stale', current };
      }
      const { next, activity, events } = plan(current);
      const { id: _, project_id: __, created_by: ___, created_at: ____, ...changes } = toRow(next);
      const result = await tx
        .updateTable('tasks')
        .set(changes)
        .where('id', '=', taskId)
        .where('version', '=', current.version)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) !== 1) return { outcome: 'stale', current };
      await appendActivity(tx, activity);
      return { outcome: 'updated', task: next, published: await appendEvents(tx, events) };
    });
  }

  /**
   * Deletes the task (comments, activity and attachment rows cascade) and records its events;
   * returns its attachments' storage keys.
   */
  async delete(
    projectId: string,
    taskId: string,
    events: readonly TaskEvent[],
  ): Promise<{ blobKeys: string[]; published: PublishedEvent[] } | undefined> {
    return transaction(this.db, async (tx) => {
      const blobs = await tx
        .selectFrom('attachments')
        .select('storage_key')
        .where('task_id', '=', taskId)
        .execute();
      const result = await tx
        .deleteFrom('tasks')
        .where('project_id', '=', projectId)
        .where('id', '=', taskId)
        .executeTakeFirst();
      if (Number(result.numDeletedRows) !== 1) return undefined;
      return { blobKeys: blobs.map((b) => b.storage_key), published: await appendEvents(tx, events) };
    });
  }
}

function toRow(task: Task): TasksTable {
  return {
    id: task.id,
    project_id: task.projectId,
    title: task.title,
    description: task.description,
    status: task.status,
    priority: task.priority,
    priority_rank: PRIORITY_RANK[task.priority],
    assignee_id: task.assigneeId,
    due_date: task.dueDate,
    estimate_hours: task.estimateHours,
    labels: JSON.stringify(task.labels),
    created_by: task.createdBy,
    created_at: task.createdAt,
    updated_at: task.updatedAt,
    version: task.version,
  };
}

function toTask(row: Selectable<TasksTable>): Task {
  return {
    id: row.id,
    projectId: row.project_id,
    title: row.title,
    description: row.description,
    status: row.status,
    priority: row.priority,
    assigneeId: row.assignee_id,
    dueDate: row.due_date,
    estimateHours: row.estimate_hours === null ? null : Number(row.estimate_hours),
    labels: JSON.parse(row.labels) as string[],
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: Number(row.version),
  };
}
