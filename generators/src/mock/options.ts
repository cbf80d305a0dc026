import type { LoadedSpec } from '../load/index.js';
import type { SeedData } from './stateful/store.js';

/** How to start a mock server. Everything but `spec` has a default. */
export interface MockOptions {
  /** Path of the root spec file, or a spec already loaded with `loadSpec`. */
  spec: string | LoadedSpec;
  /** Default `127.0.0.1`. */
  host?: string;
  /** Default 4010; 0 picks a free port. */
  port?: number;
  /** Generate data from schemas instead of serving examples. */
  dynamic?: boolean;
  /** Makes dynamic data deterministic: the same seed gives the same responses. */
  seed?: string;
  /** Milliseconds to wait before answering (simulated latency). */
  delay?: number;
  /** Front-end origins allowed by CORS; `*` allows any. Default `['*']`. */
  origins?: string[];
  /** Keep created resources in memory (create, read, update, delete, list). */
  stateful?: boolean;
  /** Initial state for stateful mode: a seed-file path or its data. */
  seedFile?: string | SeedData;
  /**
   * Bearer tokens the mock accepts. Without it any token passes (a mock cannot verify signatures);
   * with it, a secured operation called with another bearer token gets 401, so clients can exercise
   * their "session expired" paths.
   */
  tokens?: string[];
  /** Reload when a spec file changes (only when `spec` is a path). */
  watch?: boolean;
  /**
   * Validate the spec against the OpenAPI schema before serving. Off by
   * default: `specloom check` is the place for that, and on large specs it
   * costs most of the start-up time.
   */
  validateSpec?: boolean;
  /** One line per request and per reload; silent by default. */
  log?: (line: string) => void;
  /** Called once the spec is read from disk, before the engine is built (for progress lines on big specs). */
  onLoaded?: (spec: LoadedSpec) => void;
}

export { RESET_PATH } from './engine/engine.js';
