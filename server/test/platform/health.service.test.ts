import { describe, expect, it } from 'vitest';
import { HealthService } from '../../src/health/index.js';
import { ServiceUnavailableError } from '../../src/shared/errors/index.js';

const up = { name: 'database', check: async () => {} };
const down = {
  name: 'database',
  check: async () => {
    throw new Error('connection refused');
  },
};
const hung = { name: 'cache', check: () => new Promise<void>(() => {}) };

describe('HealthService', () => {
  it('when asked for liveness, then it is ok without checking anything', () => {
    expect(new HealthService([down]).liveness()).toEqual({ status: 'ok' });
  });

  it('when every dependency answers, then it is ready and lists each check', async () => {
    await expect(new HealthService([up]).readiness()).resolves.toEqual({
      status: 'ready',
      checks: { database: 'up' },
    });
  });

  it.each([
    ['a dependency fails', [down], 'Unreachable: database.'],
    ['a dependency hangs past the timeout', [up, hung], 'Unreachable: cache.'],
  ])('when %s, then readiness fails with 503 naming it', async (_name, dependencies, detail) => {
    const readiness = new HealthService(dependencies, { checkTimeoutMs: 50 }).readiness();
    await expect(readiness).rejects.toBeInstanceOf(ServiceUnavailableError);
    await expect(readiness).rejects.toMatchObject({ status: 503, detail });
  });

  it('when shutdown has begun, then it is no longer ready even with healthy dependencies', async () => {
    const readiness = new HealthService([up], { isShuttingDown: () => true }).readiness();
    await expect(readiness).rejects.toMatchObject({ status: 503, detail: 'The server is shutting down.' });
  });
});
