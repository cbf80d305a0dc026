import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

const REDIS_SERVER = '/usr/bin/redis-server';

/** A throwaway redis-server for tests. */
export interface RedisServer {
  url: string;
  stop(): Promise<void>;
}

export type RedisAvailability =
  | { available: true; server: RedisServer }
  | { available: false; reason: string };

/** A port that was free a moment ago (redis-server has no `--port 0`). */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve, reject) => {
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', resolve);
  });
  const address = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('no TCP port was assigned');
  return address.port;
}

/**
 * Starts Debian's redis-server on 127.0.0.1 and a free port, with nothing
 * saved to disk, in a temporary directory that `stop()` removes. Reports why
 * when the binary is missing (apt-get install redis-server).
 */
export async function startRedis(): Promise<RedisAvailability> {
  if (!existsSync(REDIS_SERVER)) {
    return { available: false, reason: `${REDIS_SERVER} is missing (apt-get install redis-server)` };
  }
  const dir = await mkdtemp(path.join(tmpdir(), 'taskboard-redis-'));
  const port = await freePort();
  const child: ChildProcess = spawn(
    REDIS_SERVER,
    ['--bind', '127.0.0.1', '--port', String(port), '--save', '', '--appendonly', 'no', '--dir', dir],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`redis-server did not start in 10 s:\n${output}`)),
        10_000,
      );
      const onData = () => {
        if (/Ready to accept connections/.test(output)) {
          clearTimeout(timer);
          resolve();
        }
      };
      child.stdout?.on('data', onData);
      void exited.then(() => {
        clearTimeout(timer);
        reject(new Error(`redis-server exited before it was ready:\n${output}`));
      });
    });
  } catch (error) {
    child.kill('SIGKILL');
    await rm(dir, { recursive: true, force: true });
    return { available: false, reason: (error as Error).message };
  }
  return {
    available: true,
    server: {
      url: `redis://127.0.0.1:${port}`,
      async stop() {
        if (child.exitCode === null && child.signalCode === null) {
          child.kill('SIGKILL');
          await exited;
        }
        await rm(dir, { recursive: true, force: true });
      },
    },
  };
}
