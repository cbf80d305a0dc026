/** The mock server: specloom's own engine, errors in the status and shape the spec documents, optional stateful mode. */

export {
  createMockEngine,
  FALLBACK_HEADER,
  MockEngine,
  type MockRequest,
  type MockResponse,
  type MockSpec,
  mockSpecOf,
} from './engine/index.js';
export { type MockOptions, RESET_PATH } from './options.js';
export { type MockServer, startMock } from './server.js';
export { readSeedFile, SeedFileError, validateSeed } from './stateful/seed-file.js';
export type { SeedData } from './stateful/store.js';
