import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SERVER_MAIN = fileURLToPath(new URL('../../dist/main.js', import.meta.url));

/** A built server running as its own process, as an operator runs it. */
export interface ServerProcess {
  baseUrl: string;
  child: ChildProcess;
  /** Everything the process wrote to stdout (JSON logs) and stderr. */
  output(): string;
  /** Resolves with the exit code once the process has exited. */
  exited: Promise<number | null>;
  /** Sends `signal` (SIGTERM by default) and waits for the exit; kills it after `timeoutMs`. */
  stop(signal?: NodeJS.Signals, timeoutMs?: number): Promise<number | null>;
}

/**
 * Starts `node dist/main.js` (run `npm run build -w server` first) in its own
 * temporary directory on 127.0.0.1 port 0, in production mode, and resolves
 * once it prints its URL. `env` adds to or overrides the defaults.
 */
export async function spawnServer(env: Record<string, string>): Promise<ServerProcess> {
  if (!existsSync(SERVER_MAIN))
    throw new Error(`${SERVER_MAIN} is missing: run "npm run build -w server" first.`);
  const dir = await mkdtemp(path.join(tmpdir(), 'taskboard-process-'));
  const child = spawn(process.execPath, [SERVER_MAIN], {
    cwd: dir,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: '0',
      UPLOAD_DIR: path.join(dir, 'uploads'),
      JWT_SECRET: 'cluster-test-secret-that-is-long-enough',
      CORS_ORIGINS: 'http://127.0.0.1:1',
      LOG_LEVEL: 'info',
      SHUTDOWN_TIMEOUT_MS: '5000',
      ...env,
    },
  });
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  void exited.then(() => rm(dir, { recursive: true, force: true }));
  const baseUrl = await new Promise<string>((resolve, reject) => {
    const onData = () => {
      const match = /Task Board API\s+(http:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        child.stderr?.off('data', onData);
        resolve(match[1]);
      }
    };
    child.stderr?.on('data', onData);
    void exited.then((code) =>
      reject(new Error(`the server exited with ${code} before listening:\n${output}`)),
    );
  });
  return {
    baseUrl,
    child,
    output: () => output,
    exited,
    async stop(signal = 'SIGTERM', timeoutMs = 15_000) {
      if (child.exitCode !== null || child.signalCode !== null) return exited;
      child.kill(signal);
      const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
}
