import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fingerprintHash } from '../../../src/projects/idempotency/idempotency.service.js';
import { ConflictError } from '../../../src/shared/errors/index.js';
import { createWorld, type World } from '../support/world.js';

describe('IdempotencyService', () => {
  let world: World;
  let ada: string;
  let grace: string;
  beforeEach(async () => {
    world = await createWorld();
    ada = await world.user('ada');
    grace = await world.user('grace');
  });
  afterEach(() => world.destroy());

  const request = (body: unknown) => ({ operation: 'createProject', target: '', body });
  const created = (n: number) => async () => ({ status: 201, body: { n }, headers: { Location: `/p/${n}` } });

  it('when the same key and body are retried, then the first response is replayed and the action runs once', async () => {
    let runs = 0;
    const action = async () => ({ status: 201, body: { run: ++runs }, headers: { Location: '/p/1' } });
    const first = await world.idempotency.run(ada, 'k1', request({ name: 'A', d: 1 }), action);
    const replay = await world.idempotency.run(ada, 'k1', request({ d: 1, name: 'A' }), action);
    expect(replay).toEqual(first);
    expect(runs).toBe(1);
  });

  it('when the same key comes with a different body, then it is a conflict', async () => {
    await world.idempotency.run(ada, 'k1', request({ name: 'A' }), created(1));
    await expect(world.idempotency.run(ada, 'k1', request({ name: 'B' }), created(2))).rejects.toBeInstanceOf(
      ConflictError,
    );
  });

  it('when another user uses the same key, then it is theirs alone', async () => {
    await world.idempotency.run(ada, 'k1', request({ name: 'A' }), created(1));
    expect(await world.idempotency.run(grace, 'k1', request({ name: 'B' }), created(2))).toMatchObject({
      body: { n: 2 },
    });
  });

  it('when a retry arrives while the first request still runs, then it waits and gets the same response', async () => {
    let finish: () => void = () => {};
    let runs = 0;
    const slow = world.idempotency.run(ada, 'k1', request({}), async () => {
      runs += 1;
      await new Promise<void>((resolve) => {
        finish = resolve;
      });
      return { status: 201, body: { run: runs }, headers: {} };
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    const retry = world.idempotency.run(ada, 'k1', request({}), created(2));
    finish();
    expect(await retry).toEqual(await slow);
    expect(runs).toBe(1);
  });

  it('when the action fails after writing, then its writes and the claim roll back together', async () => {
    await expect(
      world.idempotency.run(ada, 'k1', request({ name: 'A' }), async (db) => {
        await world.projectsOn(db).create(ada, { name: 'Half-made' });
        throw new Error('crash after the insert');
      }),
    ).rejects.toThrow('crash after the insert');
    expect((await world.projects.list(ada, 10)).items).toEqual([]);
    expect(await world.db.selectFrom('idempotency_keys').selectAll().execute()).toEqual([]);
  });

  it('when the action fails, then the key is released for a retry', async () => {
    await expect(
      world.idempotency.run(ada, 'k1', request({}), async () => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await world.idempotency.run(ada, 'k1', request({}), created(3))).toMatchObject({ body: { n: 3 } });
  });

  it('when the key has expired (24 h), then it can be used again for anything', async () => {
    await world.idempotency.run(ada, 'k1', request({ name: 'A' }), created(1));
    world.tick(24 * 60 * 60 * 1000 + 1);
    expect(await world.idempotency.run(ada, 'k1', request({ name: 'B' }), created(2))).toMatchObject({
      body: { n: 2 },
    });
  });

  describe('a claim left without an answer by an older server version', () => {
    const stuckClaim = async (body: unknown, ageMs: number) => {
      const claimedAt = new Date(world.clock.now - ageMs).toISOString();
      await world.db
        .insertInto('idempotency_keys')
        .values({
          user_id: ada,
          key: 'k1',
          request_hash: fingerprintHash(request(body)),
          response_status: null,
          response_body: null,
          response_headers: null,
          created_at: claimedAt,
          expires_at: new Date(world.clock.now + 23 * 60 * 60 * 1000).toISOString(),
        })
        .execute();
    };

    it('when it is older than the abandonment bound, then a retry takes it over, runs once and is replayed', async () => {
      await stuckClaim({ name: 'A' }, 61_000);
      let runs = 0;
      const action = async () => ({ status: 201, body: { run: ++runs }, headers: {} });
      const first = await world.idempotency.run(ada, 'k1', request({ name: 'A' }), action);
      expect(first).toMatchObject({ status: 201, body: { run: 1 } });
      expect(await world.idempotency.run(ada, 'k1', request({ name: 'A' }), action)).toEqual(first);
      expect(runs).toBe(1);
    });

    it('when it is recent (the older request may still run), then a retry is told to retry later', async () => {
      await stuckClaim({ name: 'A' }, 5_000);
      await expect(world.idempotency.run(ada, 'k1', request({ name: 'A' }), created(1))).rejects.toThrow(
        'still being processed',
      );
    });

    it('when it was for a different request, then it stays a conflict however old', async () => {
      await stuckClaim({ name: 'A' }, 10 * 60_000);
      await expect(world.idempotency.run(ada, 'k1', request({ name: 'B' }), created(1))).rejects.toThrow(
        'different request',
      );
    });
  });

  it('when there is no key, then the action simply runs every time', async () => {
    let runs = 0;
    const action = async () => ({ status: 201, body: { run: ++runs }, headers: {} });
    await world.idempotency.run(ada, undefined, request({}), action);
    await world.idempotency.run(ada, undefined, request({}), action);
    expect(runs).toBe(2);
  });
});
