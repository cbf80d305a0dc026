import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { CursorPosition } from '../projects/pagination.js';
import type { ActivityTable, Database } from '../shared/db/schema.js';
import type { ActivityEntry, NewActivity } from './activity.model.js';

/**
 * Appends entries to their tasks' histories. Takes the executor of the
 * transaction that makes the change, so a change and its record commit or fail
 * together.
 */
export async function appendActivity(db: Kysely<Database>, entries: readonly NewActivity[]): Promise<void> {
  for (const entry of entries) {
    const { kind, taskId, actorId, occurredAt, ...details } = entry;
    const last = await db
      .selectFrom('activity')
      .select((eb) => eb.fn.max('seq').as('seq'))
      .where('task_id', '=', taskId)
      .executeTakeFirst();
    await db
      .insertInto('activity')
      .values({
        id: randomUUID(),
        task_id: taskId,
        // The unique (task_id, seq) index turns a concurrent writer into an error, never a duplicate position.
        seq: Number(last?.seq ?? 0) + 1,
        kind,
        actor_id: actorId,
        occurred_at: occurredAt,
        payload: JSON.stringify(details),
      })
      .execute();
  }
}

/** Reading task histories: the only code of the activity feature that touches the database. */
export class ActivityRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** The task's entries, oldest first, `limit` rows after `after` (a sequence number). */
  async list(
    taskId: string,
    limit: number,
    after?: CursorPosition,
  ): Promise<(ActivityEntry & { seq: number })[]> {
    let query = this.db.selectFrom('activity').selectAll().where('task_id', '=', taskId);
    if (after) query = query.where('seq', '>', Number(after.key));
    const rows = await query.orderBy('seq', 'asc').limit(limit).execute();
    return rows.map(toEntry);
  }
}

function toEntry(row: Selectable<ActivityTable>): ActivityEntry & { seq: number } {
  const base = { id: row.id, taskId: row.task_id, actorId: row.actor_id, occurredAt: row.occurred_at };
  // The payload was written from the same discriminated type by appendActivity.
  return { ...JSON.parse(row.payload), ...base, kind: row.kind, seq: Number(row.seq) } as ActivityEntry & {
    seq: number;
  };
}
