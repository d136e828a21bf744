import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './accessibility';
import { open, startStack, type RunningStack } from './stack';

const PASSWORD = 'TrainAction-demo-2026';
const LEARNER = 'aprendiz@trainaction.demo';
const COORDINATOR = 'coordinacion@trainaction.demo';

let stack: RunningStack;
let cohortId: string;
let peerEmail: string;

const api = <T>(path: string, token: string, init: RequestInit = {}) => stack.api<T>(path, token, init);

const login = (email: string) => stack.login(email);

beforeAll(async () => {
  stack = await startStack('browser_forum');
  const learner = await login(LEARNER);
  const cohorts = await api<{ items: Array<{ id: string }> } | Array<{ id: string }>>('/cohorts?scope=mine', learner.accessToken);
  cohortId = (Array.isArray(cohorts) ? cohorts : cohorts.items)[0].id;
  // Another learner of the same cohort, found as the coordinator (who sees e-mail addresses).
  const coordinator = await login(COORDINATOR);
  const members = await api<{ items: Array<{ userId: string; role: string; email?: string }> }>(
    `/cohorts/${cohortId}/members`,
    coordinator.accessToken,
  );
  const peer = members.items.find((p) => p.role === 'learner' && p.userId !== learner.user.id && p.email);
  if (!peer?.email) throw new Error('no second learner in the cohort');
  peerEmail = peer.email;
}, 240_000);
afterAll(() => stack?.stop());

async function signedIn(email: string, viewport = { width: 1280, height: 900 }): Promise<{ context: BrowserContext; page: Page }> {
  const context = await stack.browser.newContext({ viewport, locale: 'es-HN' });
  const page = await context.newPage();
  await open(page, `${stack.url}/login`);
  await page.fill('input[name="email"]', email);
  await page.fill('input[name="password"]', PASSWORD);
  await page.locator('form button[type="submit"]').click();
  await page.waitForURL(/\/home/, { timeout: 60_000 });
  return { context, page };
}

async function live(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid="forum-live"][data-state="connected"]', { timeout: 30_000 });
}

describe('forums in the browser', () => {
  it('two learners of one cohort: a new thread and a reply appear live, the follower gets a notification', async () => {
    const a = await signedIn(LEARNER);
    const b = await signedIn(peerEmail);
    try {
      // Both on the cohort forum; the "Foros" link leads there.
      await b.page.goto(`${stack.url}/forum/${cohortId}`);
      await live(b.page);
      await a.page.goto(`${stack.url}/cohorts/${cohortId}`);
      await a.page.locator('[data-testid="cohort-forum-link"]').click();
      await a.page.waitForURL(new RegExp(`/forum/${cohortId}`));
      await live(a.page);
      expect(await a.page.locator('[data-testid="tab-cohort"]').getAttribute('aria-current')).toBe('page');
      expect(await seriousViolations(a.page)).toEqual([]);

      // A starts a question.
      const title = `¿Cómo medimos la confianza ciudadana? ${Date.now()}`;
      await a.page.locator('[data-testid="new-thread-open"]').click();
      await a.page.fill('#thread-title', title);
      await a.page.locator('input[name="kind"][value="question"]').check();
      await a.page.fill('#thread-body', 'Busco **indicadores** usados en Honduras y Guatemala.');
      await a.page.locator('[data-testid="new-thread-submit"]').click();
      await a.page.waitForURL(/\/forum\/threads\/[0-9a-f]{24}/);
      const threadUrl = a.page.url();
      await live(a.page);
      expect(await a.page.locator('h1').textContent()).toContain(title);
      expect(await seriousViolations(a.page)).toEqual([]);

      // B sees the new thread without reloading.
      const item = b.page.locator('[data-testid="thread-item"]', { hasText: title });
      await item.waitFor({ timeout: 15_000 });
      await item.locator('a').click();
      await b.page.waitForURL(/\/forum\/threads\//);
      await live(b.page);

      // The author follows the thread (follow it if the API does not do so by itself).
      const follow = a.page.locator('[data-testid="follow-toggle"]');
      if ((await follow.getAttribute('aria-pressed')) !== 'true') {
        await follow.click();
        await a.page.waitForSelector('[data-testid="follow-toggle"][aria-pressed="true"]');
      }

      // B replies; it appears live for A, announced in the live region, and A gets a notification.
      const reply = 'En El Salvador usamos la encuesta de victimización.';
      await b.page.locator('section.reply-root [data-testid="reply-body"]').fill(reply);
      await b.page.locator('section.reply-root [data-testid="reply-submit"]').click();
      await b.page.locator('[data-testid="post-body"]', { hasText: reply }).waitFor();
      await a.page.locator('[data-testid="post-body"]', { hasText: reply }).waitFor({ timeout: 15_000 });
      await a.page.waitForFunction(() =>
        document.querySelector('[data-testid="thread-announce"]')?.textContent?.includes('Nueva respuesta'),
      );
      await a.page.waitForSelector('[data-testid="notification-count"]', { timeout: 15_000 });

      // A replies to B's post (a nested reply) and accepts B's answer.
      const bPost = a.page.locator('[data-testid="post"]', { hasText: reply });
      await bPost.locator('[data-testid="reply-to"]').first().click();
      await bPost.locator('[data-testid="reply-body"]').fill('¡Gracias! ¿Tiene el enlace?');
      await bPost.locator('[data-testid="reply-submit"]').click();
      await a.page.locator('[data-testid="post"][data-depth="2"]', { hasText: '¿Tiene el enlace?' }).waitFor();
      await b.page.locator('[data-testid="post"][data-depth="2"]', { hasText: '¿Tiene el enlace?' }).waitFor({ timeout: 15_000 });
      await bPost.locator('[data-testid="accept-answer"]').first().click();
      await a.page.locator('[data-testid="accepted-badge"]').waitFor();

      // The notifications page lists it, unread first, and marks all read.
      await a.page.goto(`${stack.url}/notifications`);
      const first = a.page.locator('[data-testid="notification"]').first();
      expect(await first.getAttribute('data-read')).toBe('false');
      expect(await seriousViolations(a.page)).toEqual([]);
      await a.page.locator('[data-testid="notifications-read-all"]').click();
      await a.page.waitForSelector('[data-testid="notification"][data-read="false"]', { state: 'detached' });
      await a.page.waitForSelector('[data-testid="notification-count"]', { state: 'detached' });

      // Search finds the thread.
      await a.page.goto(`${stack.url}/forum/search?q=${encodeURIComponent('victimización')}`);
      await a.page.locator('a', { hasText: 'Ver la publicación' }).first().waitFor();
      expect(threadUrl).toContain('/forum/threads/');
    } finally {
      await a.context.close();
      await b.context.close();
    }
  }, 180_000);
});
