import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { chmod, chown, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);

/** A throwaway PostgreSQL server for tests. */
export interface PostgresServer {
  /** URL of the maintenance database `postgres`. */
  url: string;
  /** Creates an empty database and returns its URL (one per test server keeps tests independent). */
  createDatabase(): Promise<string>;
  stop(): Promise<void>;
}

export type PostgresAvailability =
  | { available: true; server: PostgresServer }
  | { available: false; reason: string };

/**
 * A PostgreSQL server to test against: the one named by `PG_TEST_URL`, or a
 * fresh cluster started with the local PostgreSQL binaries in a temporary
 * directory on a free port (as the `postgres` user when running as root,
 * since PostgreSQL refuses to run as root). Reports why when neither works.
 */
export async function startPostgres(): Promise<PostgresAvailability> {
  const external = process.env.PG_TEST_URL;
  if (external) return { available: true, server: externalServer(external) };
  const binDir = findBinDir();
  if (!binDir) {
    return {
      available: false,
      reason:
        'no PostgreSQL binaries in /usr/lib/postgresql/*/bin (apt-get install postgresql) and PG_TEST_URL is unset',
    };
  }
  try {
    return { available: true, server: await startCluster(binDir) };
  } catch (error) {
    return { available: false, reason: `starting a cluster failed: ${(error as Error).message}` };
  }
}

function findBinDir(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root).sort((a, b) => Number(b) - Number(a));
  return versions
    .map((version) => path.join(root, version, 'bin'))
    .find((dir) => existsSync(path.join(dir, 'pg_ctl')));
}

async function startCluster(binDir: string): Promise<PostgresServer> {
  const dir = await mkdtemp(path.join(tmpdir(), 'taskboard-pg-'));
  const asRoot = userInfo().uid === 0;
  const exec = (program: string, args: string[]) =>
    asRoot
      ? run('runuser', ['-u', 'postgres', '--', path.join(binDir, program), ...args])
      : run(path.join(binDir, program), args);
  try {
    if (asRoot) {
      const { stdout } = await run('id', ['-u', 'postgres']);
      const { stdout: gid } = await run('id', ['-g', 'postgres']);
      await chown(dir, Number(stdout.trim()), Number(gid.trim()));
      await chmod(dir, 0o700);
    }
    const dataDir = path.join(dir, 'data');
    await exec('initdb', ['-D', dataDir, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--no-sync']);
    const port = await freePort();
    const serverOptions = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off`;
    await exec('pg_ctl', [
      '-D',
      dataDir,
      '-o',
      serverOptions,
      '-l',
      path.join(dir, 'server.log'),
      '-w',
      'start',
    ]);
    const server = externalServer(`postgres://postgres@127.0.0.1:${port}/postgres`);
    return {
      ...server,
      async stop() {
        await exec('pg_ctl', ['-D', dataDir, '-m', 'immediate', '-w', 'stop']).catch(() => undefined);
        await rm(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}

function externalServer(url: string): PostgresServer {
  let counter = 0;
  return {
    url,
    async createDatabase() {
      counter += 1;
      const name = `taskboard_test_${process.pid}_${Date.now()}_${counter}`;
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE ${name}`);
      } finally {
        await client.end();
      }
      const databaseUrl = new URL(url);
      databaseUrl.pathname = `/${name}`;
      return databaseUrl.toString();
    },
    async stop() {},
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}
