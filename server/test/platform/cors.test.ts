import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import { DEVELOPMENT_ORIGINS } from '../../src/shared/config/load-config.js';
import { corsPolicy, crossSiteLoopback } from '../../src/shared/http/cors.js';

/*
 * CORS for a front-end in development (a Vite app on :5173) and the
 * localhost-vs-127.0.0.1 trap: different sites to a browser, so the
 * SameSite=Strict refresh cookie never comes back and a reload signs out.
 */

const servers: { close(): void }[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) server.close();
});

async function start(warnings: string[]) {
  const app = express();
  app.use(corsPolicy(DEVELOPMENT_ORIGINS, [], { warn: (message) => warnings.push(message) }));
  app.get('/ping', (_req, res) => res.json({ ok: true }));
  const server = app.listen(0, '127.0.0.1');
  servers.push(server);
  await new Promise((resolve) => server.once('listening', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('development CORS defaults', () => {
  it.each([
    'http://localhost:5173',
    'http://127.0.0.1:5173',
  ])('lets a Vite dev server on %s call the API with credentials', async (origin) => {
    const base = await start([]);
    const response = await fetch(`${base}/ping`, { headers: { origin } });
    expect(response.headers.get('access-control-allow-origin')).toBe(origin);
    expect(response.headers.get('access-control-allow-credentials')).toBe('true');
  });

  it('when the page is on localhost and the API on 127.0.0.1, then it warns once why sessions will not survive a reload', async () => {
    const warnings: string[] = [];
    const base = await start(warnings);
    await fetch(`${base}/ping`, { headers: { origin: 'http://localhost:5173' } });
    await fetch(`${base}/ping`, { headers: { origin: 'http://localhost:5173' } });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(
      /localhost and 127\.0\.0\.1 as different sites.*SameSite=Strict.*127\.0\.0\.1:5173/,
    );
  });

  it('when the page and the API share a host name, then it does not warn', async () => {
    const warnings: string[] = [];
    const base = await start(warnings);
    await fetch(`${base}/ping`, { headers: { origin: 'http://127.0.0.1:5173' } });
    expect(warnings).toEqual([]);
  });

  it.each([
    ['http://localhost:5173', '127.0.0.1:3000', true],
    ['http://127.0.0.1:5173', 'localhost:3000', true],
    ['http://[::1]:5173', 'localhost:3000', true],
    ['http://localhost:5173', 'localhost:3000', false],
    ['https://app.example.com', 'api.example.com', false],
  ])('page %s, API %s: cross-site loopback %s', (origin, host, want) => {
    expect(crossSiteLoopback(origin, host) !== undefined).toBe(want);
  });
});
