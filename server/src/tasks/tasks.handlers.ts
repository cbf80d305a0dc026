import type { Kysely } from 'kysely';
import type { AuthPrincipal } from '../auth/principal.js';
import type { CreateTaskResult, TasksHandlers } from '../generated/server/handlers.js';
import type { IdempotencyService } from '../projects/idempotency/idempotency.service.js';
import type { Database } from '../shared/db/schema.js';
import { etagOf } from './etag.js';
import type { TasksService } from './tasks.service.js';

export interface TasksHandlerDeps {
  service: TasksService;
  idempotency: IdempotencyService;
  /** The service working on the given connection (the transaction of an idempotent request). */
  serviceOn: (db: Kysely<Database>) => TasksService;
}

/** The `tasks` operations; every response carrying a task carries its ETag. */
export function createTasksHandlers({
  service,
  idempotency,
  serviceOn,
}: TasksHandlerDeps): TasksHandlers<AuthPrincipal> {
  return {
    async listTasks({ path, query }, { auth }) {
      return { status: 200, body: await service.list(auth.userId, path.projectId, query) };
    },

    async createTask({ path, headers, body }, { auth }) {
      return idempotency.run(
        auth.userId,
        headers['idempotency-key'],
        { operation: 'createTask', target: path.projectId, body },
        async (db): Promise<Extract<CreateTaskResult, { status: 201 }>> => {
          const task = await serviceOn(db).create(auth.userId, path.projectId, {
            ...body,
            description: body.description ?? null,
          });
          return {
            status: 201,
            body: task,
            headers: { Location: `/projects/${task.projectId}/tasks/${task.id}`, ETag: etagOf(task.version) },
          };
        },
      );
    },

    async getTask({ path }, { auth }) {
      const task = await service.get(auth.userId, path.projectId, path.taskId);
      return { status: 200, body: task, headers: { ETag: etagOf(task.version) } };
    },

    async updateTask({ path, headers, body }, { auth }) {
      const task = await service.update(auth.userId, path.projectId, path.taskId, body, headers['if-match']);
      return { status: 200, body: task, headers: { ETag: etagOf(task.version) } };
    },

    async deleteTask({ path }, { auth }) {
      await service.delete(auth.userId, path.projectId, path.taskId);
      return { status: 204 };
    },
  };
}
