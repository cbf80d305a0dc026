/**
 * Who is calling, as proven by a verified access token. Kept to the token's
 * minimal claims: authorization decisions read current data (memberships) from
 * the database rather than trusting stale claims.
 */
export interface AuthPrincipal {
  userId: string;
  /** When the access token expires (ms since the epoch); long-lived streams end then. */
  expiresAt: number;
}
