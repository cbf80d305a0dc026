import { randomUUID } from 'node:crypto';
import { errors, jwtVerify, SignJWT } from 'jose';
import type { AuthPrincipal } from './principal.js';

export interface AccessTokenOptions {
  /** HMAC key for HS256; at least 32 bytes (RFC 7518 §3.2). */
  secret: string | Uint8Array;
  /** Lifetime in seconds; 15 minutes by default. */
  ttlSeconds?: number;
  /** Fixed clock for tests. */
  now?: () => number;
}

/** A signed access token and how long it lives. */
export interface IssuedAccessToken {
  token: string;
  expiresIn: number;
}

const ALGORITHM = 'HS256';

/**
 * Issues and verifies the short-lived JWT access tokens. Claims are minimal
 * (`sub`, `iat`, `exp`, `jti`): no roles or emails that could go stale.
 */
export class AccessTokens {
  private readonly key: Uint8Array;
  private readonly ttlSeconds: number;
  private readonly now: () => number;

  constructor(options: AccessTokenOptions) {
    this.key = typeof options.secret === 'string' ? new TextEncoder().encode(options.secret) : options.secret;
    if (this.key.byteLength < 32) throw new Error('The access-token secret must be at least 32 bytes.');
    this.ttlSeconds = options.ttlSeconds ?? 15 * 60;
    this.now = options.now ?? Date.now;
  }

  /** Signs a token for the user. */
  async issue(userId: string): Promise<IssuedAccessToken> {
    const issuedAt = Math.floor(this.now() / 1000);
    const token = await new SignJWT({})
      .setProtectedHeader({ alg: ALGORITHM, typ: 'JWT' })
      .setSubject(userId)
      .setIssuedAt(issuedAt)
      .setExpirationTime(issuedAt + this.ttlSeconds)
      .setJti(randomUUID())
      .sign(this.key);
    return { token, expiresIn: this.ttlSeconds };
  }

  /**
   * The principal of a valid token, or `undefined` for an expired, tampered,
   * malformed or otherwise unacceptable one (the router answers 401).
   */
  async verify(token: string): Promise<AuthPrincipal | undefined> {
    try {
      const { payload } = await jwtVerify(token, this.key, {
        algorithms: [ALGORITHM],
        currentDate: new Date(this.now()),
        requiredClaims: ['sub', 'exp', 'iat'],
      });
      if (typeof payload.sub !== 'string' || typeof payload.exp !== 'number') return undefined;
      return { userId: payload.sub, expiresAt: payload.exp * 1000 };
    } catch (error) {
      if (error instanceof errors.JOSEError) return undefined;
      throw error;
    }
  }
}
