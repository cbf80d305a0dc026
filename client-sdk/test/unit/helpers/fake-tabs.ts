/**
 * Browser tabs of one profile, in-process: a shared cookie jar, a Web Locks
 * manager, BroadcastChannels, and a server whose refresh token rotates on
 * every use and revokes the session when a rotated token is used again (as
 * the real server's reuse detection does).
 */
import type { ChannelLike, LockManagerLike } from '@specloom/sdk-runtime';
import { json, problem, session, task } from './fake-fetch.js';

/** An exclusive lock per name, granted in request order (the Web Locks default). */
export function fakeLocks(): LockManagerLike {
  const tails = new Map<string, Promise<unknown>>();
  return {
    request<T>(name: string, callback: () => Promise<T>): Promise<T> {
      const previous = tails.get(name) ?? Promise.resolve();
      const result = previous.then(callback, callback);
      tails.set(
        name,
        result.catch(() => undefined),
      );
      return result;
    },
  };
}

/** BroadcastChannels: a message reaches every other channel of the same name after `delayMs`. */
export function fakeChannels(delayMs = 0) {
  const open: { name: string; listeners: ((event: { data: unknown }) => void)[]; closed: boolean }[] = [];
  const channel = (name: string): ChannelLike => {
    const self = { name, listeners: [] as ((event: { data: unknown }) => void)[], closed: false };
    open.push(self);
    return {
      postMessage(message) {
        for (const other of open) {
          if (other === self || other.closed || other.name !== name) continue;
          setTimeout(() => {
            for (const listener of other.listeners) listener({ data: structuredClone(message) });
          }, delayMs);
        }
      },
      addEventListener(_type, listener) {
        self.listeners.push(listener);
      },
      close() {
        self.closed = true;
      },
    };
  };
  return { channel };
}

/** The API with rotating refresh tokens and reuse detection; `tab()` makes a `fetch` sharing the cookie jar. */
export function rotatingServer() {
  const jar: { refresh?: string } = { refresh: 'r0' };
  let current: string | undefined = 'r0';
  const used = new Set<string>();
  const accessTokens = new Set<string>();
  let refreshes = 0;
  let revoked = false;
  const delay = () => new Promise((resolve) => setTimeout(resolve, 10));

  const handle = async (request: Request, cookie: string | undefined) => {
    const path = new URL(request.url).pathname;
    if (path === '/auth/refresh') {
      refreshes++;
      await delay();
      if (cookie !== undefined && cookie === current) {
        used.add(cookie);
        current = `r${refreshes}`;
        const access = `a${refreshes}`;
        accessTokens.add(access);
        return { response: json(200, session(access)), setCookie: current };
      }
      if (cookie !== undefined && used.has(cookie)) {
        // Reuse of a rotated token: treat it as theft and end the whole session.
        revoked = true;
        current = undefined;
        accessTokens.clear();
      }
      return { response: problem(401, { detail: 'The refresh token is missing, expired or revoked.' }) };
    }
    await delay();
    const bearer = request.headers.get('authorization')?.replace(/^Bearer /, '');
    return { response: bearer && accessTokens.has(bearer) ? json(200, task) : problem(401) };
  };

  return {
    tab(): (request: Request) => Promise<Response> {
      return async (request) => {
        const cookie = jar.refresh; // the browser attaches the cookie when the request leaves
        const { response, setCookie } = await handle(request, cookie);
        if (setCookie !== undefined) jar.refresh = setCookie; // and stores Set-Cookie when headers arrive
        return response;
      };
    },
    get refreshes() {
      return refreshes;
    },
    get revoked() {
      return revoked;
    },
  };
}
