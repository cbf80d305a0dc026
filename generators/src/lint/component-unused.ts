import { childPointer, parsePointer } from '../model/json-pointer.js';
import type { LintRule } from './types.js';

type Obj = Record<string, unknown>;

/**
 * Components not reachable from the API surface (paths, webhooks, security
 * requirements). Reachability, not mere mention: a component used only by
 * another unused component is unused too.
 */
export const componentUnused: LintRule = {
  codes: ['COMPONENT_UNUSED'],
  category: 'correctness',
  recommended: 'warning',
  why: 'A component nothing reaches is dead weight: it still becomes a generated export, and readers take it for part of the API.',
  check({ document }, _options, report) {
    const components = asObj(document.components);
    const refsByComponent = new Map<string, string[]>();
    const rootRefs: string[] = [];
    for (const [key, value] of Object.entries(document)) {
      if (key === 'components') continue;
      collectRefs(value, rootRefs);
    }
    for (const [kind, entries] of Object.entries(components)) {
      for (const [name, value] of Object.entries(asObj(entries))) {
        const refs: string[] = [];
        collectRefs(value, refs);
        refsByComponent.set(componentKey(kind, name), refs);
      }
    }
    // Security schemes are referenced by name from security requirements, not by $ref.
    for (const requirement of securityRequirements(document)) {
      for (const scheme of Object.keys(requirement))
        rootRefs.push(childPointer('#/components/securitySchemes', scheme));
    }
    const reached = new Set<string>();
    const queue = rootRefs.map(toComponentKey).filter((key): key is string => key !== undefined);
    while (queue.length > 0) {
      const key = queue.pop() as string;
      if (reached.has(key)) continue;
      reached.add(key);
      for (const ref of refsByComponent.get(key) ?? []) {
        const next = toComponentKey(ref);
        if (next !== undefined && !reached.has(next)) queue.push(next);
      }
    }
    for (const key of refsByComponent.keys()) {
      if (reached.has(key)) continue;
      const [kind = '', name = ''] = JSON.parse(key) as [string, string];
      report('COMPONENT_UNUSED', { kind, name }, childPointer('#/components', kind, name));
    }
  },
};

function componentKey(kind: string, name: string): string {
  return JSON.stringify([kind, name]);
}

/** `#/components/schemas/Task/properties/id` -> the key of `schemas/Task`. */
function toComponentKey(ref: string): string | undefined {
  if (!ref.startsWith('#/components/')) return undefined;
  const [, kind, name] = parsePointer(ref);
  return kind === undefined || name === undefined ? undefined : componentKey(kind, name);
}

/** `$ref`s and discriminator mapping targets (which name schemas by reference too). */
function collectRefs(value: unknown, into: string[]): void {
  if (value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) collectRefs(item, into);
    return;
  }
  const object = value as Obj;
  if (typeof object.$ref === 'string') into.push(object.$ref);
  const mapping = asObj(asObj(object.discriminator).mapping);
  for (const target of Object.values(mapping)) {
    if (typeof target === 'string')
      into.push(target.startsWith('#') ? target : childPointer('#/components/schemas', target));
  }
  for (const key in object) {
    const child = object[key];
    if (key !== '$ref' && child !== null && typeof child === 'object') collectRefs(child, into);
  }
}

function securityRequirements(document: Obj): Obj[] {
  const found: Obj[] = [];
  const add = (value: unknown): void => {
    if (Array.isArray(value)) for (const requirement of value) found.push(asObj(requirement));
  };
  add(document.security);
  for (const item of Object.values(asObj(document.paths))) {
    for (const operation of Object.values(asObj(item))) add(asObj(operation).security);
  }
  return found;
}

function asObj(value: unknown): Obj {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Obj) : {};
}
