import type { Kysely } from 'kysely';
import { appendActivity } from '../activity/activity.repository.js';
import type { PublishedEvent } from '../events/events.model.js';
import { appendEvents } from '../events/outbox.js';
import type { CursorPosition } from '../projects/pagination.js';
import type { Database } from '../shared/db/schema.js';
import type { Member, ProjectRole } from './members.model.js';

/** Project memberships: the only code of the members feature that touches the database. */
export class MembersRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** The user's role in the project, or `undefined` when they are not a member. */
  async findRole(projectId: string, userId: string): Promise<ProjectRole | undefined> {
    const row = await this.db
      .selectFrom('project_members')
      .select('role')
      .where('project_id', '=', projectId)
      .where('user_id', '=', userId)
      .executeTakeFirst();
    return row?.role;
  }

  /** Members in joining order (ties by user id), `limit` rows after `after`. */
  async list(projectId: string, limit: number, after?: CursorPosition): Promise<Member[]> {
    let query = this.db
      .selectFrom('project_members as m')
      .innerJoin('users as u', 'u.id', 'm.user_id')
      .select([
        'm.user_id as userId',
        'u.email as email',
        'u.display_name as displayName',
        'm.role as role',
        'm.joined_at as joinedAt',
      ])
      .where('m.project_id', '=', projectId);
    if (after) {
      const key = String(after.key);
      query = query.where((eb) =>
        eb.or([
          eb('m.joined_at', '>', key),
          eb.and([eb('m.joined_at', '=', key), eb('m.user_id', '>', after.id)]),
        ]),
      );
    }
    return query.orderBy('m.joined_at', 'asc').orderBy('m.user_id', 'asc').limit(limit).execute();
  }

  async findMember(projectId: string, userId: string): Promise<Member | undefined> {
    return this.db
      .selectFrom('project_members as m')
      .innerJoin('users as u', 'u.id', 'm.user_id')
      .select([
        'm.user_id as userId',
        'u.email as email',
        'u.display_name as displayName',
        'm.role as role',
        'm.joined_at as joinedAt',
      ])
      .where('m.project_id', '=', projectId)
      .where('m.user_id', '=', userId)
      .executeTakeFirst();
  }

  /** The id of the user with this id or (lower-cased) email address, if one exists. */
  async findUserId(reference: { userId: string } | { email: string }): Promise<string | undefined> {
    const query = this.db.selectFrom('users').select('id');
    const row = await ('userId' in reference
      ? query.where('id', '=', reference.userId)
      : query.where('email', '=', reference.email.trim().toLowerCase())
    ).executeTakeFirst();
    return row?.id;
  }

  /** Adds the membership; `false` when the user already is a member. */
  async insert(projectId: string, userId: string, role: ProjectRole, joinedAt: string): Promise<boolean> {
    const result = await this.db
      .insertInto('project_members')
      .values({ project_id: projectId, user_id: userId, role, joined_at: joinedAt })
      .onConflict((oc) => oc.columns(['project_id', 'user_id']).doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
  }

  /**
   * Removes the membership and unassigns the user's tasks in the project, in
   * one transaction: each unassigned task gets a new version (its ETag changes)
   * and a `task_assigned` activity entry by `actorId`. Refuses (`last_owner`)
   * when it would leave the project without an owner.
   */
  async remove(
    projectId: string,
    userId: string,
    actorId: string,
    now: string,
  ): Promise<
    | { outcome: 'removed'; unassignedTaskIds: string[]; published: PublishedEvent[] }
    | { outcome: 'not_member' }
    | { outcome: 'last_owner' }
  > {
    return this.db.transaction().execute(async (tx) => {
      const members = await tx
        .selectFrom('project_members')
        .select(['user_id', 'role'])
        .where('project_id', '=', projectId)
        .execute();
      const target = members.find((m) => m.user_id === userId);
      if (!target) return { outcome: 'not_member' as const };
      const owners = members.filter((m) => m.role === 'owner');
      if (target.role === 'owner' && owners.length === 1) return { outcome: 'last_owner' as const };
      await tx
        .deleteFrom('project_members')
        .where('project_id', '=', projectId)
        .where('user_id', '=', userId)
        .execute();
      const assigned = await tx
        .selectFrom('tasks')
        .select('id')
        .where('project_id', '=', projectId)
        .where('assignee_id', '=', userId)
        .execute();
      const unassignedTaskIds = assigned.map((task) => task.id);
      if (unassignedTaskIds.length > 0) {
        await tx
          .updateTable('tasks')
          .set((eb) => ({ assignee_id: null, updated_at: now, version: eb('version', '+', 1) }))
          .where('id', 'in', unassignedTaskIds)
          .execute();
        await appendActivity(
          tx,
          unassignedTaskIds.map((taskId) => ({
            kind: 'task_assigned' as const,
            taskId,
            actorId,
            occurredAt: now,
            previousAssigneeId: userId,
            assigneeId: null,
          })),
        );
      }
      // Followers of the project hear that these tasks lost their assignee.
      const published = await appendEvents(
        tx,
        unassignedTaskIds.map((taskId) => ({
          type: 'task.updated' as const,
          projectId,
          taskId,
          actorId,
          occurredAt: now,
        })),
      );
      return { outcome: 'removed' as const, unassignedTaskIds, published };
    });
  }
}
