import { mswTarget } from '../msw/index.js';
import { queryTarget } from '../query/index.js';
import { sdkTarget } from '../sdk/index.js';
import { serverTarget } from '../server/index.js';
import { typesTarget } from '../types/index.js';
import { zodTarget } from '../zod/index.js';
import type { Target } from './types.js';

/** Every output target `specloom generate` knows, by name, in the order they run and are listed in `--help`. */
export const TARGETS: ReadonlyMap<string, Target> = new Map(
  [typesTarget, zodTarget, serverTarget, sdkTarget, queryTarget, mswTarget].map((target) => [
    target.name,
    target,
  ]),
);
