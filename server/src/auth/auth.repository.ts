import type { Kysely, Selectable } from 'kysely';
import type { Database, RefreshTokensTable, UsersTable } from '../shared/db/schema.js';
import type { User } from './auth.model.js';

export type StoredRefreshToken = Selectable<RefreshTokensTable>;

export interface NewUser {
  id: string;
  email: string;
  displayName: string;
  passwordHash: string;
  createdAt: string;
}

export interface NewRefreshToken {
  id: string;
  userId: string;
  familyId: string;
  tokenHash: string;
  createdAt: string;
  expiresAt: string;
}

/** Users and refresh tokens: the only code of the auth feature that touches the database. */
export class AuthRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Inserts the user; `false` when the email address is already taken (unique index). */
  async insertUser(user: NewUser): Promise<boolean> {
    const result = await this.db
      .insertInto('users')
      .values({
        id: user.id,
        email: user.email,
        display_name: user.displayName,
        avatar_url: null,
        password_hash: user.passwordHash,
        created_at: user.createdAt,
      })
      .onConflict((oc) => oc.column('email').doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
  }

  async findUserByEmail(email: string): Promise<(User & { passwordHash: string }) | undefined> {
    const row = await this.db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
    return row && { ...toUser(row), passwordHash: row.password_hash };
  }

  /** Whether the account still exists (a valid access token of a deleted account must stop working). */
  async userExists(id: string): Promise<boolean> {
    const row = await this.db.selectFrom('users').select('id').where('id', '=', id).executeTakeFirst();
    return row !== undefined;
  }

  async findUserById(id: string): Promise<User | undefined> {
    const row = await this.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toUser(row);
  }

  async insertRefreshToken(token: NewRefreshToken): Promise<void> {
    await this.db
      .insertInto('refresh_tokens')
      .values({
        id: token.id,
        user_id: token.userId,
        family_id: token.familyId,
        token_hash: token.tokenHash,
        created_at: token.createdAt,
        expires_at: token.expiresAt,
        used_at: null,
        revoked_at: null,
      })
      .execute();
  }

  async findRefreshToken(tokenHash: string): Promise<StoredRefreshToken | undefined> {
    return this.db
      .selectFrom('refresh_tokens')
      .selectAll()
      .where('token_hash', '=', tokenHash)
      .executeTakeFirst();
  }

  /** The email address of the account a refresh token (in any state) was issued to. */
  async refreshTokenOwnerEmail(tokenHash: string): Promise<string | undefined> {
    const row = await this.db
      .selectFrom('refresh_tokens')
      .innerJoin('users', 'users.id', 'refresh_tokens.user_id')
      .select('users.email')
      .where('refresh_tokens.token_hash', '=', tokenHash)
      .executeTakeFirst();
    return row?.email;
  }

  /**
   * Marks a live token as used and stores its successor in one transaction.
   * `false` when another request used or revoked it first: the conditional
   * update is what makes "each token works once" hold under concurrency.
   */
  async rotateRefreshToken(usedId: string, usedAt: string, successor: NewRefreshToken): Promise<boolean> {
    return this.db.transaction().execute(async (tx) => {
      const result = await tx
        .updateTable('refresh_tokens')
        .set({ used_at: usedAt })
        .where('id', '=', usedId)
        .where('used_at', 'is', null)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) !== 1) return false;
      await new AuthRepository(tx).insertRefreshToken(successor);
      return true;
    });
  }

  /**
   * Stores another successor of a token that was already rotated, when it was
   * rotated at or after `usedSince` and is not revoked: the grace window for
   * two clients (browser tabs) refreshing with the same token at once. The
   * conditional update locks the used row, so a concurrent revocation either
   * happens first (no successor) or revokes the new successor too.
   */
  async addGraceSuccessor(usedId: string, usedSince: string, successor: NewRefreshToken): Promise<boolean> {
    return this.db.transaction().execute(async (tx) => {
      const result = await tx
        .updateTable('refresh_tokens')
        .set((eb) => ({ used_at: eb.ref('used_at') }))
        .where('id', '=', usedId)
        .where('used_at', '>=', usedSince)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) !== 1) return false;
      await new AuthRepository(tx).insertRefreshToken(successor);
      return true;
    });
  }

  /** Revokes every token of a family that is not revoked yet. */
  async revokeFamily(familyId: string, revokedAt: string): Promise<void> {
    await this.db
      .updateTable('refresh_tokens')
      .set({ revoked_at: revokedAt })
      .where('family_id', '=', familyId)
      .where('revoked_at', 'is', null)
      .execute();
  }
}

function toUser(row: Selectable<UsersTable>): User {
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    avatarUrl: row.avatar_url,
    createdAt: row.created_at,
  };
}
