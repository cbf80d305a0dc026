import { type DestinationStream, type Logger, type LoggerOptions, pino } from 'pino';
import type { Config } from '../config/index.js';

export type { Logger } from 'pino';

/*
 * Secrets must never reach a log line, whoever logs what: credentials in
 * bodies, tokens in headers and cookies in either direction.
 */
const REDACTED_PATHS = [
  'password',
  'newPassword',
  'token',
  'accessToken',
  'refreshToken',
  'jwtSecret',
  '*.password',
  '*.newPassword',
  '*.token',
  '*.accessToken',
  '*.refreshToken',
  '*.jwtSecret',
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-api-key"]',
  'res.headers["set-cookie"]',
  'headers.authorization',
  'headers.cookie',
  'headers["set-cookie"]',
];

/**
 * The process logger: JSON lines (pino) at the configured level, written to
 * stdout or to `destination` (tests pass a stream to read the lines back).
 */
export function createLogger(config: Pick<Config, 'log'>, destination?: DestinationStream): Logger {
  const options: LoggerOptions = {
    level: config.log.level,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    base: { service: 'taskboard-api' },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
  };
  return destination ? pino(options, destination) : pino(options);
}
