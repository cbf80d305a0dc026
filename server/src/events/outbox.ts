import type { Kysely } from 'kysely';
import type { Database } from '../shared/db/schema.js';
import type { PublishedEvent, TaskEvent } from './events.model.js';

/**
 * Writes events to the outbox in the caller's transaction (the one making the
 * change), each with the next position of its project's stream, and returns
 * them with their ids. They reach subscribers once that transaction commits:
 * through the NOTIFY trigger on PostgreSQL, through `EventBus.committed` in
 * one process.
 */
export async function appendEvents(
  db: Kysely<Database>,
  events: readonly TaskEvent[],
): Promise<PublishedEvent[]> {
  const published: PublishedEvent[] = [];
  for (const event of events) {
    // The upsert locks the project's counter row until commit: sequence order is commit order.
    const { last_seq: seq } = await db
      .insertInto('event_streams')
      .values({ project_id: event.projectId, last_seq: 1 })
      .onConflict((oc) =>
        oc.column('project_id').doUpdateSet((eb) => ({ last_seq: eb('event_streams.last_seq', '+', 1) })),
      )
      .returning('last_seq')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('events')
      .values({
        project_id: event.projectId,
        seq: Number(seq),
        type: event.type,
        payload: JSON.stringify(event),
        // Services stamp events with the server clock when the change is made.
        recorded_at: event.occurredAt,
      })
      .execute();
    published.push({ id: String(seq), event });
  }
  return published;
}
