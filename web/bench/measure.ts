/**
 * `npm run bench:web`: the figures the browser tests do not assert (no timing in tests):
 * the two-tab refresh race run N times, the SSE delay from tab A's action to tab B's screen
 * (median), and the production bundle's gzip size, total and the SDK + query share.
 * Prints JSON (`RACE_RUNS`, `SSE_RUNS` change the counts). A shared machine is noisy: compare medians of several runs.
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { it } from 'vitest';
import { startTestServer } from '../../server/test/helpers/test-server.js';
import { expectSignedIn, register, uniqueEmail } from '../test/support/app-driver.js';
import { openProfile } from '../test/support/browser.js';
import { buildApp, buildProduction } from '../test/support/build-app.js';
import { serveApp } from '../test/support/static-server.js';

const RACE_RUNS = Number(process.env.RACE_RUNS ?? 20);
const SSE_RUNS = Number(process.env.SSE_RUNS ?? 10);

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

async function gzipSizes(dir: string): Promise<Record<string, number>> {
  const sizes: Record<string, number> = {};
  for (const name of await readdir(join(dir, 'assets'))) {
    if (!/\.(js|css)$/.test(name)) continue;
    sizes[name] = gzipSync(await readFile(join(dir, 'assets', name)), { level: 9 }).length;
  }
  return sizes;
}

/** Total gzip of the default build, and of a build that puts the SDK and the query layer in their own chunk. */
async function bundleSizes() {
  const dist = await buildApp();
  const total = Object.values(await gzipSizes(dist)).reduce((sum, size) => sum + size, 0);
  const split = `${dist}-split`;
  await buildProduction({
    build: {
      outDir: split,
      emptyOutDir: true,
      sourcemap: false,
      rolldownOptions: {
        output: {
          codeSplitting: {
            groups: [
              { name: 'sdk', test: /client-sdk[\\/]dist|openapi-fetch/ },
              { name: 'query', test: /src[\\/]generated|@tanstack/ },
            ],
          },
        },
      },
    },
  });
  const sizes = await gzipSizes(split);
  const of = (prefix: string) =>
    Object.entries(sizes)
      .filter(([name]) => name.startsWith(prefix))
      .reduce((sum, [, size]) => sum + size, 0);
  await rm(dist, { recursive: true, force: true });
  await rm(split, { recursive: true, force: true });
  return {
    totalGzipBytes: total,
    sdkGzipBytes: of('sdk-'),
    queryGzipBytes: of('query-'),
    splitChunks: sizes,
  };
}

async function main() {
  const bundle = await bundleSizes();
  const dist = await buildApp();
  const app = await serveApp(dist);
  const server = await startTestServer({ env: { CORS_ORIGINS: app.origin } });
  app.setApi(server.baseUrl);
  try {
    let signedInBoth = 0;
    for (let run = 0; run < RACE_RUNS; run++) {
      const profile = await openProfile();
      try {
        const page = await profile.context.newPage();
        await page.goto(app.origin);
        await register(page, uniqueEmail('race'));
        await page.close();
        const [first, second] = await Promise.all([profile.context.newPage(), profile.context.newPage()]);
        await Promise.all([first.goto(app.origin), second.goto(app.origin)]);
        const ok = await Promise.all(
          [first, second].map((tab) =>
            expectSignedIn(tab, 'Ada Lovelace').then(
              () => true,
              () => false,
            ),
          ),
        );
        // Still signed in afterwards: a third load with whatever cookie the race left.
        await first.reload();
        const after = await expectSignedIn(first, 'Ada Lovelace').then(
          () => true,
          () => false,
        );
        if (ok.every(Boolean) && after) signedInBoth++;
      } finally {
        await profile.close();
      }
    }

    const delays: number[] = [];
    const profile = await openProfile();
    try {
      const a = await profile.context.newPage();
      await a.goto(app.origin);
      await register(a, uniqueEmail('sse'));
      await a.getByLabel('Project name').fill('Latency');
      await a.getByRole('button', { name: 'Create project' }).click();
      const b = await profile.context.newPage();
      await b.goto(app.origin);
      await expectSignedIn(b, 'Ada Lovelace');
      await b.getByRole('button', { name: 'Latency' }).click();
      await b.locator('[data-testid="live-state"][data-state="live"]').waitFor({ timeout: 15_000 });
      for (let run = 0; run < SSE_RUNS; run++) {
        const title = `Task ${run} ${Date.now()}`;
        await b.evaluate((wanted) => {
          const w = window as unknown as { seenAt?: number };
          w.seenAt = undefined;
          const observer = new MutationObserver(() => {
            if (document.body.textContent?.includes(wanted)) {
              w.seenAt = Date.now();
              observer.disconnect();
            }
          });
          observer.observe(document.body, { childList: true, subtree: true, characterData: true });
        }, title);
        await a.getByLabel('Task title').fill(title);
        const clickedAt = await a.evaluate(() => {
          (document.querySelector('form[aria-label="New task"]') as HTMLFormElement).requestSubmit();
          return Date.now();
        });
        await b.waitForFunction(
          () => (window as unknown as { seenAt?: number }).seenAt !== undefined,
          undefined,
          { timeout: 15_000 },
        );
        const seenAt = await b.evaluate(() => (window as unknown as { seenAt: number }).seenAt);
        delays.push(seenAt - clickedAt);
      }
    } finally {
      await profile.close();
    }
    console.log(
      JSON.stringify(
        {
          twoTabRace: { runs: RACE_RUNS, signedInEveryTab: signedInBoth },
          sseDelayMs: { runs: SSE_RUNS, median: median(delays), all: delays },
          bundle,
        },
        null,
        2,
      ),
    );
  } finally {
    await server.close();
    await app.close();
    await rm(dist, { recursive: true, force: true });
  }
}

// Run through vitest (it compiles the TypeScript and the server's sources the same way the tests do).
it('measures the web app', main, 900_000);
