/*
 * The refresh-token cookie, as the spec's SetRefreshCookie header describes it:
 * `HttpOnly` keeps it from scripts, `Secure` from plain HTTP (browsers treat
 * http://localhost as secure, so local development still works), `Path=/auth`
 * sends it only to the auth endpoints, and `SameSite=Strict` keeps cross-site
 * requests from ever carrying it: the API has no cross-site navigation flow
 * that needs the cookie, so the stricter setting costs nothing.
 */
export const REFRESH_COOKIE_NAME = 'refresh_token';
const ATTRIBUTES = 'Path=/auth; HttpOnly; Secure; SameSite=Strict';

/** `Set-Cookie` value that stores a new refresh token for `maxAgeSeconds`. */
export function refreshCookie(token: string, maxAgeSeconds: number): string {
  return `${REFRESH_COOKIE_NAME}=${token}; Max-Age=${Math.floor(maxAgeSeconds)}; ${ATTRIBUTES}`;
}

/** `Set-Cookie` value that deletes the refresh token from the browser. */
export function clearedRefreshCookie(): string {
  return `${REFRESH_COOKIE_NAME}=; Max-Age=0; ${ATTRIBUTES}`;
}
