import cluster, { type Worker } from 'node:cluster';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { ConfigError, loadConfig } from './shared/config/index.js';
import { createMigrator, MigrationError, openDatabase } from './shared/db/index.js';
import { migrations } from './shared/db/migrations/index.js';

/*
 * `npm run start:cluster`: N server processes (CLUSTER_WORKERS, default one per
 * CPU) on one PostgreSQL, sharing the configured port through node:cluster,
 * which spreads connections across them. Events, rate limits, refresh tokens
 * and idempotency keys live in PostgreSQL, so any process can serve any
 * request. SIGTERM/SIGINT drains every worker gracefully; a second signal
 * kills them. A worker that dies unexpectedly is replaced.
 */

const RESTART_WINDOW_MS = 60_000;
const MAX_RESTARTS_PER_WINDOW = 10;

async function primary(): Promise<void> {
  if (existsSync('.env')) process.loadEnvFile('.env');
  const config = loadConfig();
  if (config.database.kind !== 'postgres') {
    throw new ConfigError([
      'DATABASE_URL: start:cluster runs several processes, which need a shared PostgreSQL database ' +
        '(postgres://user:password@host:5432/database); SQLite serves one process: use npm start',
    ]);
  }
  const workers = Number(process.env.CLUSTER_WORKERS ?? availableParallelism());
  if (!Number.isInteger(workers) || workers < 1) {
    throw new ConfigError(['CLUSTER_WORKERS: must be a whole number of at least 1']);
  }
  // Migrate once, before any worker starts serving.
  const database = openDatabase(config.database);
  try {
    await createMigrator(database.db, migrations).up();
  } finally {
    await database.close();
  }

  let stopping = false;
  const restarts: number[] = [];
  const fork = () => cluster.fork();
  cluster.on('exit', (worker: Worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    const now = Date.now();
    restarts.push(now);
    while (restarts.length > 0 && (restarts[0] ?? now) < now - RESTART_WINDOW_MS) restarts.shift();
    if (restarts.length > MAX_RESTARTS_PER_WINDOW) {
      console.error(
        `Workers keep dying (last: pid ${worker.process.pid}, code ${code}); stopping the cluster.`,
      );
      process.exit(1);
    }
    console.error(`Worker ${worker.process.pid} exited (${signal ?? code}); starting a replacement.`);
    fork();
  });
  for (let i = 0; i < workers; i += 1) fork();
  process.stderr.write(
    `\nTask Board API cluster: ${workers} processes on PostgreSQL (primary pid ${process.pid})\n`,
  );

  const stop = () => {
    const running = Object.values(cluster.workers ?? {}).filter(
      (worker): worker is Worker => worker !== undefined,
    );
    if (stopping) {
      for (const worker of running) worker.process.kill('SIGKILL');
      process.exit(1);
    }
    stopping = true;
    if (running.length === 0) process.exit(0);
    // Workers drain on SIGTERM (they ignore SIGINT, which a terminal sends to the whole group).
    for (const worker of running) worker.process.kill('SIGTERM');
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

if (cluster.isPrimary) {
  primary().catch((error: unknown) => {
    console.error(
      error instanceof ConfigError || error instanceof MigrationError
        ? error.message
        : `The cluster could not start: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(1);
  });
} else {
  await import('./main.js');
}
