import { randomUUID } from 'node:crypto';
import type { NewActivity } from '../activity/activity.model.js';
import type { BlobStorage } from '../attachments/blob-storage.js';
import type { EventBus } from '../events/event-bus.js';
import type { TaskEvent, TaskEventType } from '../events/events.model.js';
import type { ProjectAccess } from '../members/project-access.js';
import { decodeCursor, type Page, toPage } from '../projects/pagination.js';
import { ConflictError, NotFoundError, PreconditionFailedError } from '../shared/errors/index.js';
import { ifMatchPrecondition } from './etag.js';
import { taskOrder } from './task-order.js';
import type { Task, TaskChanges, TaskFields, TaskFilters, TaskSort } from './tasks.model.js';
import type { TasksRepository } from './tasks.repository.js';

export interface TaskListQuery extends TaskFilters {
  sort: TaskSort;
  limit: number;
  cursor?: string;
}

/**
 * Tasks of a project: any member may read and change them. Every change is
 * recorded in the task's activity in the same transaction and announced on the
 * project's event stream after it commits.
 */
export class TasksService {
  constructor(
    private readonly repository: TasksRepository,
    private readonly access: ProjectAccess,
    private readonly events: EventBus,
    private readonly blobs: BlobStorage,
    private readonly now: () => number = Date.now,
  ) {}

  async list(userId: string, projectId: string, query: TaskListQuery): Promise<Page<Task>> {
    await this.access.requireMember(projectId, userId);
    const order = taskOrder(query.sort);
    const fingerprint = JSON.stringify([
      'tasks',
      query.sort,
      [...(query.status ?? [])].sort(),
      query.assigneeId ?? null,
      query.dueAfter ?? null,
      query.dueBefore ?? null,
    ]);
    const after =
      query.cursor === undefined
        ? undefined
        : decodeCursor(query.cursor, fingerprint, order.column === 'priority_rank' ? 'number' : 'string');
    const rows = await this.repository.list(projectId, query, order, query.limit + 1, after);
    return toPage(
      rows,
      query.limit,
      (t) => ({ key: order.keyOf(t), id: t.id }),
      (t) => t,
      fingerprint,
    );
  }

  async get(userId: string, projectId: string, taskId: string): Promise<Task> {
    await this.access.requireMember(projectId, userId);
    const task = await this.repository.findById(projectId, taskId);
    if (!task) throw taskNotFound();
    return task;
  }

  /** Creates a task; 422 when `assigneeId` is not a member of the project. */
  async create(userId: string, projectId: string, fields: TaskFields): Promise<Task> {
    await this.access.requireMember(projectId, userId);
    await this.requireAssignable(projectId, fields.assigneeId);
    const now = new Date(this.now()).toISOString();
    const task: Task = {
      ...fields,
      id: randomUUID(),
      projectId,
      createdBy: userId,
      createdAt: now,
      updatedAt: now,
      version: 1,
    };
    const activity: NewActivity[] = [
      { kind: 'task_created', taskId: task.id, actorId: userId, occurredAt: now, title: task.title },
    ];
    if (task.assigneeId !== null) {
      activity.push({
        kind: 'task_assigned',
        taskId: task.id,
        actorId: userId,
        occurredAt: now,
        previousAssigneeId: null,
        assigneeId: task.assigneeId,
      });
    }
    const published = await this.repository.insert(task, activity, [eventOf('task.created', task, userId)]);
    this.events.committed(published);
    return task;
  }

  /**
   * Applies a merge patch. `ifMatch` is the raw If-Match header: when it does
   * not match the current version the update is refused with 412.
   */
  async update(
    userId: string,
    projectId: string,
    taskId: string,
    changes: TaskChanges,
    ifMatch?: string,
  ): Promise<Task> {
    await this.access.requireMember(projectId, userId);
    if (changes.assigneeId !== undefined) await this.requireAssignable(projectId, changes.assigneeId);
    const now = new Date(this.now()).toISOString();
    const result = await this.repository.update(
      projectId,
      taskId,
      ifMatchPrecondition(ifMatch),
      (current) => {
        const next: Task = {
          ...current,
          ...definedOnly(changes),
          updatedAt: now,
          version: current.version + 1,
        };
        const activity: NewActivity[] = [];
        if (next.status !== current.status) {
          activity.push({
            kind: 'task_status_changed',
            taskId,
            actorId: userId,
            occurredAt: now,
            from: current.status,
            to: next.status,
          });
        }
        if (next.assigneeId !== current.assigneeId) {
          activity.push({
            kind: 'task_assigned',
            taskId,
            actorId: userId,
            occurredAt: now,
            previousAssigneeId: current.assigneeId,
            assigneeId: next.assigneeId,
          });
        }
        return { next, activity, events: [eventOf('task.updated', next, userId)] };
      },
    );
    if (result.outcome === 'not_found') throw taskNotFound();
    if (result.outcome === 'stale') {
      throw new PreconditionFailedError(
        `The task changed since you read it (its ETag is now "${result.current.version}"); read it again and retry.`,
      );
    }
    this.events.committed(result.published);
    return result.task;
  }

  async delete(userId: string, projectId: string, taskId: string): Promise<void> {
    await this.access.requireMember(projectId, userId);
    const deleted = await this.repository.delete(projectId, taskId, [
      {
        type: 'task.deleted',
        projectId,
        taskId,
        actorId: userId,
        occurredAt: new Date(this.now()).toISOString(),
      },
    ]);
    if (!deleted) throw taskNotFound();
    this.events.committed(deleted.published);
    await Promise.all(deleted.blobKeys.map((key) => this.blobs.delete(key)));
  }

  private async requireAssignable(projectId: string, assigneeId: string | null | undefined): Promise<void> {
    if (assigneeId === null || assigneeId === undefined) return;
    const role = await this.access.roleOf(projectId, assigneeId);
    if (!role) {
      // A well-formed id that conflicts with the project's current membership: 409, not a validation error.
      throw new ConflictError('The assignee must be a member of the project.');
    }
  }
}

function eventOf(type: TaskEventType, task: Task, actorId: string): TaskEvent {
  return { type, projectId: task.projectId, taskId: task.id, actorId, occurredAt: task.updatedAt };
}

const taskNotFound = () => new NotFoundError('No task with this id in the project.');

/** Drops keys whose value is `undefined`: in a merge patch an absent field keeps its value. */
function definedOnly<T extends object>(changes: T): Partial<T> {
  return Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)) as Partial<T>;
}
