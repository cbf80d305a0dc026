import type { ProjectAccess } from '../members/project-access.js';
import { decodeCursor, type Page, toPage } from '../projects/pagination.js';
import { NotFoundError } from '../shared/errors/index.js';
import type { TasksRepository } from '../tasks/tasks.repository.js';
import type { ActivityEntry } from './activity.model.js';
import type { ActivityRepository } from './activity.repository.js';

const QUERY_FINGERPRINT = 'activity:seq';

/** The audit trail of a task, visible to the project's members. */
export class ActivityService {
  constructor(
    private readonly repository: ActivityRepository,
    private readonly tasks: TasksRepository,
    private readonly access: ProjectAccess,
  ) {}

  async list(
    userId: string,
    projectId: string,
    taskId: string,
    limit: number,
    cursor?: string,
  ): Promise<Page<ActivityEntry>> {
    await this.access.requireMember(projectId, userId);
    if (!(await this.tasks.exists(projectId, taskId)))
      throw new NotFoundError('No task with this id in the project.');
    const after = cursor === undefined ? undefined : decodeCursor(cursor, QUERY_FINGERPRINT, 'number');
    const rows = await this.repository.list(taskId, limit + 1, after);
    return toPage(
      rows,
      limit,
      (entry) => ({ key: entry.seq, id: entry.id }),
      ({ seq: _, ...entry }) => entry as ActivityEntry,
      QUERY_FINGERPRINT,
    );
  }
}
