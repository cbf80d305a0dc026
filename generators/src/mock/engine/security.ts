import type { OperationModel, SecuritySchemeModel } from '../../model/types.js';
import type { MockRequest } from './types.js';

/** Why a request's credentials were refused: none sent, or not one the mock accepts. */
export type CredentialProblem = { kind: 'missing' } | { kind: 'rejected' };

/**
 * Checks the operation's security requirements (OAS 3.1 §4.8.30): one
 * alternative must be satisfied, and every scheme in it must be present. A
 * mock cannot verify signatures, so presence is enough unless `tokens` names
 * the only credentials it accepts; an empty requirement (`{}`) makes
 * credentials optional.
 */
export function checkCredentials(
  operation: OperationModel,
  request: MockRequest,
  schemes: Map<string, SecuritySchemeModel>,
  accepts: (credential: string) => boolean,
): CredentialProblem | undefined {
  if (operation.security.length === 0) return undefined;
  let sawCredential = false;
  for (const requirement of operation.security) {
    const names = Object.keys(requirement);
    if (names.length === 0) return undefined;
    let satisfied = true;
    for (const name of names) {
      const scheme = schemes.get(name);
      // An unknown or unverifiable scheme (mutualTLS) cannot be checked: it does not block.
      const credential = scheme === undefined ? '' : credentialOf(scheme, request);
      if (credential === undefined) {
        satisfied = false;
        continue;
      }
      sawCredential = true;
      if (credential !== '' && !accepts(credential)) satisfied = false;
    }
    if (satisfied) return undefined;
  }
  return sawCredential ? { kind: 'rejected' } : { kind: 'missing' };
}

/** The credential a scheme carries in the request, `''` for schemes the mock cannot see, undefined when absent. */
function credentialOf(scheme: SecuritySchemeModel, request: MockRequest): string | undefined {
  switch (scheme.type) {
    case 'apiKey': {
      const name = scheme.paramName ?? '';
      if (scheme.in === 'header') return nonEmpty(request.headers[name.toLowerCase()]);
      if (scheme.in === 'query') return nonEmpty(request.query[name]?.[0]);
      if (scheme.in === 'cookie') return nonEmpty(cookie(request.headers.cookie, name));
      return '';
    }
    case 'http': {
      const authorization = request.headers.authorization?.trim();
      if (authorization === undefined || authorization === '') return undefined;
      const expected = (scheme.scheme ?? 'bearer').toLowerCase();
      const [kind, ...rest] = authorization.split(/\s+/);
      if (kind?.toLowerCase() !== expected) return undefined;
      const value = rest.join(' ');
      if (expected === 'basic' && !isBasicCredential(value)) return `\u0000malformed`;
      return nonEmpty(value);
    }
    case 'oauth2':
    case 'openIdConnect': {
      const found = /^Bearer\s+(.+)$/i.exec(request.headers.authorization?.trim() ?? '');
      return found?.[1]?.trim();
    }
    default:
      return '';
  }
}

/** RFC 7617: base64 of `user:password`. */
function isBasicCredential(value: string): boolean {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(value)) return false;
  try {
    return atob(value).includes(':');
  } catch {
    return false;
  }
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

function cookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}
