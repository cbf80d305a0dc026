import type { GeneratedFile, Target } from '../../src/targets/types.js';

/** A target that emits fixed files: enough to exercise the pipeline without a real emitter. */
export function fakeTarget(name: string, files: GeneratedFile[], dependsOn: string[] = []): Target {
  return { name, description: `fake ${name}`, dependsOn, emit: () => files.map((file) => ({ ...file })) };
}

export function registryOf(...targets: Target[]): ReadonlyMap<string, Target> {
  return new Map(targets.map((target) => [target.name, target]));
}
