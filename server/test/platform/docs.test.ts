import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/test-server.js';

/* The API reference is served from this server alone (no CDN) and the document is the bundled spec. */

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

describe('docs', () => {
  it('when /openapi.json is fetched, then it is the whole spec as one document without external refs', async () => {
    const response = await fetch(`${server.baseUrl}/openapi.json`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const text = await response.text();
    const document = JSON.parse(text) as { openapi: string; paths: Record<string, unknown> };
    expect(document.openapi).toMatch(/^3\./);
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/health', '/projects']));
    expect(text).not.toMatch(/"\$ref":"\.{1,2}\//);
  });

  it('when /docs is requested, then it redirects to /docs/ whose page loads only local assets', async () => {
    const redirect = await fetch(`${server.baseUrl}/docs`, { redirect: 'manual' });
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('location')).toBe('/docs/');

    const page = await fetch(`${server.baseUrl}/docs/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await page.text();
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1] ?? '');
    expect(assets.length).toBeGreaterThanOrEqual(3);
    for (const asset of assets) {
      expect(asset).toMatch(/^\.\//);
      const response = await fetch(new URL(asset, `${server.baseUrl}/docs/`));
      expect(response.status, asset).toBe(200);
    }
  });

  it('when the page is served, then no inline script is needed (the CSP forbids it)', async () => {
    const html = await (await fetch(`${server.baseUrl}/docs/`)).text();
    expect(html).not.toMatch(/<script>(?!<\/script>)/);
    expect([...html.matchAll(/<script src=/g)]).toHaveLength(2);
  });
});
