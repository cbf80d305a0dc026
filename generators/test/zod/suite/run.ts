/**
 * Runs the JSON Schema Test Suite's kept cases through the zod schemas
 * specloom generates, and classifies every disagreement: a false accept or
 * false reject is "warned" when the emitter reported ZOD_UNSUPPORTED_CONSTRUCT
 * inside that group's schema, "silent" otherwise.
 */
import type { z } from 'zod';
import { normalize } from '../../../src/model/normalize.js';
import { emitZod, importGenerated } from '../helpers.js';
import { type SuiteDocument, suiteDocuments } from './cases.mjs';

export interface CaseResult {
  draft: string;
  file: string;
  group: string;
  test: string;
  data: unknown;
  expected: boolean;
  actual: boolean;
  /** The emitter's warnings inside the group's schema (empty: the group was translated fully). */
  warnings: string[];
}

export interface SuiteReport {
  results: CaseResult[];
  /** Groups neither kept nor listed in `exclusions.mjs` (must be empty). */
  unlisted: { draft: string; file: string; group: string; reason: string }[];
  excluded: number;
}

/** True when `pointer` lies inside the component `name` or one hoisted from the same group (`name_1`). */
function insideGroup(pointer: string, name: string): boolean {
  const prefix = `#/components/schemas/${name}`;
  return pointer === prefix || pointer.startsWith(`${prefix}/`) || pointer.startsWith(`${prefix}_`);
}

async function runDocument(suite: SuiteDocument): Promise<CaseResult[]> {
  const model = normalize(suite.document);
  const { files, diagnostics } = await emitZod(model);
  const schemas = await importGenerated<Record<string, z.ZodType>>(files, 'zod/schemas.ts');
  const identifiers = new Map(model.schemas.map((schema) => [schema.name, schema.identifier]));
  const results: CaseResult[] = [];
  for (const group of suite.groups) {
    const schema = schemas[identifiers.get(group.component) ?? group.component];
    if (schema === undefined) throw new Error(`${suite.file}: no export for ${group.component}`);
    const warnings = diagnostics
      .filter((d) => d.pointer !== undefined && insideGroup(d.pointer, group.component))
      .map((d) => `${d.pointer}: ${d.message}`);
    for (const test of group.tests) {
      results.push({
        draft: suite.draft,
        file: suite.file,
        group: group.description,
        test: test.description,
        data: test.data,
        expected: test.valid,
        actual: schema.safeParse(structuredClone(test.data)).success,
        warnings,
      });
    }
  }
  return results;
}

/** Runs every kept case of every suite file. */
export async function runSuite(): Promise<SuiteReport> {
  const results: CaseResult[] = [];
  const unlisted: SuiteReport['unlisted'] = [];
  let excluded = 0;
  for (const suite of suiteDocuments()) {
    for (const group of suite.unwrappable)
      unlisted.push({ draft: suite.draft, file: suite.file, group: group.group, reason: group.reason });
    for (const entry of suite.excluded) excluded += entry.tests;
    results.push(...(await runDocument(suite)));
  }
  return { results, unlisted, excluded };
}

/** Agreement figures over a report's results. */
export function summarize(results: readonly CaseResult[]) {
  const invalid = results.filter((r) => !r.expected).length;
  const disagreements = results.filter((r) => r.expected !== r.actual);
  const falseAccepts = disagreements.filter((r) => !r.expected).length;
  return {
    cases: results.length,
    agreed: results.length - disagreements.length,
    agreement: (results.length - disagreements.length) / results.length,
    invalid,
    falseAccepts,
    falseAcceptRate: invalid === 0 ? 0 : falseAccepts / invalid,
    falseRejects: disagreements.length - falseAccepts,
    silent: disagreements.filter((r) => r.warnings.length === 0),
    disagreements,
  };
}
