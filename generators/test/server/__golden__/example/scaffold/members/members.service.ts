import type { AddProjectMemberInput, AddProjectMemberResult, ListProjectMembersInput, ListProjectMembersResult, MembersHandlers, RemoveProjectMemberInput, RemoveProjectMemberResult, SecuredContext } from "../generated/server/handlers.js";
import { NotImplementedError } from "../generated/server/runtime.js";

/**
 * The `members` operations' business rules. Each method answers 501 until it is written;
 * services never see `req`/`res`: they take the validated input and return a typed result.
 */
export class MembersService<TAuth = unknown> implements MembersHandlers<TAuth> {
    /** List a project's members (`GET /projects/{projectId}/members`). */
    async listProjectMembers(_input: ListProjectMembersInput, _context: SecuredContext<TAuth>): Promise<ListProjectMembersResult> {
        throw new NotImplementedError("listProjectMembers");
    }
    /** Add a member (`POST /projects/{projectId}/members`). */
    async addProjectMember(_input: AddProjectMemberInput, _context: SecuredContext<TAuth>): Promise<AddProjectMemberResult> {
        throw new NotImplementedError("addProjectMember");
    }
    /** Remove a member (`DELETE /projects/{projectId}/members/{userId}`). */
    async removeProjectMember(_input: RemoveProjectMemberInput, _context: SecuredContext<TAuth>): Promise<RemoveProjectMemberResult> {
        throw new NotImplementedError("removeProjectMember");
    }
}
