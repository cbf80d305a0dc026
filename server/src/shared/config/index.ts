export type { Config, DatabaseConfig } from './config.js';
export { ConfigError, loadConfig, parseDatabaseUrl } from './load-config.js';
