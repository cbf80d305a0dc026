import type { AuthHandlers } from '../generated/server/handlers.js';
import type { Session } from './auth.model.js';
import type { AuthService } from './auth.service.js';
import type { AuthPrincipal } from './principal.js';
import { clearedRefreshCookie, refreshCookie } from './refresh-cookie.js';

export interface AuthHandlerDeps {
  service: AuthService;
}

/** Where the API shows the signed-in user (the `Location` of a registration). */
const CURRENT_USER_PATH = '/auth/me';

/** The `auth` operations: sessions in, the access token in the body and the refresh token in the cookie. */
export function createAuthHandlers({ service }: AuthHandlerDeps): AuthHandlers<AuthPrincipal> {
  return {
    async register({ body }) {
      const session = await service.register(body);
      return {
        status: 201,
        body: sessionBody(session),
        headers: { Location: CURRENT_USER_PATH, 'Set-Cookie': sessionCookie(session) },
      };
    },

    async login({ body }) {
      const session = await service.login(body.email, body.password);
      return { status: 200, body: sessionBody(session), headers: { 'Set-Cookie': sessionCookie(session) } };
    },

    async refreshSession({ cookies }) {
      const session = await service.refresh(cookies.refresh_token);
      return { status: 200, body: sessionBody(session), headers: { 'Set-Cookie': sessionCookie(session) } };
    },

    async logout({ cookies }) {
      await service.logout(cookies.refresh_token);
      return { status: 204, headers: { 'Set-Cookie': clearedRefreshCookie() } };
    },

    async getCurrentUser(_input, { auth }) {
      return { status: 200, body: await service.currentUser(auth.userId) };
    },
  };
}

function sessionBody({ accessToken, tokenType, expiresIn, user }: Session) {
  return { accessToken, tokenType, expiresIn, user };
}

function sessionCookie(session: Session): string {
  return refreshCookie(session.refreshToken, session.refreshTokenMaxAgeSeconds);
}
