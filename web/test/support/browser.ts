import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const chromiumAvailable = () => existsSync(CHROMIUM_PATH);

// No network beyond 127.0.0.1: no background fetches, updates or sync.
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** One browser profile (a fresh --user-data-dir): its pages share cookies like tabs of one window. */
export interface Profile {
  context: BrowserContext;
  /** Requests that left for anywhere other than 127.0.0.1. */
  external: string[];
  close(): Promise<void>;
}

export async function openProfile(): Promise<Profile> {
  const dir = await mkdtemp(join(tmpdir(), 'taskboard-web-profile-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM_PATH,
    args: FLAGS,
    acceptDownloads: true,
  });
  const external: string[] = [];
  context.on('request', (request) => {
    const url = request.url();
    if (!/^(http:\/\/127\.0\.0\.1[:/]|data:|blob:)/.test(url)) external.push(url);
  });
  return {
    context,
    external,
    async close() {
      await context.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Saves a screenshot of every open page when a test failed, under web/test-results/. */
export async function screenshotOnFailure(profile: Profile | undefined, name: string, failed: boolean) {
  if (!profile || !failed) return;
  const safe = name.replace(/[^a-z0-9]+/gi, '-').slice(0, 80);
  let index = 0;
  for (const page of profile.context.pages()) {
    await page
      .screenshot({
        path: join(import.meta.dirname, '..', '..', 'test-results', `${safe}-${index++}.png`),
        fullPage: true,
      })
      .catch(() => undefined);
  }
}

export type { Page };
