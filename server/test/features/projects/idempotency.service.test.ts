import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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

  it('when there is no key, then the action simply runs every time', async () => {
    let runs = 0;
    const action = async () => ({ status: 201, body: { run: ++runs }, headers: {} });
    await world.idempotency.run(ada, undefined, request({}), action);
    await world.idempotency.run(ada, undefined, request({}), action);
    expect(runs).toBe(2);
  });
});
