import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './accessibility';
import { DEMO_PASSWORD, open, startStack, type RunningStack } from './stack';

const COORDINATOR = 'coordinacion@trainaction.demo';
const MODERATOR = 'moderacion@trainaction.demo';
const LEARNER = 'aprendiz@trainaction.demo';
const SLUG = 'introduccion-ciberseguridad';

let stack: RunningStack;
let coordinatorToken: string;
let courseId: string;
let moderatorId: string;

beforeAll(async () => {
  stack = await startStack('browser_forum_moderators');
  coordinatorToken = (await stack.login(COORDINATOR)).accessToken;
  courseId = (await stack.api<{ id: string }>(`/courses/${SLUG}`, coordinatorToken)).id;
  moderatorId = (await stack.login(MODERATOR)).user.id;
}, 180_000);
afterAll(() => stack?.stop());

async function signedIn(email: string, viewport = { width: 1280, height: 900 }): Promise<{ context: BrowserContext; page: Page }> {
  const context = await stack.browser.newContext({ viewport, locale: 'es-HN' });
  const page = await context.newPage();
  await open(page, `${stack.url}/login`);
  await page.fill('input[name="email"]', email);
  await page.fill('input[name="password"]', DEMO_PASSWORD);
  await page.locator('form button[type="submit"]').click();
  await page.waitForURL(/\/home/, { timeout: 60_000 });
  return { context, page };
}

const forumModerators = () => stack.api<string[]>(`/courses/${courseId}/forum-moderators`, coordinatorToken);

describe('naming the moderators of a course forum, in the browser', () => {
  it('a coordinator finds a moderator by name, adds them, saves, and the saved list and the audit log show it', async () => {
    expect(await forumModerators()).toEqual([]);
    const { context, page } = await signedIn(COORDINATOR);

    // From the course page, through the link only coordinators see.
    await open(page, `${stack.url}/courses/${SLUG}`);
    await page.getByRole('link', { name: 'Moderación del foro del curso' }).click();
    await page.waitForURL(new RegExp(`/courses/${SLUG}/forum-moderators$`));
    await page.waitForSelector('html[data-hydrated]', { state: 'attached' });
    expect(await page.locator('h1').textContent()).toBe('Moderación del foro del curso');
    await page.getByTestId('forum-moderators-empty').waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // Search by part of the name: only people with the moderator role come back.
    await page.getByLabel('Buscar por nombre o correo electrónico').fill('Mario Mod');
    await page.getByRole('search').getByRole('button', { name: 'Buscar' }).click();
    const result = page.locator(`[data-testid="forum-moderator-result"][data-user-id="${moderatorId}"]`);
    await result.waitFor();
    await page.getByText('Personas encontradas: 1').waitFor();
    const add = result.getByRole('button', { name: 'Añadir a Mario Moderador' });
    await add.click();
    // The same button now takes them off again, and keeps the focus.
    await result.getByRole('button', { name: 'Quitar a Mario Moderador' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Quitar a Mario Moderador');
    await page.getByTestId('forum-moderators-dirty').waitFor();
    expect(await page.getByTestId('forum-moderator').allTextContents()).toEqual([expect.stringContaining('Mario Moderador')]);

    await page.getByTestId('forum-moderators-save').click();
    await page.getByText('Cambios guardados. Personas moderadoras del foro: 1.').waitFor();
    expect(await page.getByTestId('forum-moderators-dirty').count()).toBe(0);
    expect(await forumModerators()).toEqual([moderatorId]);

    // The audit log below reloads with the change, naming the person.
    const entry = page.locator('[data-testid="audit-row"][data-action="course.forum_moderators"]');
    await entry.waitFor();
    expect(await entry.textContent()).toContain('Mario Moderador');
    expect(await seriousViolations(page)).toEqual([]);

    // After a reload the saved list is what shows.
    await open(page, page.url());
    const saved = page.getByTestId('forum-moderator');
    expect(await saved.count()).toBe(1);
    expect(await saved.first().getAttribute('data-user-id')).toBe(moderatorId);
    expect(await saved.first().textContent()).toContain('Mario Moderador');

    // At phone width the page keeps no serious violations either.
    await page.setViewportSize({ width: 375, height: 812 });
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  }, 180_000);

  it('in English, the coordinator takes them off the list and is told so in English', async () => {
    const { context, page } = await signedIn(COORDINATOR);
    await context.addCookies([{ name: 'PARAGLIDE_LOCALE', value: 'en', url: stack.url }]);
    await open(page, `${stack.url}/courses/${SLUG}/forum-moderators`);
    expect(await page.locator('h1').textContent()).toBe('Course forum moderators');
    await page.getByRole('button', { name: 'Remove Mario Moderador' }).click();
    // The removed person's button is gone: the focus goes to the search box, not to the page's start.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('forum-mods-q');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Changes saved. Forum moderators: 0.').waitFor();
    await page.getByTestId('forum-moderators-empty').waitFor();
    expect(await forumModerators()).toEqual([]);
    await context.close();
  }, 120_000);

  it('shows neither the link nor the page to a learner or a moderator', async () => {
    for (const email of [LEARNER, MODERATOR]) {
      const { context, page } = await signedIn(email);
      await open(page, `${stack.url}/courses/${SLUG}`);
      expect(await page.getByRole('link', { name: 'Moderación del foro del curso' }).count()).toBe(0);
      const response = await page.goto(`${stack.url}/courses/${SLUG}/forum-moderators`);
      expect(response?.status()).toBe(403);
      const put = await page.request.put(`${stack.url}/courses/${SLUG}/forum-moderators`, { data: { userIds: [moderatorId] } });
      expect(put.status()).toBe(403);
      await context.close();
    }
    expect(await forumModerators()).toEqual([]);
  }, 120_000);
});
