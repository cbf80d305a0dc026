import type { Kysely, Selectable } from 'kysely';
import type { Database, ProjectsTable } from '../shared/db/schema.js';
import { transaction } from '../shared/db/transaction.js';
import type { CursorPosition } from './pagination.js';
import type { Project, ProjectChanges } from './projects.model.js';

/** Projects: the only code of the projects feature that touches the database. */
export class ProjectsRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Inserts the project and its creator as first owner, atomically. */
  async insertWithOwner(project: Project, joinedAt: string): Promise<void> {
    await transaction(this.db, async (tx) => {
      await tx
        .insertInto('projects')
        .values({
          id: project.id,
          name: project.name,
          description: project.description,
          owner_id: project.ownerId,
          created_at: project.createdAt,
          updated_at: project.updatedAt,
        })
        .execute();
      await tx
        .insertInto('project_members')
        .values({ project_id: project.id, user_id: project.ownerId, role: 'owner', joined_at: joinedAt })
        .execute();
    });
  }

  async findById(id: string): Promise<Project | undefined> {
    const row = await this.db.selectFrom('projects').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toProject(row);
  }

  /** The user's projects, newest first (ties by id, descending), `limit` rows after `after`. */
  async listForMember(userId: string, limit: number, after?: CursorPosition): Promise<Project[]> {
    let query = this.db
      .selectFrom('projects as p')
      .innerJoin('project_members as m', 'm.project_id', 'p.id')
      .selectAll('p')
      .where('m.user_id', '=', userId);
    if (after) {
      const key = String(after.key);
      query = query.where((eb) =>
        eb.or([
          eb('p.created_at', '<', key),
          eb.and([eb('p.created_at', '=', key), eb('p.id', '<', after.id)]),
        ]),
      );
    }
    const rows = await query.orderBy('p.created_at', 'desc').orderBy('p.id', 'desc').limit(limit).execute();
    return rows.map(toProject);
  }

  async update(id: string, changes: ProjectChanges, updatedAt: string): Promise<Project | undefined> {
    await this.db
      .updateTable('projects')
      .set({
        ...(changes.name !== undefined && { name: changes.name }),
        ...(changes.description !== undefined && { description: changes.description }),
        updated_at: updatedAt,
      })
      .where('id', '=', id)
      .execute();
    return this.findById(id);
  }

  /**
   * Deletes the project (tasks, comments, activity and attachment rows cascade)
   * and returns the storage keys of its attachments, whose bytes the caller removes.
   */
  async delete(id: string): Promise<string[]> {
    return transaction(this.db, async (tx) => {
      const blobs = await tx
        .selectFrom('attachments as a')
        .innerJoin('tasks as t', 't.id', 'a.task_id')
        .select('a.storage_key')
        .where('t.project_id', '=', id)
        .execute();
      await tx.deleteFrom('projects').where('id', '=', id).execute();
      return blobs.map((b) => b.storage_key);
    });
  }
}

function toProject(row: Selectable<ProjectsTable>): Project {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    ownerId: row.owner_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
