/** Types of `cases.mjs` (plain JavaScript, shared with `bench/zod-suite.mjs`). */
export interface Exclusion {
  draft: string;
  file: string;
  group?: string;
  test?: string | RegExp;
  reason: string;
}
export interface SuiteTest {
  description: string;
  data: unknown;
  valid: boolean;
}
export interface SuiteGroup {
  description: string;
  /** The component schema (`Case<n>`) the group's schema became. */
  component: string;
  schema: unknown;
  tests: SuiteTest[];
}
export interface SuiteDocument {
  draft: string;
  file: string;
  document: Record<string, unknown> & { components: { schemas: Record<string, unknown> } };
  groups: SuiteGroup[];
  excluded: { group: string; test?: string; tests: number; reason: string }[];
  /** Groups the wrapper cannot express and that no exclusion covers. */
  unwrappable: { group: string; reason: string }[];
}
export const SUITE_ROOT: string;
export const DRAFTS: { draft: string; openapi: string }[];
export const EXCLUDED: Exclusion[];
export class Unwrappable extends Error {}
export function exclusionFor(
  draft: string,
  file: string,
  group: string,
  test: string | undefined,
): Exclusion | undefined;
export function componentsFor(schema: unknown, name: string): Record<string, unknown>;
export function suiteDocuments(): SuiteDocument[];
