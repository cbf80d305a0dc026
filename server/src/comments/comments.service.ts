import { randomUUID } from 'node:crypto';
import type { EventBus } from '../events/event-bus.js';
import type { ProjectAccess } from '../members/project-access.js';
import { decodeCursor, type Page, toPage } from '../projects/pagination.js';
import { ConflictError, NotFoundError } from '../shared/errors/index.js';
import type { TasksRepository } from '../tasks/tasks.repository.js';
import type { Comment } from './comments.model.js';
import type { CommentsRepository } from './comments.repository.js';

const QUERY_FINGERPRINT = 'comments:createdAt';

export interface NewComment {
  body: string;
  parentId?: string | null;
}

/** Threaded discussion on a task, for the project's members. */
export class CommentsService {
  constructor(
    private readonly repository: CommentsRepository,
    private readonly tasks: TasksRepository,
    private readonly access: ProjectAccess,
    private readonly events: EventBus,
    private readonly now: () => number = Date.now,
  ) {}

  /** Top-level comments, oldest first, each with its replies; pagination counts top-level comments. */
  async list(
    userId: string,
    projectId: string,
    taskId: string,
    limit: number,
    cursor?: string,
  ): Promise<Page<Comment>> {
    await this.requireTask(userId, projectId, taskId);
    const after = cursor === undefined ? undefined : decodeCursor(cursor, QUERY_FINGERPRINT);
    const rows = await this.repository.listThreads(taskId, limit + 1, after);
    return toPage(
      rows,
      limit,
      (c) => ({ key: c.createdAt, id: c.id }),
      (c) => c,
      QUERY_FINGERPRINT,
    );
  }

  /** One comment, or reply, with its whole reply thread. */
  async get(userId: string, projectId: string, taskId: string, commentId: string): Promise<Comment> {
    await this.requireTask(userId, projectId, taskId);
    const comment = await this.repository.findThread(taskId, commentId);
    if (!comment) throw new NotFoundError('No comment with this id on the task.');
    return comment;
  }

  /** Adds a comment or a reply; 409 when the parent is not a comment on the same task. */
  async create(userId: string, projectId: string, taskId: string, input: NewComment): Promise<Comment> {
    await this.requireTask(userId, projectId, taskId);
    const parentId = input.parentId ?? null;
    if (parentId !== null && !(await this.repository.isOnTask(parentId, taskId))) {
      throw new ConflictError('The parent must be a comment on the same task.');
    }
    const now = new Date(this.now()).toISOString();
    const comment: Comment = {
      id: randomUUID(),
      taskId,
      parentId,
      authorId: userId,
      body: input.body,
      createdAt: now,
      updatedAt: now,
      replies: [],
    };
    const published = await this.repository.insert(
      comment,
      { kind: 'comment_added', taskId, actorId: userId, occurredAt: now, commentId: comment.id },
      { type: 'comment.added', projectId, taskId, actorId: userId, occurredAt: now },
    );
    this.events.committed(published);
    return comment;
  }

  private async requireTask(userId: string, projectId: string, taskId: string): Promise<void> {
    await this.access.requireMember(projectId, userId);
    if (!(await this.tasks.exists(projectId, taskId)))
      throw new NotFoundError('No task with this id in the project.');
  }
}
