/**
 * Names of the built-in targets, in registry order. Kept apart from the
 * registry so argument parsing and the cache check (an unchanged spec's whole
 * run) do not import every emitter; a test pins it to the registry.
 */
export const TARGET_NAMES: readonly string[] = ['types', 'zod', 'server', 'sdk', 'query'];
