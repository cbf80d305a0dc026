import type { GetHealthInput, GetHealthResult, GetReadinessInput, GetReadinessResult, HealthHandlers, PublicContext } from "../generated/server/handlers.js";
import { NotImplementedError } from "../generated/server/runtime.js";

/**
 * The `health` operations' business rules. Each method answers 501 until it is written;
 * services never see `req`/`res`: they take the validated input and return a typed result.
 */
export class HealthService<TAuth = unknown> implements HealthHandlers<TAuth> {
    /** Liveness probe (`GET /health`). */
    async getHealth(_input: GetHealthInput, _context: PublicContext): Promise<GetHealthResult> {
        throw new NotImplementedError("getHealth");
    }
    /** Readiness probe (`GET /ready`). */
    async getReadiness(_input: GetReadinessInput, _context: PublicContext): Promise<GetReadinessResult> {
        throw new NotImplementedError("getReadiness");
    }
}
