import type { Target } from '../targets/types.js';

/** A target name that is not registered, or a `dependsOn` cycle: a usage error, not a spec problem. */
export class TargetResolutionError extends Error {
  override readonly name = 'TargetResolutionError';
}

/**
 * The targets to run for the requested names: every requested target plus
 * the targets it depends on (a `server` folder is useless without the `types`
 * and `zod` files it imports), each once, dependencies first. Among targets
 * with no ordering constraint the registry order is kept, so output is stable.
 * @throws TargetResolutionError for an unknown name or a dependency cycle
 */
export function resolveTargets(names: readonly string[], registry: ReadonlyMap<string, Target>): Target[] {
  const registryOrder = [...registry.keys()];
  const byRegistryOrder = (a: string, b: string): number => rank(registryOrder, a) - rank(registryOrder, b);
  const ordered: Target[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (name: string, requestedBy: string | undefined): void => {
    const target = registry.get(name);
    if (target === undefined) {
      const known = [...registry.keys()].join(', ');
      const via = requestedBy === undefined ? '' : ` (a dependency of "${requestedBy}")`;
      throw new TargetResolutionError(`Unknown target "${name}"${via}. Known targets: ${known}.`);
    }
    const seen = state.get(name);
    if (seen === 'done') return;
    if (seen === 'visiting')
      throw new TargetResolutionError(`Targets depend on each other in a cycle through "${name}".`);
    state.set(name, 'visiting');
    for (const dependency of [...target.dependsOn].sort(byRegistryOrder)) visit(dependency, name);
    state.set(name, 'done');
    ordered.push(target);
  };
  const requested = [...new Set(names)].sort(byRegistryOrder);
  for (const name of requested) visit(name, undefined);
  return ordered;
}

function rank(order: readonly string[], name: string): number {
  const index = order.indexOf(name);
  return index === -1 ? order.length : index;
}
