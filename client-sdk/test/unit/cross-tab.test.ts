import type { CrossTabOptions } from '@specloom/sdk-runtime';
import { describe, expect, it, vi } from 'vitest';
import { createClient } from '../../src/index.js';
import { fakeChannels, fakeLocks, rotatingServer } from './helpers/fake-tabs.js';

const BASE = 'http://api.test';

/** Two tabs of one user, both holding an expired access token, each making `calls` calls at the same moment. */
async function twoTabsWakeUp(crossTab: () => CrossTabOptions | false, calls = 3) {
  const server = rotatingServer();
  const tabs = [1, 2].map(() => {
    const onUnauthenticated = vi.fn();
    const api = createClient({
      baseUrl: BASE,
      fetch: server.tab(),
      auth: { onUnauthenticated, crossTab: crossTab() },
    });
    api.session.setAccessToken('expired');
    return { api, onUnauthenticated };
  });
  const results = await Promise.allSettled(
    tabs.flatMap(({ api }) =>
      Array.from({ length: calls }, () => api.tasks.get({ projectId: 'p1', taskId: 't1' })),
    ),
  );
  return { server, tabs, results };
}

describe('token refresh across tabs', () => {
  it('without coordination, two tabs refreshing together send the same token and are both signed out', async () => {
    const { server, tabs } = await twoTabsWakeUp(() => false);
    expect(server.revoked).toBe(true);
    expect(tabs.every((tab) => tab.onUnauthenticated.mock.calls.length > 0)).toBe(true);
  });

  it('with Web Locks, tabs take turns: one refresh, the other tab uses the token it was told about', async () => {
    const locks = fakeLocks();
    const { channel } = fakeChannels();
    const { server, tabs, results } = await twoTabsWakeUp(() => ({ locks, channel }));
    expect(results.map((result) => result.status)).toEqual(Array(6).fill('fulfilled'));
    expect(server.revoked).toBe(false);
    expect(server.refreshes).toBe(1);
    for (const tab of tabs) {
      expect(tab.onUnauthenticated).not.toHaveBeenCalled();
      expect(await tab.api.session.getAccessToken()).toBe('a1');
    }
  });

  it('when the other tab hears of the new token only after it got the lock, its own refresh still succeeds', async () => {
    const locks = fakeLocks();
    const { channel } = fakeChannels(200); // the message arrives long after the lock is released
    const { server, tabs, results } = await twoTabsWakeUp(() => ({ locks, channel }));
    expect(results.map((result) => result.status)).toEqual(Array(6).fill('fulfilled'));
    expect(server.revoked).toBe(false);
    expect(server.refreshes).toBe(2); // serialised: the second refresh sent the rotated cookie
    for (const tab of tabs) expect(tab.onUnauthenticated).not.toHaveBeenCalled();
  });

  it('stays signed in over 20 simultaneous wake-ups in a row', async () => {
    for (let run = 0; run < 20; run++) {
      const locks = fakeLocks();
      const { channel } = fakeChannels(run % 3);
      const { server, results } = await twoTabsWakeUp(() => ({ locks, channel }), 2);
      expect(server.revoked).toBe(false);
      expect(results.every((result) => result.status === 'fulfilled')).toBe(true);
    }
  });

  it('without Web Locks, a tab still refreshes once for all its concurrent calls', async () => {
    const server = rotatingServer();
    const { channel } = fakeChannels();
    const api = createClient({
      baseUrl: BASE,
      fetch: server.tab(),
      auth: { crossTab: { locks: false, channel } },
    });
    api.session.setAccessToken('expired');
    const results = await Promise.all(
      Array.from({ length: 6 }, () => api.tasks.get({ projectId: 'p1', taskId: 't1' })),
    );
    expect(results).toHaveLength(6);
    expect(server.refreshes).toBe(1);
  });

  it('a tab adopts a token another tab obtained, telling its own onAccessToken', async () => {
    const locks = fakeLocks();
    const { channel } = fakeChannels();
    const server = rotatingServer();
    const onAccessToken = vi.fn();
    const first = createClient({
      baseUrl: BASE,
      fetch: server.tab(),
      auth: { crossTab: { locks, channel } },
    });
    const second = createClient({
      baseUrl: BASE,
      fetch: server.tab(),
      auth: { crossTab: { locks, channel }, onAccessToken },
    });
    await first.session.refresh();
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(await second.session.getAccessToken()).toBe('a1');
    expect(onAccessToken).toHaveBeenCalledWith('a1');
  });

  it('clients of different APIs do not share tokens', async () => {
    const locks = fakeLocks();
    const { channel } = fakeChannels();
    const server = rotatingServer();
    const first = createClient({
      baseUrl: BASE,
      fetch: server.tab(),
      auth: { crossTab: { locks, channel } },
    });
    const other = createClient({
      baseUrl: 'http://other.test',
      fetch: server.tab(),
      auth: { crossTab: { locks, channel } },
    });
    await first.session.refresh();
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(await other.session.getAccessToken()).toBeUndefined();
  });
});
