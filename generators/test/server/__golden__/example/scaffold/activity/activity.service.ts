import type { ActivityHandlers, ListTaskActivityInput, ListTaskActivityResult, SecuredContext } from "../generated/server/handlers.js";
import { NotImplementedError } from "../generated/server/runtime.js";

/**
 * The `activity` operations' business rules. Each method answers 501 until it is written;
 * services never see `req`/`res`: they take the validated input and return a typed result.
 */
export class ActivityService<TAuth = unknown> implements ActivityHandlers<TAuth> {
    /** List a task's activity (`GET /projects/{projectId}/tasks/{taskId}/activity`). */
    async listTaskActivity(_input: ListTaskActivityInput, _context: SecuredContext<TAuth>): Promise<ListTaskActivityResult> {
        throw new NotImplementedError("listTaskActivity");
    }
}
