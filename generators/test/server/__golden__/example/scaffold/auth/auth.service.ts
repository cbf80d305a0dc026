import type { AuthHandlers, GetCurrentUserInput, GetCurrentUserResult, LoginInput, LoginResult, LogoutInput, LogoutResult, PublicContext, RefreshSessionInput, RefreshSessionResult, RegisterInput, RegisterResult, SecuredContext } from "../generated/server/handlers.js";
import { NotImplementedError } from "../generated/server/runtime.js";

/**
 * The `auth` operations' business rules. Each method answers 501 until it is written;
 * services never see `req`/`res`: they take the validated input and return a typed result.
 */
export class AuthService<TAuth = unknown> implements AuthHandlers<TAuth> {
    /** Sign in (`POST /auth/login`). */
    async login(_input: LoginInput, _context: PublicContext): Promise<LoginResult> {
        throw new NotImplementedError("login");
    }
    /** Sign out (`POST /auth/logout`). */
    async logout(_input: LogoutInput, _context: PublicContext): Promise<LogoutResult> {
        throw new NotImplementedError("logout");
    }
    /** Get the signed-in user (`GET /auth/me`). */
    async getCurrentUser(_input: GetCurrentUserInput, _context: SecuredContext<TAuth>): Promise<GetCurrentUserResult> {
        throw new NotImplementedError("getCurrentUser");
    }
    /** Renew the access token (`POST /auth/refresh`). */
    async refreshSession(_input: RefreshSessionInput, _context: PublicContext): Promise<RefreshSessionResult> {
        throw new NotImplementedError("refreshSession");
    }
    /** Create an account (`POST /auth/register`). */
    async register(_input: RegisterInput, _context: PublicContext): Promise<RegisterResult> {
        throw new NotImplementedError("register");
    }
}
