import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportMissingPrerequisite } from '../helpers/prerequisite.js';
import { startRedis } from '../helpers/redis.js';
import { type ServerProcess, spawnServer } from '../helpers/server-process.js';

/*
 * REDIS_URL: server processes count their rate limits in one Redis, whatever
 * their database (here each has its own SQLite file, so nothing else is shared).
 */

const RATE_LIMIT = 20;

describe('two server processes sharing rate limits through Redis', async () => {
  const redis = await startRedis();
  if (!redis.available) {
    reportMissingPrerequisite('redis-server', redis.reason);
    return;
  }
  let a: ServerProcess;
  let b: ServerProcess;
  beforeAll(async () => {
    const env = {
      REDIS_URL: redis.server.url,
      RATE_LIMIT_MAX: String(RATE_LIMIT),
      TRUST_PROXY: '1',
    };
    [a, b] = await Promise.all([spawnServer(env), spawnServer(env)]);
  });
  afterAll(async () => {
    await Promise.all([a?.stop('SIGKILL'), b?.stop('SIGKILL')]);
    await redis.server.stop();
  });

  const from = (address: string) => ({ 'x-forwarded-for': address });
  const statusOn = async (server: ServerProcess, address: string) =>
    (await fetch(`${server.baseUrl}/nowhere`, { headers: from(address) })).status;

  it('when one client alternates between the processes, then they enforce one rate limit together', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < RATE_LIMIT + 4; i += 1)
      statuses.push(await statusOn(i % 2 === 0 ? a : b, '10.0.0.1'));
    expect(statuses.filter((status) => status === 404)).toHaveLength(RATE_LIMIT);
    expect(statuses.slice(RATE_LIMIT)).toEqual([429, 429, 429, 429]);
    // Another client's budget is its own.
    expect(await statusOn(b, '10.0.0.2')).toBe(404);
  });

  it('when Redis goes down, then the limits fail open: requests are served (not 429, not 500) and the log says why', async () => {
    expect(await statusOn(a, '10.0.0.1')).toBe(429);
    await redis.server.stop();
    for (const server of [a, b]) {
      for (let i = 0; i < 3; i += 1) expect(await statusOn(server, '10.0.0.1')).toBe(404);
      const login = await fetch(`${server.baseUrl}/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...from('10.0.0.1') },
        body: JSON.stringify({ email: 'nobody@example.com', password: 'wrong-password' }),
      });
      expect(login.status).toBe(401);
      expect(server.output()).toContain('rate limits are not enforced until it reconnects');
    }
  });
});

describe('a server whose REDIS_URL does not answer', () => {
  it('when it starts, then it refuses to start and says which setting is wrong', async () => {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const { port } = probe.address() as { port: number };
    await new Promise((resolve) => probe.close(resolve));
    await expect(spawnServer({ REDIS_URL: `redis://127.0.0.1:${port}` })).rejects.toThrow(/REDIS_URL/);
  });
});
