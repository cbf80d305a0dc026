/** Severity a rule can be set to in `lint.rules`; `off` disables it. */
export type RuleSetting = 'error' | 'warning' | 'info' | 'off';

/** How list operations page, when the detected convention should not be used. */
export interface PaginationConfig {
  /** Query parameter carrying the cursor, e.g. `cursor`. */
  cursorParam?: string;
  /** Response property holding the next cursor, e.g. `nextCursor`. */
  nextCursorProperty?: string;
}

/** A built-in rule set: correctness rules only (`recommended`, the default) or every rule (`strict`). */
export type LintProfile = 'specloom:recommended' | 'specloom:strict';

export interface LintConfig {
  /** The rule set to start from (default `specloom:recommended`); `check --profile` overrides it. */
  extends?: LintProfile;
  /** Severity per diagnostic code over the profile, e.g. `{ COMPONENT_UNUSED: 'off' }`. */
  rules?: Record<string, RuleSetting>;
  /** Name of the component schema every error response must use (default `Problem`). */
  problemSchema?: string;
  pagination?: PaginationConfig;
}

/** How the spec is read. */
export interface LoadConfig {
  /**
   * Local copies of remote documents: URL prefix -> folder (relative to the config file).
   * `{ 'https://example.com/schemas/': 'vendor/schemas' }` reads
   * `https://example.com/schemas/pet.yaml` from `vendor/schemas/pet.yaml`; specloom never fetches.
   */
  mirrors?: Record<string, string>;
}

/** One generation run: which targets write into which folder. */
export interface GenerateConfig {
  /** Output folder, relative to the config file. */
  out: string;
  /** Target names, e.g. `['types', 'zod', 'server']`. */
  targets: string[];
  /** Options per target name, validated by that target. */
  options?: Record<string, Record<string, unknown>>;
}

/** `specloom.config.ts`: paths are relative to the config file. */
export interface SpecloomConfig {
  /** Root spec file. */
  spec: string;
  lint?: LintConfig;
  load?: LoadConfig;
  generate?: GenerateConfig[];
  /** Where scaffold-once stubs (e.g. server services) are written. */
  scaffold?: { dir: string };
  mock?: { port?: number; dynamic?: boolean; [option: string]: unknown };
  test?: { baseUrl?: string; junit?: string; [option: string]: unknown };
  sdk?: { name?: string; out?: string; [option: string]: unknown };
  diff?: { base?: string; [option: string]: unknown };
  release?: { [option: string]: unknown };
}

/** A loaded config: every path absolute, plus where it came from. */
export interface ResolvedConfig extends SpecloomConfig {
  /** Absolute path of the config file. */
  configPath: string;
}
