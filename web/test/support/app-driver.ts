import type { Page } from 'playwright-core';
import { expect } from 'vitest';

let counter = 0;
/** A unique e-mail address per call, so tests never share an account. */
export function uniqueEmail(prefix = 'user'): string {
  counter += 1;
  return `${prefix}-${process.pid}-${Date.now()}-${counter}@example.com`;
}

export const PASSWORD = 'correct horse battery';

/** Registers through the UI and waits until the app shows the signed-in header. */
export async function register(page: Page, email: string, name = 'Ada Lovelace') {
  await page.getByRole('button', { name: 'New here? Create an account' }).click();
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expectSignedIn(page, name);
}

export async function login(page: Page, email: string, name: string) {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Log in' }).click();
  await expectSignedIn(page, name);
}

export async function expectSignedIn(page: Page, name: string) {
  await page
    .getByTestId('signed-in-as')
    .filter({ hasText: `Signed in as ${name}` })
    .waitFor({ timeout: 15_000 });
}

/** Creates a project from the list page and opens it. */
export async function createProject(page: Page, name: string) {
  await page.getByLabel('Project name').fill(name);
  await page.getByRole('button', { name: 'Create project' }).click();
  await page.getByRole('heading', { name, level: 2 }).waitFor();
}

export async function addTask(page: Page, title: string) {
  await page.getByLabel('Task title').fill(title);
  await page.getByRole('button', { name: 'Add task' }).click();
  await page.getByTestId('task-card').filter({ hasText: title }).waitFor();
}

/** What the field's error says, found through the control's aria-describedby (i.e. shown by that field). */
export async function fieldError(page: Page, label: string): Promise<string> {
  const control = page.getByLabel(label, { exact: true });
  await expect.poll(() => control.getAttribute('aria-invalid'), { timeout: 10_000 }).toBe('true');
  const id = await control.getAttribute('aria-describedby');
  return (await page.locator(`[id="${id}"]`).textContent()) ?? '';
}
