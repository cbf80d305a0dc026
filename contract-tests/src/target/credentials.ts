import type { SecuritySchemeModel, SpecModel } from '../specloom.js';

/**
 * The headers that carry a credential for one of the spec's security
 * schemes, whatever their names: `Authorization` for `http`, `oauth2` and
 * `openIdConnect` schemes, the scheme's own header for an `apiKey` in a
 * header, and `Cookie` for an `apiKey` in a cookie. Auth cases remove or
 * tamper with every one of them, so a credential given as a plain
 * `--header` is never left in a "no credentials" request.
 */
export function credentialHeaderNames(spec: SpecModel): Set<string> {
  const names = new Set<string>(['authorization']);
  for (const scheme of spec.securitySchemes) {
    const name = credentialHeaderName(scheme);
    if (name) names.add(name);
  }
  return names;
}

function credentialHeaderName(scheme: SecuritySchemeModel): string | undefined {
  if (scheme.type === 'apiKey' && scheme.in === 'header' && scheme.paramName)
    return scheme.paramName.toLowerCase();
  if (scheme.type === 'apiKey' && scheme.in === 'cookie') return 'cookie';
  return undefined;
}

/** Splits headers (lower-cased names) into the credentials the spec names and the rest. */
export function splitCredentials(
  spec: SpecModel,
  headers: Record<string, string>,
): { credentials: Record<string, string>; others: Record<string, string> } {
  const names = credentialHeaderNames(spec);
  const credentials: Record<string, string> = {};
  const others: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (names.has(name.toLowerCase())) credentials[name.toLowerCase()] = value;
    else others[name] = value;
  }
  return { credentials, others };
}
