import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportMissingPrerequisite } from '../helpers/prerequisite.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';

/* Opens the API reference in headless Chromium, as a new user would, and checks every operation is listed. */

const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

describe('/docs in a browser', () => {
  if (!existsSync(CHROMIUM_PATH)) {
    reportMissingPrerequisite(
      'Chromium',
      `${CHROMIUM_PATH} not found (apt-get install chromium, or set CHROMIUM_PATH)`,
    );
    return;
  }

  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startTestServer();
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('when /docs is opened, then every operation of the spec is listed and nothing is blocked', async () => {
    const document = (await (await fetch(`${server.baseUrl}/openapi.json`)).json()) as {
      paths: Record<string, Record<string, unknown>>;
    };
    const expected = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.keys(item)
        .filter((key) => METHODS.includes(key))
        .map((method) => `${method.toUpperCase()} ${path}`),
    );

    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('request', (request) => {
      if (!request.url().startsWith(server.baseUrl)) problems.push(`external request: ${request.url()}`);
    });

    await page.goto(`${server.baseUrl}/docs`);
    await page.locator('.opblock').first().waitFor({ timeout: 20_000 });
    const listed = await page.locator('.opblock-summary').evaluateAll((summaries) =>
      summaries.map((summary) => {
        const method = summary.querySelector('.opblock-summary-method')?.textContent?.trim() ?? '';
        const path = summary.querySelector('.opblock-summary-path')?.getAttribute('data-path') ?? '';
        return `${method} ${path}`;
      }),
    );

    expect(expected.length).toBeGreaterThan(0);
    expect([...listed].sort()).toEqual([...expected].sort());
    expect(await page.title()).toBe('API reference');
    expect(problems).toEqual([]);
  });
});
