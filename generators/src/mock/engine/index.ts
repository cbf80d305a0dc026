/**
 * The mock engine without I/O: everything `specloom mock` and the generated
 * MSW handlers share. Importable in browsers (no Node built-ins).
 */
import { faker } from '@faker-js/faker/locale/en';
import type { SpecModel } from '../../model/types.js';
import { createRealism } from '../../sampling/realistic.js';
import { MockEngine } from './engine.js';
import type { EngineOptions, MockSpec } from './types.js';

export { MockEngine, RESET_PATH } from './engine.js';
export { FALLBACK_HEADER } from './errors.js';
export { fromFetchRequest, routePattern, toFetchResponse } from './fetch.js';
export type { EngineOptions, MockRequest, MockResponse, MockSpec } from './types.js';

/** The slice of a normalized model the engine reads (what the MSW target embeds). */
export function mockSpecOf(
  model: Pick<SpecModel, 'operations' | 'schemas' | 'securitySchemes' | 'document'>,
): MockSpec {
  return {
    operations: model.operations,
    schemas: model.schemas,
    securitySchemes: model.securitySchemes,
    document: model.document,
  };
}

/** A mock engine for a spec, with seeded faker data. */
export function createMockEngine(spec: MockSpec, options: EngineOptions = {}): MockEngine {
  return new MockEngine(spec, options, createRealism(faker, options.now?.()));
}
