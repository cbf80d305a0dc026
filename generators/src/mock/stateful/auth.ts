import type { JsonSchema, OperationModel, SecuritySchemeModel } from '../../model/types.js';
import { flatten, type SchemaScope } from '../../sampling/index.js';
import type { MockRequest } from '../engine/types.js';
import { type AuthRole, discoverAuth } from './auth-roles.js';

/** What the engine knows when an auth operation succeeds statelessly. */
export interface AuthCall {
  request: MockRequest;
  /** The parsed, validated request body. */
  body: unknown;
  /** The stateless answer's body and headers, reshaped with the session's tokens and user. */
  value: unknown;
  headers: Record<string, string>;
  /** The success response's schema, to find the user member's schema. */
  schema: JsonSchema | undefined;
}

export type AuthOutcome =
  | { kind: 'response'; value: unknown }
  | { kind: 'failure'; statuses: number[]; detail: string };

interface Account {
  fields: Record<string, unknown>;
  /** The user as responses show it, built once at sign-up. */
  user: Record<string, unknown> | undefined;
}

interface Grant {
  account: string;
  family: number;
}

/**
 * The stateful mock's accounts and sessions: sign-up stores the account,
 * sign-in checks its password, refresh rotates (a used refresh token is
 * refused), sign-out revokes the session's tokens, and secured operations
 * accept only access tokens issued here (plus `tokens` given as options).
 * When the spec has no operation that issues a token, `active` is false and
 * the engine keeps accepting any well-formed credential.
 */
export class AuthSessions {
  private readonly roles: Map<string, AuthRole>;
  private readonly cookieName: string;
  private accounts = new Map<string, Account>();
  private access = new Map<string, Grant>();
  private refresh = new Map<string, Grant>();
  private families = 0;

  constructor(
    operations: OperationModel[],
    schemes: SecuritySchemeModel[],
    private readonly scope: SchemaScope,
    private readonly valid: (schema: JsonSchema | undefined, value: unknown) => boolean,
  ) {
    this.roles = discoverAuth(operations, scope);
    const cookieScheme = schemes.find((scheme) => scheme.type === 'apiKey' && scheme.in === 'cookie');
    this.cookieName =
      [...this.roles.values()].find((role) => role.refreshCookie !== undefined)?.refreshCookie ??
      cookieScheme?.paramName ??
      'refresh_token';
  }

  /** True when the spec has an operation that signs in: then only issued credentials are accepted. */
  get active(): boolean {
    return [...this.roles.values()].some(
      (role) =>
        (role.role === 'login' || role.role === 'register') &&
        (role.accessMember !== undefined || role.setsCookie),
    );
  }

  role(operationId: string): AuthRole | undefined {
    return this.roles.get(operationId);
  }

  /** The auth operations found, by operation id (for `specloom mock`'s start-up log and tests). */
  describe(): Record<string, AuthRole['role']> {
    return Object.fromEntries([...this.roles].map(([id, role]) => [id, role.role]));
  }

  accepts(credential: string): boolean {
    return this.access.has(credential);
  }

  reset(): void {
    this.accounts = new Map();
    this.access = new Map();
    this.refresh = new Map();
    this.families = 0;
  }

  handle(role: AuthRole, call: AuthCall): AuthOutcome {
    const body = isRecord(call.body) ? call.body : {};
    switch (role.role) {
      case 'register': {
        const key = accountKey(role, body);
        if (key === undefined) return { kind: 'response', value: call.value };
        if (this.accounts.has(key))
          return {
            kind: 'failure',
            statuses: [409, 400, 422],
            detail: `An account with this ${role.identifier} already exists.`,
          };
        this.accounts.set(key, { fields: body, user: this.userOf(role, call, body) });
        return this.signIn(role, call, key, ++this.families);
      }
      case 'login': {
        const key = accountKey(role, body);
        const account = key === undefined ? undefined : this.accounts.get(key);
        const password = role.password === undefined ? undefined : body[role.password];
        if (key === undefined || account === undefined || account.fields[role.password ?? ''] !== password)
          return {
            kind: 'failure',
            statuses: [401, 400, 422],
            detail: `No account matches this ${role.identifier ?? 'identifier'} and ${role.password ?? 'password'}.`,
          };
        return this.signIn(role, call, key, ++this.families);
      }
      case 'refresh': {
        const presented = this.presented(role, call.request, body);
        const grant = presented === undefined ? undefined : this.refresh.get(presented);
        if (presented === undefined || grant === undefined)
          return {
            kind: 'failure',
            statuses: [401, 400],
            detail:
              presented === undefined
                ? 'No refresh token was sent.'
                : 'The refresh token is not valid: it was never issued, was already used, or the session ended.',
          };
        this.refresh.delete(presented);
        return this.signIn(role, call, grant.account, grant.family);
      }
      case 'logout': {
        const families = new Set<number>();
        const presented = this.presented(role, call.request, body);
        const refresh = presented === undefined ? undefined : this.refresh.get(presented);
        if (refresh) families.add(refresh.family);
        const access = this.access.get(this.credentialIn(call.request) ?? '');
        if (access) families.add(access.family);
        for (const map of [this.access, this.refresh])
          for (const [token, grant] of map) if (families.has(grant.family)) map.delete(token);
        if (role.setsCookie)
          setHeader(
            call.headers,
            'set-cookie',
            `${this.cookieName}=; Max-Age=0; Path=/; HttpOnly; SameSite=Lax`,
          );
        return { kind: 'response', value: call.value };
      }
      case 'me': {
        const grant = this.access.get(this.credentialIn(call.request) ?? '');
        const user = grant === undefined ? undefined : this.accounts.get(grant.account)?.user;
        return { kind: 'response', value: user ?? call.value };
      }
    }
  }

  /** Issues a new access and refresh token in a session family and writes them (and the user) into the answer. */
  private signIn(role: AuthRole, call: AuthCall, account: string, family: number): AuthOutcome {
    const value: Record<string, unknown> = isRecord(call.value) ? { ...call.value } : {};
    const lifetime = typeof value.expiresIn === 'number' ? value.expiresIn : 900;
    const refresh = opaqueToken();
    this.refresh.set(refresh, { account, family });
    if (role.accessMember !== undefined) {
      const access = jwtLike(account, lifetime);
      this.access.set(access, { account, family });
      value[role.accessMember] = access;
    } else if (role.setsCookie) {
      // A cookie session: the cookie is the credential secured operations check.
      this.access.set(refresh, { account, family });
    }
    if (role.refreshMember !== undefined) value[role.refreshMember] = refresh;
    const user = this.accounts.get(account)?.user;
    if (role.userMember !== undefined && user !== undefined) value[role.userMember] = user;
    if (role.setsCookie)
      setHeader(call.headers, 'set-cookie', `${this.cookieName}=${refresh}; Path=/; HttpOnly; SameSite=Lax`);
    return { kind: 'response', value: isRecord(call.value) ? value : call.value };
  }

  /** The user as the session shows it: the generated one with what was signed up with laid over it (never the password). */
  private userOf(
    role: AuthRole,
    call: AuthCall,
    body: Record<string, unknown>,
  ): Record<string, unknown> | undefined {
    if (role.userMember === undefined || !isRecord(call.value)) return undefined;
    const generated = call.value[role.userMember];
    if (!isRecord(generated)) return undefined;
    const schema = flatten(call.schema, this.scope).properties?.[role.userMember];
    const user: Record<string, unknown> = { ...generated };
    // Each account gets its own id, of the kind the schema generated.
    if (typeof user.id === 'number') user.id = this.accounts.size + 1;
    else if (typeof user.id === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-/i.test(user.id))
      user.id = globalThis.crypto.randomUUID();
    const declared = flatten(schema, this.scope).properties ?? {};
    for (const [member, sent] of Object.entries(body)) {
      if (member === role.password || !(member in declared)) continue;
      const previous = user[member];
      user[member] = sent;
      if (!this.valid(schema, user)) {
        if (previous === undefined) delete user[member];
        else user[member] = previous;
      }
    }
    return user;
  }

  /** The issued access token the request carries, wherever its security scheme puts it. */
  private credentialIn(request: MockRequest): string | undefined {
    const bearer = bearerOf(request);
    if (bearer !== undefined && this.access.has(bearer)) return bearer;
    const candidates = [
      ...Object.values(request.headers),
      ...(request.headers.cookie ?? '').split(';').map((part) => part.split('=').slice(1).join('=').trim()),
      ...Object.values(request.query).flat(),
    ];
    return candidates.find((candidate) => this.access.has(candidate.trim()))?.trim();
  }

  /** The refresh token the client presents: its cookie, else the body member. */
  private presented(role: AuthRole, request: MockRequest, body: Record<string, unknown>): string | undefined {
    const fromCookie = cookieValue(request.headers.cookie, role.refreshCookie ?? this.cookieName);
    if (fromCookie !== undefined && fromCookie !== '') return fromCookie;
    const fromBody = role.refreshBodyMember === undefined ? undefined : body[role.refreshBodyMember];
    return typeof fromBody === 'string' && fromBody !== '' ? fromBody : undefined;
  }
}

/** Accounts are keyed by their identifier, case-insensitively for email-like values. */
function accountKey(role: AuthRole, body: Record<string, unknown>): string | undefined {
  const value = role.identifier === undefined ? undefined : body[role.identifier];
  return typeof value === 'string' ? value.trim().toLowerCase() : undefined;
}

function bearerOf(request: MockRequest): string | undefined {
  return /^Bearer\s+(.+)$/i.exec(request.headers.authorization?.trim() ?? '')?.[1]?.trim();
}

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}

function setHeader(headers: Record<string, string>, name: string, value: string): void {
  for (const key of Object.keys(headers)) if (key.toLowerCase() === name) delete headers[key];
  headers[name] = value;
}

function opaqueToken(): string {
  return base64url(globalThis.crypto.getRandomValues(new Uint8Array(24)));
}

/** A JWT-shaped token (unsigned: the mock checks it by lookup) whose `exp` front-ends can read. */
function jwtLike(subject: string, lifetime: number): string {
  const now = Math.floor(Date.now() / 1000);
  const encode = (value: unknown) => base64url(new TextEncoder().encode(JSON.stringify(value)));
  const header = encode({ alg: 'HS256', typ: 'JWT' });
  const payload = encode({ sub: subject, iat: now, exp: now + lifetime, jti: opaqueToken() });
  return `${header}.${payload}.${opaqueToken()}`;
}

function base64url(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return btoa(text).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
