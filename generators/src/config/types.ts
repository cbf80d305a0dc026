/** Severity a rule can be set to in `lint.rules`; `off` disables it. */
export type RuleSetting = 'error' | 'warning' | 'info' | 'off';

/** How list operations page, when the detected convention should not be used. */
export interface PaginationConfig {
  /** Query parameter carrying the cursor, e.g. `cursor`. */
  cursorParam?: string;
  /** Response property holding the next cursor, e.g. `nextCursor`. */
  nextCursorProperty?: string;
}

export interface LintConfig {
  /** Severity per diagnostic code, e.g. `{ COMPONENT_UNUSED: 'off' }`. */
  rules?: Record<string, RuleSetting>;
  /** Name of the component schema every error response must use (default `Problem`). */
  problemSchema?: string;
  pagination?: PaginationConfig;
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
