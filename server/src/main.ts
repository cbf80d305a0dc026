import cluster from 'node:cluster';
import { existsSync } from 'node:fs';
import { buildServer } from './app.js';
import { ConfigError, loadConfig } from './shared/config/index.js';
import { MigrationError } from './shared/db/index.js';

/*
 * `npm start`: read the configuration, build the server, listen, print where
 * it is, and shut down gracefully on SIGTERM/SIGINT (a second signal forces
 * the exit).
 */

async function main(): Promise<void> {
  // A local .env (see .env.example) fills in what the real environment leaves unset.
  if (existsSync('.env')) process.loadEnvFile('.env');
  const config = loadConfig();
  const server = await buildServer(config);
  const { logger } = server;
  if (config.auth.jwtSecretGenerated) {
    logger.warn('JWT_SECRET is not set: using a random secret for this run (sessions end on restart)');
  }
  const url = await server.listen();
  const api = url.origin;
  logger.info({ url: api, docs: `${api}/docs/`, database: config.database.kind }, 'server listening');
  // Humans starting the server read this line; the JSON log above is for machines.
  process.stderr.write(`\nTask Board API  ${api}\nAPI reference   ${api}/docs/\n\n`);

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn({ signal }, 'second signal: exiting now');
      process.exit(1);
    }
    stopping = true;
    logger.info({ signal }, 'signal received');
    // Exit 0 even when the deadline cut some requests: the shutdown itself went as designed (and was logged).
    server.shutdown().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', stop);
  if (cluster.isWorker) {
    // Ctrl-C reaches every process of the group; the cluster's primary turns it into one SIGTERM per worker.
    process.on('SIGINT', () => {});
  } else {
    process.on('SIGINT', stop);
  }
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof MigrationError) {
    console.error(error.message);
  } else if (process.argv.includes('--debug')) {
    console.error(error);
  } else {
    console.error(`The server could not start: ${error instanceof Error ? error.message : String(error)}`);
    console.error('Run with --debug for the stack trace.');
  }
  process.exit(1);
});
