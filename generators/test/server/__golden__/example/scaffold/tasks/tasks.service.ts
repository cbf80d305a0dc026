import type { CreateTaskInput, CreateTaskResult, DeleteTaskInput, DeleteTaskResult, GetTaskInput, GetTaskResult, ListTasksInput, ListTasksResult, SecuredContext, TasksHandlers, UpdateTaskInput, UpdateTaskResult } from "../generated/server/handlers.js";
import { NotImplementedError } from "../generated/server/runtime.js";

/**
 * The `tasks` operations' business rules. Each method answers 501 until it is written;
 * services never see `req`/`res`: they take the validated input and return a typed result.
 */
export class TasksService<TAuth = unknown> implements TasksHandlers<TAuth> {
    /** List a project's tasks (`GET /projects/{projectId}/tasks`). */
    async listTasks(_input: ListTasksInput, _context: SecuredContext<TAuth>): Promise<ListTasksResult> {
        throw new NotImplementedError("listTasks");
    }
    /** Create a task (`POST /projects/{projectId}/tasks`). */
    async createTask(_input: CreateTaskInput, _context: SecuredContext<TAuth>): Promise<CreateTaskResult> {
        throw new NotImplementedError("createTask");
    }
    /** Get a task (`GET /projects/{projectId}/tasks/{taskId}`). */
    async getTask(_input: GetTaskInput, _context: SecuredContext<TAuth>): Promise<GetTaskResult> {
        throw new NotImplementedError("getTask");
    }
    /** Delete a task (`DELETE /projects/{projectId}/tasks/{taskId}`). */
    async deleteTask(_input: DeleteTaskInput, _context: SecuredContext<TAuth>): Promise<DeleteTaskResult> {
        throw new NotImplementedError("deleteTask");
    }
    /** Update a task (`PATCH /projects/{projectId}/tasks/{taskId}`). */
    async updateTask(_input: UpdateTaskInput, _context: SecuredContext<TAuth>): Promise<UpdateTaskResult> {
        throw new NotImplementedError("updateTask");
    }
}
