import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { startPostgres } from '../helpers/postgres.js';
import { reportMissingPrerequisite } from '../helpers/prerequisite.js';

/* The commands an operator runs: `npm start` and `npm run start:cluster` (server workspace scripts), and their signals. */

const SERVER_DIR = fileURLToPath(new URL('../..', import.meta.url));

interface Started {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
  url: string;
}

async function start(command: string[], env: Record<string, string>, banner: RegExp): Promise<Started> {
  const dir = await mkdtemp(path.join(tmpdir(), 'taskboard-start-'));
  const [program, ...args] = command;
  const child = spawn(program ?? 'npm', args, {
    cwd: SERVER_DIR,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: '0',
      JWT_SECRET: 'lifecycle-test-secret-that-is-long-enough',
      CORS_ORIGINS: 'http://127.0.0.1:1',
      DATABASE_URL: path.join(dir, 'db.sqlite'),
      UPLOAD_DIR: path.join(dir, 'uploads'),
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
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setInterval(() => {
      const match = banner.exec(output);
      if (match?.[1]) {
        clearInterval(timer);
        resolve(match[1]);
      }
    }, 50);
    void exited.then((code) => {
      clearInterval(timer);
      reject(new Error(`exited with ${code} before listening:\n${output}`));
    });
  });
  return { child, output: () => output, exited, url };
}

/** Whether a process with this id still runs. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Every process below `pid` (Linux /proc), e.g. the node server under npm and sh. */
function descendants(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // Fields after the parenthesised command: state, then the parent pid.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // The process ended while being listed.
    }
  }
  const found: number[] = [];
  const visit = (id: number) => {
    for (const child of children.get(id) ?? []) {
      found.push(child);
      visit(child);
    }
  };
  visit(pid);
  return found;
}

describe('npm start', () => {
  it('when SIGTERM is sent to the npm process, then the server itself drains and exits', async () => {
    const started = await start(['npm', 'run', 'start'], {}, /Task Board API\s+(http:\/\/\S+)/);
    expect((await fetch(`${started.url}/health`)).status).toBe(200);
    const below = descendants(started.child.pid ?? 0);
    expect(below.length).toBeGreaterThan(0);
    started.child.kill('SIGTERM');
    await started.exited;
    // Nothing npm started outlives it: the server got the signal and drained.
    await expect.poll(() => below.some(alive), { timeout: 10_000 }).toBe(false);
    expect(started.output()).toMatch(/shutdown complete/);
    await expect(fetch(`${started.url}/health`)).rejects.toThrow();
  });
});

describe('npm run start:cluster', async () => {
  const postgres = await startPostgres();
  if (!postgres.available) {
    reportMissingPrerequisite('PostgreSQL', postgres.reason);
    return;
  }
  afterAll(() => postgres.server.stop());

  it('when asked for SQLite, then it refuses with a message saying why', async () => {
    await expect(start(['npm', 'run', 'start:cluster'], {}, /(http:\/\/\S+)/)).rejects.toThrow(
      /start:cluster runs several processes, which need a shared PostgreSQL database/,
    );
  });

  it('when started on PostgreSQL, then N workers serve one port and SIGTERM drains them all', async () => {
    const started = await start(
      ['npm', 'run', 'start:cluster'],
      { DATABASE_URL: await postgres.server.createDatabase(), CLUSTER_WORKERS: '2' },
      /Task Board API\s+(http:\/\/\S+)[\s\S]*Task Board API\s+http/,
    );
    const ready = await fetch(`${started.url}/ready`);
    expect(await ready.json()).toEqual({ status: 'ready', checks: { database: 'up', events: 'up' } });
    const below = descendants(started.child.pid ?? 0);
    // npm's shell is replaced (exec) by the primary, which forked the two workers.
    expect(below).toHaveLength(3);
    started.child.kill('SIGTERM');
    expect(await started.exited).toBe(0);
    await expect.poll(() => below.some(alive), { timeout: 10_000 }).toBe(false);
    expect(started.output().match(/shutdown complete/g)).toHaveLength(2);
  });
});
