/** The mock server: Prism as the engine, problem+json errors in the spec's shape, optional stateful mode. */
export { type MockOptions, RESET_PATH } from './options.js';
export { type MockServer, startMock } from './server.js';
export { readSeedFile, SeedFileError, validateSeed } from './stateful/seed-file.js';
export type { SeedData } from './stateful/store.js';
