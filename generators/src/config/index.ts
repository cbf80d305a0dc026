import type { SpecloomConfig } from './types.js';

export { CONFIG_FILE_NAMES, ConfigError, findConfig, loadConfig } from './load.js';
export type {
  GenerateConfig,
  LintConfig,
  LintProfile,
  LoadConfig,
  PaginationConfig,
  ResolvedConfig,
  RuleSetting,
  SpecloomConfig,
} from './types.js';

/**
 * Declares a specloom config with type checking and autocompletion; returns it unchanged.
 * @example export default defineConfig({ spec: 'openapi/openapi.yaml' });
 */
export function defineConfig(config: SpecloomConfig): SpecloomConfig {
  return config;
}
