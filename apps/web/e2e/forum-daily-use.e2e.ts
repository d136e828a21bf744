// Issue 23, forum and search in daily use (Chromium, Spanish): matched words highlighted in search results,
// room messages found, thread lists sorted on request, a post quoted in a reply; laptop and phone widths.
import type { BrowserContext, Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './accessibility';
import { open, startStack, type RunningStack } from './stack';

const PASSWORD = 'TrainAction-demo-2026';
const LEARNER = 'aprendiz@trainaction.demo';
const SHOTS = process.env.SCREENSHOT_DIR ?? '/tmp/forum-daily-use';

let stack: RunningStack;
let cohortId: string;
let threadId: string;
let activityId: string;

beforeAll(async () => {
  stack = await startStack('browser_forum_daily');
  const learner = await stack.login(LEARNER);
  const cohorts = await stack.api<{ items: Array<{ id: string }> } | Array<{ id: string }>>('/cohorts?scope=mine', learner.accessToken);
  cohortId = (Array.isArray(cohorts) ? cohorts : cohorts.items)[0].id;
  const post = (path: string, body: unknown) =>
    stack.api<{ id: string }>(path, learner.accessToken, {
      method: 'POST',
      body: JSON.stringify(body),
      headers: { 'content-type': 'application/json' },
    });
  threadId = (
    await post(`/cohorts/${cohortId}/threads`, {
      title: 'Cartografía del delito',
      body: 'Mapas de cartografía social.',
      kind: 'discussion',
    })
  ).id;
  await post(`/threads/${threadId}/posts`, { body: 'La cartografía participativa ayuda a priorizar.' });
  // A forum activity of the cohort's course, opened by the cohort's moderator as a thread of its forum.
  const cohort = await stack.api<{ course: { slug: string } }>(`/cohorts/${cohortId}`, learner.accessToken);
  const course = await stack.api<{ modules: Array<{ activities: Array<{ id: string; kind: string }> }> }>(
    `/courses/${cohort.course.slug}`,
    learner.accessToken,
  );
  activityId = course.modules.flatMap((mod) => mod.activities).find((a) => a.kind === 'forum')!.id;
  const moderator = await stack.login('moderacion@trainaction.demo');
  await stack.api(`/cohorts/${cohortId}/threads`, moderator.accessToken, {
    method: 'POST',
    body: JSON.stringify({ title: 'Debate: prevención en mi país', body: 'Comparta una experiencia.', kind: 'discussion', activityId }),
    headers: { 'content-type': 'application/json' },
  });
  mkdirSync(SHOTS, { recursive: true });
}, 240_000);
afterAll(() => stack?.stop());

async function signedIn(viewport: { width: number; height: number }): Promise<{ context: BrowserContext; page: Page }> {
  const context = await stack.browser.newContext({ viewport, locale: 'es-HN' });
  const page = await context.newPage();
  await open(page, `${stack.url}/login`);
  await page.fill('input[name="email"]', LEARNER);
  await page.fill('input[name="password"]', PASSWORD);
  await page.locator('form button[type="submit"]').click();
  await page.waitForURL(/\/home/, { timeout: 60_000 });
  return { context, page };
}

describe('forum and search in daily use', () => {
  for (const [name, viewport] of [
    ['laptop', { width: 1280, height: 900 }],
    ['phone', { width: 390, height: 844 }],
  ] as const) {
    it(`highlights the words found, whatever their accents (${name})`, async () => {
      const { context, page } = await signedIn(viewport);
      try {
        await page.goto(`${stack.url}/forum/search?q=${encodeURIComponent('cartografia')}`);
        const marks = page.locator('mark', { hasText: /cartografía/i });
        await marks.first().waitFor();
        expect(await marks.count()).toBeGreaterThanOrEqual(3);
        expect(await page.locator('mark script').count()).toBe(0);
        expect(await seriousViolations(page)).toEqual([]);
        await page.screenshot({ path: `${SHOTS}/search-${name}.png`, fullPage: true });
      } finally {
        await context.close();
      }
    }, 120_000);
  }

  it('sorts the thread list on request and quotes a post in a reply (laptop and phone)', async () => {
    const { context, page } = await signedIn({ width: 1280, height: 900 });
    try {
      await page.goto(`${stack.url}/forum/${cohortId}`);
      const sort = page.locator('[data-testid="thread-sort"]');
      expect(await sort.locator('a[aria-current="page"]').textContent()).toContain('Última actividad');
      await sort.locator('a', { hasText: 'Sin respuesta' }).click();
      await page.waitForURL(/sort=unanswered/);
      expect(await sort.locator('a[aria-current="page"]').textContent()).toContain('Sin respuesta');
      expect(await page.locator('[data-testid="thread-item"]', { hasText: 'Cartografía del delito' }).count()).toBe(0);
      await sort.locator('a', { hasText: 'Última actividad' }).click();
      await page.waitForURL(/sort=activity/);
      await page.locator('[data-testid="thread-item"]', { hasText: 'Cartografía del delito' }).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: `${SHOTS}/forum-laptop.png`, fullPage: true });

      await page.goto(`${stack.url}/forum/threads/${threadId}?cohort=${cohortId}`);
      await page.locator('[data-testid="quote-post"]').first().click();
      await page.locator('[data-testid="quoting"]').waitFor();
      await page.locator('#reply-body-thread').fill('Coincido con esta idea.');
      await page.locator('#reply-body-thread').locator('xpath=ancestor::form').locator('[data-testid="reply-submit"]').click();
      const quote = page.locator('[data-testid="post-quote"]').first();
      await quote.waitFor();
      expect(await quote.textContent()).toContain('La cartografía participativa ayuda a priorizar.');
      expect(await seriousViolations(page)).toEqual([]);
      await page.setViewportSize({ width: 390, height: 844 });
      await page.screenshot({ path: `${SHOTS}/thread-quote-phone.png`, fullPage: true });
      await page.goto(`${stack.url}/forum/${cohortId}`);
      await page.screenshot({ path: `${SHOTS}/forum-phone.png`, fullPage: true });
    } finally {
      await context.close();
    }
  }, 180_000);

  it("shows a forum activity's thread and whether the learner has completed it (phone)", async () => {
    const { context, page } = await signedIn({ width: 390, height: 844 });
    try {
      await page.goto(`${stack.url}/activities/${activityId}?cohort=${cohortId}`);
      const section = page.locator('[data-testid="forum-activity"]');
      await section.waitFor();
      expect(await section.locator('[data-testid="forum-activity-status"]').first().textContent()).toContain('Actividad pendiente');
      expect(await section.textContent()).toContain('Publicación inicial: no. Respuestas a compañeros: 0 de');
      await section.locator('a', { hasText: 'Ir al hilo del debate' }).first().click();
      await page.waitForURL(/\/forum\/threads\//);
      expect(await page.locator('h1').textContent()).toContain('Debate: prevención en mi país');
      await page.goBack();
      await section.waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: `${SHOTS}/forum-activity-phone.png`, fullPage: true });
    } finally {
      await context.close();
    }
  }, 120_000);
});
