/**
 * Security requirement evaluation (OAS 3.1 §4.8.30): the alternatives are
 * tried in order; inside one alternative every scheme must accept.
 */
import type { IncomingMessage } from 'node:http';
import type { SecuritySchemeDescriptor } from './descriptors.js';
import { parseCookies, parseQuery } from './params.js';

export type SecurityChecks<TAuth, TRequest> = Record<
  string,
  (credential: string, req: TRequest) => Promise<TAuth | undefined>
>;

/** The credential a scheme reads from the request, or undefined when the request does not carry one. */
export function extractCredential(
  req: IncomingMessage & { originalUrl?: string },
  scheme: SecuritySchemeDescriptor,
): string | undefined {
  switch (scheme.type) {
    case 'http':
      return authorization(req, scheme.scheme);
    case 'oauth2':
    case 'openIdConnect':
      return authorization(req, 'bearer');
    case 'apiKey':
      if (scheme.in === 'header') {
        const value = req.headers[scheme.name.toLowerCase()];
        return Array.isArray(value) ? value[0] : value;
      }
      if (scheme.in === 'cookie') return parseCookies(req.headers.cookie).get(scheme.name);
      return parseQuery(req.originalUrl ?? req.url ?? '').find(([key]) => key === scheme.name)?.[1];
    case 'mutualTLS': {
      // The TLS layer already verified the certificate; the check receives the peer's SHA-256 fingerprint.
      const socket = req.socket as unknown as {
        authorized?: boolean;
        getPeerCertificate?: () => { fingerprint256?: string };
      };
      return socket.authorized === true ? (socket.getPeerCertificate?.().fingerprint256 ?? '') : undefined;
    }
  }
}

/** `Authorization: <scheme> <credential>` (scheme case-insensitive, RFC 9110 §11.1); Basic credentials are decoded. */
function authorization(req: IncomingMessage, scheme: string): string | undefined {
  const header = req.headers.authorization;
  if (header === undefined) return undefined;
  const space = header.indexOf(' ');
  if (space < 0 || header.slice(0, space).toLowerCase() !== scheme.toLowerCase()) return undefined;
  const credential = header.slice(space + 1).trim();
  if (credential === '') return undefined;
  return scheme.toLowerCase() === 'basic' ? Buffer.from(credential, 'base64').toString('utf8') : credential;
}

/**
 * Tries each alternative; resolves to the principal of the first one whose
 * schemes all accept (the first scheme's principal), or `{ ok: false }`.
 */
export async function authenticate<TAuth, TRequest extends IncomingMessage & { originalUrl?: string }>(
  req: TRequest,
  alternatives: readonly (readonly string[])[],
  schemes: Readonly<Record<string, SecuritySchemeDescriptor>>,
  checks: SecurityChecks<TAuth, TRequest>,
): Promise<{ ok: true; auth: TAuth | undefined } | { ok: false }> {
  if (alternatives.length === 0) return { ok: true, auth: undefined };
  for (const alternative of alternatives) {
    let principal: TAuth | undefined;
    let accepted = true;
    for (const name of alternative) {
      const scheme = schemes[name];
      const check = checks[name];
      const credential = scheme === undefined ? undefined : extractCredential(req, scheme);
      const result =
        credential === undefined || check === undefined ? undefined : await check(credential, req);
      if (result === undefined) {
        accepted = false;
        break;
      }
      principal ??= result;
    }
    if (accepted) return { ok: true, auth: principal };
  }
  return { ok: false };
}

/**
 * The `WWW-Authenticate` challenge a 401 carries (RFC 9110 §11.6.1), from the
 * operation's first scheme, worded as the mock words it: `Basic`, `Bearer`,
 * `ApiKey realm="X-Api-Key"`.
 */
export function wwwAuthenticate(
  schemeNames: readonly string[],
  schemes: Readonly<Record<string, SecuritySchemeDescriptor>>,
): string {
  const name = schemeNames[0];
  const scheme = name === undefined ? undefined : schemes[name];
  if (scheme?.type === 'http' && scheme.scheme !== '')
    return `${scheme.scheme[0]?.toUpperCase() ?? ''}${scheme.scheme.slice(1)}`;
  if (scheme?.type === 'apiKey') return `ApiKey realm="${scheme.name}"`;
  return 'Bearer';
}
