import { isSecured } from '../contract.js';
import type { OperationModel } from '../specloom.js';
import type { TestCase } from '../types.js';
import { type CaseContext, operationCase } from './context.js';
import { validValues } from './values.js';

/**
 * For a secured operation: a valid request with the run's credentials and,
 * once it succeeded, the same request with no credentials, with a malformed
 * one and with an expired/tampered one. Only a variant that succeeds too is
 * a finding: a variant refused for another reason (its body is decoded
 * before its token is read, the resource is gone) says nothing about auth.
 * DELETE variants go first, since the baseline removes the resource.
 */
export function authCases(context: CaseContext, operation: OperationModel): TestCase[] {
  if (!isSecured(operation) || Object.keys(context.authHeaders).length === 0) return [];
  const values = validValues(
    operation,
    { spec: context.contract.spec, seed: context.seed, pool: context.pool },
    'generated',
  );
  const variants: [string, Record<string, string>][] = [['no credentials', {}]];
  const malformed = malformedCredentials(context, operation);
  if (malformed) variants.push(['a malformed credential', malformed]);
  const tampered = tamperedCredentials(context.authHeaders);
  if (tampered) variants.push(['an expired, tampered credential', tampered]);
  const variantCases = variants.map(([variant, headers]) =>
    operationCase(context, operation, 'auth', variant, values, { kind: 'unauthorized', variant }, headers),
  );
  if (operation.method === 'delete') return variantCases;
  const baseline = operationCase(context, operation, 'auth', 'valid credentials', values, {
    kind: 'accepted',
  });
  baseline.followUps = (response) => (response.status >= 200 && response.status < 300 ? variantCases : []);
  return [baseline];
}

/** A syntactically broken credential where the operation's first scheme expects it. */
function malformedCredentials(
  context: CaseContext,
  operation: OperationModel,
): Record<string, string> | undefined {
  const schemes = context.contract.spec.securitySchemes;
  const wanted = Object.keys(operation.security[0] ?? {})[0];
  const scheme = schemes.find((entry) => entry.name === wanted) ?? schemes[0];
  if (!scheme) return { authorization: 'Bearer not-a-valid-token' };
  if (scheme.type === 'http' && scheme.scheme?.toLowerCase() === 'basic')
    return { authorization: 'Basic !!not-base64!!' };
  if (scheme.type === 'apiKey' && scheme.in === 'header' && scheme.paramName)
    return { [scheme.paramName.toLowerCase()]: 'invalid-api-key' };
  if (scheme.type === 'apiKey' && scheme.in === 'cookie' && scheme.paramName)
    return { cookie: `${scheme.paramName}=invalid-api-key` };
  if (scheme.type === 'apiKey') return undefined;
  return { authorization: 'Bearer not-a-valid-token' };
}

/**
 * The configured credentials with each JWT payload rewritten to have expired
 * in 2001 while the signature stays the same: a server that checks either
 * the signature or the expiry refuses it. A credential that is not a JWT has
 * its last character changed.
 */
export function tamperedCredentials(authHeaders: Record<string, string>): Record<string, string> | undefined {
  const entries = Object.entries(authHeaders);
  if (entries.length === 0) return undefined;
  return Object.fromEntries(entries.map(([name, value]) => [name, tamper(value)]));
}

function tamper(value: string): string {
  const match = /^(Bearer\s+)?([\w-]+)\.([\w-]+)\.([\w-]*)$/i.exec(value);
  if (match) {
    const [, prefix = '', header = '', payload = '', signature = ''] = match;
    let claims: Record<string, unknown> = {};
    try {
      claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
    } catch {
      // Not JSON: still tampered, since the payload changes below.
    }
    const expired = Buffer.from(JSON.stringify({ ...claims, exp: 978307200, iat: 978303600 })).toString(
      'base64url',
    );
    return `${prefix}${header}.${expired}.${signature}`;
  }
  const last = value.at(-1) ?? 'x';
  return `${value.slice(0, -1)}${last === 'A' ? 'B' : 'A'}`;
}
