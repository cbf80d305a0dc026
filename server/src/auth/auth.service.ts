import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { ConflictError, UnauthorizedError } from '../shared/errors/index.js';
import type { AccessTokens } from './access-tokens.js';
import type { Session, User } from './auth.model.js';
import type { AuthRepository } from './auth.repository.js';
import { hashPassword, verifyPassword } from './password-hasher.js';

export interface AuthServiceOptions {
  /** How long a refresh token (and so a session family) may be used; 14 days by default. */
  refreshTokenTtlSeconds?: number;
  now?: () => number;
  /**
   * How long (seconds) a refresh token that was just rotated may be presented
   * again and still yield a session: two tabs of one browser refreshing with
   * the same cookie at the same moment. Later reuse revokes the family. 0 turns it off.
   */
  reuseGraceSeconds?: number;
  /** Injected so tests can use cheap scrypt parameters. */
  hashPassword?: (password: string) => Promise<string>;
}

/** Input of {@link AuthService.register}. */
export interface Registration {
  email: string;
  password: string;
  displayName: string;
}

const DAY_SECONDS = 24 * 60 * 60;

/** Default grace window for a concurrent use of a just-rotated refresh token. */
export const DEFAULT_REFRESH_REUSE_GRACE_SECONDS = 10;

/** Opaque refresh tokens carry 256 random bits, so a fast hash is enough to store them safely. */
export const hashRefreshToken = (token: string) => createHash('sha256').update(token).digest('base64url');

/**
 * Accounts and sessions: registration, password sign-in, refresh-token
 * rotation with reuse detection (OAuth 2.0 Security BCP §4.14.2) and logout.
 */
export class AuthService {
  private readonly refreshTtlSeconds: number;
  private readonly reuseGraceMs: number;
  private readonly now: () => number;
  private readonly hash: (password: string) => Promise<string>;
  /** Compared against when the email is unknown, so a miss costs as much time as a wrong password. */
  private decoyHash: Promise<string> | undefined;

  constructor(
    private readonly repository: AuthRepository,
    private readonly accessTokens: AccessTokens,
    options: AuthServiceOptions = {},
  ) {
    this.refreshTtlSeconds = options.refreshTokenTtlSeconds ?? 14 * DAY_SECONDS;
    this.reuseGraceMs = (options.reuseGraceSeconds ?? DEFAULT_REFRESH_REUSE_GRACE_SECONDS) * 1000;
    this.now = options.now ?? Date.now;
    this.hash = options.hashPassword ?? hashPassword;
  }

  /** Creates an account and signs it in; 409 when the email address is taken. */
  async register(registration: Registration): Promise<Session> {
    const user: User = {
      id: randomUUID(),
      email: normalizeEmail(registration.email),
      displayName: registration.displayName,
      avatarUrl: null,
      createdAt: this.timestamp(),
    };
    const passwordHash = await this.hash(registration.password);
    const inserted = await this.repository.insertUser({ ...user, passwordHash });
    if (!inserted) throw new ConflictError('An account with this email address already exists.');
    return this.startSession(user, randomUUID());
  }

  /** Signs in with email and password; 401 without saying which of the two was wrong. */
  async login(email: string, password: string): Promise<Session> {
    const found = await this.repository.findUserByEmail(normalizeEmail(email));
    if (!found) {
      this.decoyHash ??= this.hash(randomUUID());
      await verifyPassword(password, await this.decoyHash);
      throw new UnauthorizedError('The email address or password is wrong.');
    }
    if (!(await verifyPassword(password, found.passwordHash))) {
      throw new UnauthorizedError('The email address or password is wrong.');
    }
    const { passwordHash: _, ...user } = found;
    return this.startSession(user, randomUUID());
  }

  /**
   * Exchanges a refresh token for a new session and rotates it. Presenting a
   * token that was already used means it leaked: the whole family is revoked,
   * so the thief's copy dies too. The one exception is a use within the reuse
   * grace window of its rotation (two tabs refreshing at the same moment): it
   * gets a successor of its own in the same family, and any use after the
   * window still revokes everything.
   */
  async refresh(refreshToken: string | undefined): Promise<Session> {
    const rejected = () => new UnauthorizedError('The refresh token is missing, expired or revoked.');
    if (!refreshToken) throw rejected();
    const stored = await this.repository.findRefreshToken(hashRefreshToken(refreshToken));
    if (!stored || stored.revoked_at !== null) throw rejected();
    if (Date.parse(stored.expires_at) <= this.now()) throw rejected();
    const user = await this.repository.findUserById(stored.user_id);
    if (!user) throw rejected();

    const { token, record } = this.newRefreshToken(user.id, stored.family_id);
    // Conditional on the token being unused, so of concurrent uses (on any process) exactly one rotates it.
    const rotated =
      stored.used_at === null &&
      (await this.repository.rotateRefreshToken(stored.id, this.timestamp(), record));
    if (rotated) return this.sessionFor(user, token);
    const graceStart = new Date(this.now() - this.reuseGraceMs).toISOString();
    if (this.reuseGraceMs > 0 && (await this.repository.addGraceSuccessor(stored.id, graceStart, record))) {
      return this.sessionFor(user, token);
    }
    await this.repository.revokeFamily(stored.family_id, this.timestamp());
    throw rejected();
  }

  /** Revokes the session family of the token, if it is known; always succeeds. */
  async logout(refreshToken: string | undefined): Promise<void> {
    if (!refreshToken) return;
    const stored = await this.repository.findRefreshToken(hashRefreshToken(refreshToken));
    if (stored) await this.repository.revokeFamily(stored.family_id, this.timestamp());
  }

  /** The signed-in user; 401 when the account no longer exists. */
  async currentUser(userId: string): Promise<User> {
    const user = await this.repository.findUserById(userId);
    if (!user) throw new UnauthorizedError('The account of this access token no longer exists.');
    return user;
  }

  private async startSession(user: User, familyId: string): Promise<Session> {
    const { token, record } = this.newRefreshToken(user.id, familyId);
    await this.repository.insertRefreshToken(record);
    return this.sessionFor(user, token);
  }

  private async sessionFor(user: User, refreshToken: string): Promise<Session> {
    const access = await this.accessTokens.issue(user.id);
    return {
      accessToken: access.token,
      tokenType: 'Bearer',
      expiresIn: access.expiresIn,
      user,
      refreshToken,
      refreshTokenMaxAgeSeconds: this.refreshTtlSeconds,
    };
  }

  private newRefreshToken(userId: string, familyId: string) {
    const token = randomBytes(32).toString('base64url');
    const now = this.now();
    return {
      token,
      record: {
        id: randomUUID(),
        userId,
        familyId,
        tokenHash: hashRefreshToken(token),
        createdAt: new Date(now).toISOString(),
        expiresAt: new Date(now + this.refreshTtlSeconds * 1000).toISOString(),
      },
    };
  }

  private timestamp(): string {
    return new Date(this.now()).toISOString();
  }
}

/** Email addresses compare case-insensitively in practice; store and look them up lower-cased. */
function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
