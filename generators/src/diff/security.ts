import type { OperationModel, SecurityRequirement, SpecModel } from '../model/types.js';
import type { ChangeCollector } from './collector.js';

function requirementKey(requirement: SecurityRequirement): string {
  return Object.keys(requirement)
    .sort()
    .map((scheme) => `${scheme}[${[...(requirement[scheme] ?? [])].sort().join(' ')}]`)
    .join('+');
}

/**
 * Compares effective security. A request authenticated one way that worked
 * before must still work: removing an alternative, adding a scheme or scope
 * to one, or securing a public operation breaks it (OAS 3.1 §4.8.30).
 */
export function compareSecurity(
  collector: ChangeCollector,
  base: OperationModel,
  head: OperationModel,
): void {
  const basePublic = base.security.length === 0 || base.security.some((r) => Object.keys(r).length === 0);
  const headPublic = head.security.length === 0 || head.security.some((r) => Object.keys(r).length === 0);
  const where = { operation: head, basePointer: base.pointer, headPointer: head.pointer };
  if (basePublic && !headPublic) {
    collector.add('security-added', `now requires ${head.security.map(requirementKey).join(' or ')}`, where);
    return;
  }
  if (!basePublic && headPublic) {
    collector.add('security-removed', 'no longer requires authentication', where);
    return;
  }
  if (basePublic) return;
  const baseKeys = new Set(base.security.map(requirementKey));
  const headKeys = new Set(head.security.map(requirementKey));
  for (const key of baseKeys) {
    if (!headKeys.has(key))
      collector.add('security-alternative-removed', `authentication ${key} is no longer accepted`, where);
  }
  for (const key of headKeys) {
    if (!baseKeys.has(key))
      collector.add('security-alternative-added', `authentication ${key} is now accepted`, where);
  }
}

/** A scheme that keeps its name but changes how credentials travel breaks every client that uses it. */
export function compareSecuritySchemes(collector: ChangeCollector, base: SpecModel, head: SpecModel): void {
  const headByName = new Map(head.securitySchemes.map((scheme) => [scheme.name, scheme]));
  for (const scheme of base.securitySchemes) {
    const next = headByName.get(scheme.name);
    if (next === undefined) continue;
    const shape = (s: typeof scheme) => JSON.stringify([s.type, s.scheme?.toLowerCase(), s.in, s.paramName]);
    if (shape(scheme) !== shape(next)) {
      collector.add(
        'security-scheme-changed',
        `security scheme ${scheme.name} changed from ${shape(scheme)} to ${shape(next)}`,
        {
          basePointer: scheme.pointer,
          headPointer: next.pointer,
        },
      );
    }
  }
}
