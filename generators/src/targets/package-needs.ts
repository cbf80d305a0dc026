import { GENERATOR_VERSION } from '../version.js';

/** An npm package that generated code imports, and the versions it was written for. */
export interface PackageNeed {
  /** Package name, e.g. `zod`. */
  name: string;
  /** A semver range the generated code compiles and runs with, e.g. `^4.0.0`. */
  range: string;
  /** Only needed to compile (type declarations): a devDependency. */
  dev: boolean;
}

/** The runtime package generated SDKs import. */
export const SDK_RUNTIME_PACKAGE = '@specloom/sdk-runtime';

/** The runtime is released together with specloom: generated code needs the runtime of the same minor. */
export const SDK_RUNTIME_RANGE = `~${GENERATOR_VERSION}`;
