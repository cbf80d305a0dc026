import type { EventsHandlers, SecuredContext, StreamProjectEventsInput, StreamProjectEventsResult } from "../generated/server/handlers.js";
import { NotImplementedError } from "../generated/server/runtime.js";

/**
 * The `events` operations' business rules. Each method answers 501 until it is written;
 * services never see `req`/`res`: they take the validated input and return a typed result.
 */
export class EventsService<TAuth = unknown> implements EventsHandlers<TAuth> {
    /** Follow a project's changes live (`GET /projects/{projectId}/events`). */
    async streamProjectEvents(_input: StreamProjectEventsInput, _context: SecuredContext<TAuth>): Promise<StreamProjectEventsResult> {
        throw new NotImplementedError("streamProjectEvents");
    }
}
