import type { JsonSchema, OperationModel } from '../../model/types.js';
import { flatten, type SchemaScope } from '../../sampling/index.js';

/** What an operation does for the stateful mock's sessions. */
export type AuthRoleName = 'register' | 'login' | 'refresh' | 'logout' | 'me';

/** An auth operation and the members it reads and writes, found from its schemas. */
export interface AuthRole {
  role: AuthRoleName;
  /** Request body member holding the account's identifier (`email`, `username`, ...). */
  identifier?: string;
  /** Request body member holding the password. */
  password?: string;
  /** Response body members that carry the access and refresh tokens, and the signed-in user. */
  accessMember?: string;
  refreshMember?: string;
  userMember?: string;
  /** Where the client presents its refresh token: a cookie or a request body member. */
  refreshCookie?: string;
  refreshBodyMember?: string;
  /** The response documents `Set-Cookie`: the refresh token travels in a cookie. */
  setsCookie: boolean;
}

/** `x-specloom-auth` on an operation names its role when the schemas do not tell it. */
export const AUTH_EXTENSION = 'x-specloom-auth';

const ACCESS = /^(access_?token|token|id_?token|jwt|bearer_?token|auth_?token|session_?token)$/i;
const REFRESH = /^refresh_?token$/i;
const PASSWORD = /^(password|passwd|pass|passphrase|secret)$/i;
const IDENTIFIER = /^(email|e_?mail|email_?address|user_?name|login|handle|phone|phone_?number)$/i;
const USER = /^(user|account|member|profile|me|identity|principal)$/i;

/**
 * Recognises sign-up, sign-in, refresh, sign-out and "who am I" operations by
 * what their schemas say, never by their paths or names:
 * - a body with a password member and a 201 answer registers, a 2xx answer
 *   carrying a token member (or setting a cookie) signs in;
 * - an operation without a password that takes a refresh token (cookie
 *   parameter or `refreshToken` member) and answers with a token refreshes;
 *   one that takes it and answers with no token signs out;
 * - a secured GET without path parameters answering with the schema of the
 *   session's user member is "me".
 * `x-specloom-auth: register|login|refresh|logout|me` overrides the guess.
 */
export function discoverAuth(operations: OperationModel[], scope: SchemaScope): Map<string, AuthRole> {
  const roles = new Map<string, AuthRole>();
  for (const operation of operations) {
    const role = classify(operation, scope);
    if (role) roles.set(operation.operationId, role);
  }
  // "Me" needs the user schema a session carries.
  const userSchemas = new Set<string>();
  for (const [operationId, role] of roles) {
    const operation = operations.find((candidate) => candidate.operationId === operationId);
    const schema = role.userMember === undefined ? undefined : successSchema(operation);
    const member =
      schema === undefined ? undefined : flatten(schema, scope).properties?.[role.userMember ?? ''];
    if (member !== undefined) userSchemas.add(JSON.stringify(member));
  }
  for (const operation of operations) {
    if (roles.has(operation.operationId)) continue;
    const marked = operation.extensions[AUTH_EXTENSION];
    const schema = successSchema(operation);
    const looksLikeMe =
      operation.method === 'get' &&
      operation.security.some((requirement) => Object.keys(requirement).length > 0) &&
      !operation.path.includes('{') &&
      schema !== undefined &&
      userSchemas.has(JSON.stringify(schema));
    if (marked === 'me' || (marked === undefined && looksLikeMe))
      roles.set(operation.operationId, { role: 'me', setsCookie: false });
  }
  return roles;
}

function classify(operation: OperationModel, scope: SchemaScope): AuthRole | undefined {
  const marked = operation.extensions[AUTH_EXTENSION];
  if (marked === 'me') return undefined;
  const body = flatten(operation.requestBody?.content[0]?.schema, scope).properties ?? {};
  const bodyMembers = Object.keys(body);
  const password = bodyMembers.find((name) => PASSWORD.test(name));
  const identifier =
    bodyMembers.find((name) => IDENTIFIER.test(name)) ??
    bodyMembers.find((name) => name !== password && flatten(body[name], scope).type === 'string');
  const success = operation.responses.find((response) => /^2/.test(response.status));
  const answer = flatten(successSchema(operation), scope).properties ?? {};
  const answerMembers = Object.keys(answer);
  const accessMember = answerMembers.find((name) => ACCESS.test(name));
  const refreshMember = answerMembers.find((name) => REFRESH.test(name));
  const userMember = answerMembers.find(
    (name) => USER.test(name) && flatten(answer[name], scope).type === 'object',
  );
  const setsCookie = success?.headers.some((header) => header.name.toLowerCase() === 'set-cookie') ?? false;
  const refreshCookie = operation.parameters.find((parameter) => parameter.in === 'cookie')?.name;
  const refreshBodyMember = bodyMembers.find((name) => REFRESH.test(name));
  const issues = accessMember !== undefined || refreshMember !== undefined;
  const base = {
    ...(identifier !== undefined ? { identifier } : {}),
    ...(password !== undefined ? { password } : {}),
    ...(accessMember !== undefined ? { accessMember } : {}),
    ...(refreshMember !== undefined ? { refreshMember } : {}),
    ...(userMember !== undefined ? { userMember } : {}),
    ...(refreshCookie !== undefined ? { refreshCookie } : {}),
    ...(refreshBodyMember !== undefined ? { refreshBodyMember } : {}),
    setsCookie,
  };
  if (marked === 'register' || marked === 'login' || marked === 'refresh' || marked === 'logout')
    return { role: marked, ...base };
  if (marked !== undefined || success === undefined) return undefined;
  const presentsRefresh = refreshCookie !== undefined || refreshBodyMember !== undefined;
  if (password !== undefined && identifier !== undefined && operation.method === 'post') {
    if (success.status === '201') return { role: 'register', ...base };
    if (issues || setsCookie) return { role: 'login', ...base };
    return undefined;
  }
  if (password !== undefined || operation.path.includes('{')) return undefined;
  if (presentsRefresh && issues) return { role: 'refresh', ...base };
  if (presentsRefresh && !issues && (operation.method === 'post' || operation.method === 'delete'))
    return { role: 'logout', ...base };
  return undefined;
}

function successSchema(operation: OperationModel | undefined): JsonSchema | undefined {
  const success = operation?.responses.find((response) => /^2/.test(response.status));
  return success?.content.find((media) => /json/i.test(media.mediaType))?.schema;
}
