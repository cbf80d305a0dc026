import type { CommentsHandlers, CreateCommentInput, CreateCommentResult, GetCommentInput, GetCommentResult, ListCommentsInput, ListCommentsResult, SecuredContext } from "../generated/server/handlers.js";
import { NotImplementedError } from "../generated/server/runtime.js";

/**
 * The `comments` operations' business rules. Each method answers 501 until it is written;
 * services never see `req`/`res`: they take the validated input and return a typed result.
 */
export class CommentsService<TAuth = unknown> implements CommentsHandlers<TAuth> {
    /** List a task's comments (`GET /projects/{projectId}/tasks/{taskId}/comments`). */
    async listComments(_input: ListCommentsInput, _context: SecuredContext<TAuth>): Promise<ListCommentsResult> {
        throw new NotImplementedError("listComments");
    }
    /** Comment on a task (`POST /projects/{projectId}/tasks/{taskId}/comments`). */
    async createComment(_input: CreateCommentInput, _context: SecuredContext<TAuth>): Promise<CreateCommentResult> {
        throw new NotImplementedError("createComment");
    }
    /** Get a comment (`GET /projects/{projectId}/tasks/{taskId}/comments/{commentId}`). */
    async getComment(_input: GetCommentInput, _context: SecuredContext<TAuth>): Promise<GetCommentResult> {
        throw new NotImplementedError("getComment");
    }
}
