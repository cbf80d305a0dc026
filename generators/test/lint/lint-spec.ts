import type { LintSettings } from '../../src/lint/index.js';
import { lint } from '../../src/lint/index.js';
import { normalize } from '../../src/model/normalize.js';

type Obj = Record<string, unknown>;

/** A 3.1 document around the given paths and components. */
export function documentWith(paths: Obj, components: Obj = {}, extra: Obj = {}): Obj {
  return { openapi: '3.1.0', info: { title: 'Test', version: '1.0.0' }, paths, components, ...extra };
}

/** Rule tests run every rule: the strict profile, plus what the test sets. */
function strict(settings: LintSettings): LintSettings {
  return { extends: 'specloom:strict', ...settings };
}

/** Runs the rules over an in-memory document and returns `CODE pointer` per finding (only the codes asked for). */
export function findings(document: Obj, codes: string[], settings: LintSettings = {}): string[] {
  const spec = { document, model: normalize(document), locate: () => undefined };
  return lint(spec, strict(settings))
    .filter((diagnostic) => codes.includes(diagnostic.code))
    .map((diagnostic) => `${diagnostic.code} ${diagnostic.pointer}`);
}

/** Same, returning messages. */
export function messages(document: Obj, code: string, settings: LintSettings = {}): string[] {
  const spec = { document, model: normalize(document), locate: () => undefined };
  return lint(spec, strict(settings))
    .filter((diagnostic) => diagnostic.code === code)
    .map((diagnostic) => diagnostic.message);
}

export const ok = { '200': { description: 'OK.' } };
