import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { startMock } from 'specloom/mock';
import { afterAll, afterEach, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { startTestServer, type TestServer } from '../../server/test/helpers/test-server.js';
import {
  addTask,
  createProject,
  expectSignedIn,
  fieldError,
  login,
  PASSWORD,
  register,
  uniqueEmail,
} from './support/app-driver.js';
import {
  CHROMIUM_PATH,
  chromiumAvailable,
  openProfile,
  type Profile,
  screenshotOnFailure,
} from './support/browser.js';
import { buildApp } from './support/build-app.js';
import { serveApp } from './support/static-server.js';

/* The example app in headless Chromium against the real server, then the same flow against the stateful mock. */

const SPEC = join(import.meta.dirname, '..', '..', 'openapi', 'openapi.yaml');
const onCi = process.env.CI === 'true';

let dist: string;
let app: Awaited<ReturnType<typeof serveApp>>;
let profile: Profile | undefined;

async function newProfile(name: string): Promise<Profile> {
  profile = await openProfile();
  const opened = profile;
  onTestFailed(() => screenshotOnFailure(opened, name, true));
  return opened;
}

if (!chromiumAvailable()) {
  describe('the web app in a browser', () => {
    if (onCi)
      it('Chromium is available (required on CI)', () =>
        expect.fail(`${CHROMIUM_PATH} not found: apt-get install chromium`));
    else
      it.skip(
        `browser tests (not run: ${CHROMIUM_PATH} not found; apt-get install chromium or set CHROMIUM_PATH)`,
      );
  });
} else {
  beforeAll(async () => {
    dist = await buildApp();
    app = await serveApp(dist);
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    if (dist) await rm(dist, { recursive: true, force: true });
  });
  afterEach(async () => {
    await profile?.close();
    profile = undefined;
  });

  describe('the web app against the real server', () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer({ env: { CORS_ORIGINS: app.origin } });
    }, 60_000);
    afterAll(async () => server?.close());

    const open = async (name: string) => {
      app.setApi(server.baseUrl);
      const opened = await newProfile(name);
      const page = await opened.context.newPage();
      await page.goto(app.origin);
      return { profile: opened, page };
    };

    it('when a user registers, works on a project and logs out, then every step shows in the UI', async () => {
      const colleague = uniqueEmail('colleague');
      const registered = await fetch(`${server.baseUrl}/auth/register`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: colleague, password: PASSWORD, displayName: 'Grace Hopper' }),
      });
      expect(registered.status).toBe(201);

      const { profile: opened, page } = await open('full flow');
      const email = uniqueEmail();
      await register(page, email);
      await page.getByText('No projects yet').waitFor();
      await createProject(page, 'Launch');
      await page.getByText('No tasks yet').waitFor();
      // The connection state is visible: live once the event stream is open.
      await page.locator('[data-testid="live-state"][data-state="live"]').waitFor({ timeout: 15_000 });

      await addTask(page, 'Write the announcement');
      const card = page.getByTestId('task-card').filter({ hasText: 'Write the announcement' });
      await card.getByLabel(/Status of/).selectOption('in_progress');
      await page
        .getByRole('region', { name: 'In progress' })
        .getByRole('button', { name: 'Write the announcement' })
        .waitFor();

      await card.getByRole('button', { name: 'Write the announcement' }).click();
      await page.getByLabel('Title', { exact: true }).fill('Write and send the announcement');
      await page.getByRole('button', { name: 'Save task' }).click();
      await page.getByRole('heading', { name: 'Write and send the announcement' }).waitFor();

      await page.getByLabel('Comment', { exact: true }).fill('Draft is in the shared folder.');
      await page.getByRole('button', { name: 'Add comment' }).click();
      await page.getByText('Draft is in the shared folder.').waitFor();

      await page
        .getByLabel(/Attach a file/)
        .setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
      const downloadButton = page.getByRole('button', { name: 'Download notes.txt' });
      await downloadButton.waitFor();
      const [download] = await Promise.all([page.waitForEvent('download'), downloadButton.click()]);
      expect(download.suggestedFilename()).toBe('notes.txt');

      await page.getByLabel('Member email').fill(colleague);
      await page.getByRole('button', { name: 'Add member' }).click();
      await page.getByRole('button', { name: 'Remove Grace Hopper' }).click();
      await expect.poll(() => page.getByText('Grace Hopper').count()).toBe(0);

      // A reload keeps the session (refresh cookie), a logout ends it, a login brings the data back.
      await page.reload();
      await expectSignedIn(page, 'Ada Lovelace');
      await page.getByRole('button', { name: 'Log out' }).click();
      await page.getByRole('heading', { name: 'Log in' }).waitFor();
      await page.reload();
      await page.getByRole('heading', { name: 'Log in' }).waitFor();
      await login(page, email, 'Ada Lovelace');
      await page.getByRole('button', { name: 'Launch' }).waitFor();
      expect(opened.external).toEqual([]);
    }, 90_000);

    it('when a task title is too long, then the message is shown by the title field', async () => {
      const { page } = await open('validation error');
      await register(page, uniqueEmail());
      await createProject(page, 'Validation');
      await page.getByLabel('Task title').fill('x'.repeat(201));
      await page.getByRole('button', { name: 'Add task' }).click();
      const message = await fieldError(page, 'Task title');
      expect(message).not.toBe('');
      expect(message).not.toMatch(/\/body\//);
    }, 60_000);

    it('when the access token has expired, then concurrent calls share exactly one refresh', async () => {
      const { page } = await open('one refresh');
      await register(page, uniqueEmail());
      await createProject(page, 'Expiry');
      await page.getByRole('button', { name: '← Projects' }).click();

      // The server would answer 401 to an expired token: every call still carrying the current one gets that.
      let current: string | undefined;
      page.on('request', (request) => {
        const header = request.headers().authorization;
        if (header && current === undefined) current = header;
      });
      await page.reload();
      await expectSignedIn(page, 'Ada Lovelace');
      await page.getByRole('button', { name: 'Expiry' }).waitFor();
      expect(current).toBeDefined();
      const expired = current;
      let refreshes = 0;
      let rejected = 0;
      page.on('request', (request) => {
        if (request.method() === 'POST' && request.url().endsWith('/auth/refresh')) refreshes++;
      });
      await page.context().route(`${server.baseUrl}/**`, async (route) => {
        if (route.request().headers().authorization !== expired) return route.fallback();
        rejected++;
        await route.fulfill({
          status: 401,
          headers: {
            'content-type': 'application/problem+json',
            'www-authenticate': 'Bearer error="invalid_token"',
            'access-control-allow-origin': app.origin,
            'access-control-allow-credentials': 'true',
          },
          body: JSON.stringify({
            type: 'about:blank',
            title: 'Unauthorized',
            status: 401,
            detail: 'The access token has expired.',
          }),
        });
      });
      await page.getByRole('button', { name: 'Expiry' }).click();
      await page.getByText('No tasks yet').waitFor();
      await page.getByRole('heading', { name: 'Members' }).waitFor();
      await page.locator('.members li').first().waitFor();
      expect(rejected).toBeGreaterThanOrEqual(3);
      expect(refreshes).toBe(1);
      await expectSignedIn(page, 'Ada Lovelace');
    }, 60_000);

    it('when two tabs open together, then both restore the session and stay signed in', async () => {
      const { profile: opened, page } = await open('two tabs');
      await register(page, uniqueEmail());
      await page.close();
      const [first, second] = await Promise.all([opened.context.newPage(), opened.context.newPage()]);
      await Promise.all([first.goto(app.origin), second.goto(app.origin)]);
      await Promise.all([expectSignedIn(first, 'Ada Lovelace'), expectSignedIn(second, 'Ada Lovelace')]);
      // The session survives what comes next: another reload of either tab.
      await second.reload();
      await expectSignedIn(second, 'Ada Lovelace');
    }, 60_000);

    it('when tab A creates a task, then tab B shows it without reloading', async () => {
      const { profile: opened, page: a } = await open('live updates');
      await register(a, uniqueEmail());
      await createProject(a, 'Live');
      const b = await opened.context.newPage();
      await b.goto(app.origin);
      await expectSignedIn(b, 'Ada Lovelace');
      await b.getByRole('button', { name: 'Live' }).click();
      await b.getByText('No tasks yet').waitFor();
      await b.locator('[data-testid="live-state"][data-state="live"]').waitFor({ timeout: 15_000 });
      await addTask(a, 'Seen in the other tab');
      await b
        .getByTestId('task-card')
        .filter({ hasText: 'Seen in the other tab' })
        .waitFor({ timeout: 15_000 });
    }, 60_000);
  });

  describe('the web app against the stateful mock (only the base URL changes)', () => {
    let mock: Awaited<ReturnType<typeof startMock>>;
    beforeAll(async () => {
      mock = await startMock({
        spec: SPEC,
        host: '127.0.0.1',
        port: 0,
        stateful: true,
        origins: [app.origin],
      });
    }, 60_000);
    afterAll(async () => mock?.close());

    it('when a user registers and adds a task, then the board shows it', async () => {
      app.setApi(mock.url);
      const opened = await newProfile('mock flow');
      const page = await opened.context.newPage();
      await page.goto(app.origin);
      const signedIn = page.getByTestId('signed-in-as');
      // The mock may restore a session on load; otherwise register as a new user would.
      await Promise.race([signedIn.waitFor(), page.getByRole('heading', { name: 'Log in' }).waitFor()]);
      if (await page.getByRole('heading', { name: 'Log in' }).isVisible()) {
        await page.getByRole('button', { name: 'New here? Create an account' }).click();
        await page.getByLabel('Name').fill('Ada Lovelace');
        await page.getByLabel('Email').fill(uniqueEmail());
        await page.getByLabel('Password').fill(PASSWORD);
        await page.getByRole('button', { name: 'Create account' }).click();
        await signedIn.filter({ hasText: 'Signed in as' }).waitFor({ timeout: 15_000 });
      }
      await createProject(page, 'Mocked');
      await addTask(page, 'Works on the mock');
      expect(opened.external).toEqual([]);
    }, 60_000);
  });
}
