import type { CreateProjectInput, CreateProjectResult, DeleteProjectInput, DeleteProjectResult, GetProjectInput, GetProjectResult, ListProjectsInput, ListProjectsResult, ProjectsHandlers, SecuredContext, UpdateProjectInput, UpdateProjectResult } from "../generated/server/handlers.js";
import { NotImplementedError } from "../generated/server/runtime.js";

/**
 * The `projects` operations' business rules. Each method answers 501 until it is written;
 * services never see `req`/`res`: they take the validated input and return a typed result.
 */
export class ProjectsService<TAuth = unknown> implements ProjectsHandlers<TAuth> {
    /** List my projects (`GET /projects`). */
    async listProjects(_input: ListProjectsInput, _context: SecuredContext<TAuth>): Promise<ListProjectsResult> {
        throw new NotImplementedError("listProjects");
    }
    /** Create a project (`POST /projects`). */
    async createProject(_input: CreateProjectInput, _context: SecuredContext<TAuth>): Promise<CreateProjectResult> {
        throw new NotImplementedError("createProject");
    }
    /** Get a project (`GET /projects/{projectId}`). */
    async getProject(_input: GetProjectInput, _context: SecuredContext<TAuth>): Promise<GetProjectResult> {
        throw new NotImplementedError("getProject");
    }
    /** Delete a project (`DELETE /projects/{projectId}`). */
    async deleteProject(_input: DeleteProjectInput, _context: SecuredContext<TAuth>): Promise<DeleteProjectResult> {
        throw new NotImplementedError("deleteProject");
    }
    /** Update a project (`PATCH /projects/{projectId}`). */
    async updateProject(_input: UpdateProjectInput, _context: SecuredContext<TAuth>): Promise<UpdateProjectResult> {
        throw new NotImplementedError("updateProject");
    }
}
