import type { Exclusion } from './cases.mjs';
export const EXCLUDED: Exclusion[];
