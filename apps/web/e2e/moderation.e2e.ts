import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './accessibility';
import { open, startStack, type RunningStack } from './stack';

const PASSWORD = 'TrainAction-demo-2026';
const LEARNER = 'aprendiz@trainaction.demo';
const MODERATOR = 'moderacion@trainaction.demo';

let stack: RunningStack;
let roomId: string;
let cohortId: string;
let moderatorToken: string;

const api = <T>(path: string, init: RequestInit = {}, token = moderatorToken) => stack.api<T>(path, token, init);

beforeAll(async () => {
  stack = await startStack('browser_moderation');
  const learner = await api<{ accessToken: string }>(
    '/auth/login',
    { method: 'POST', body: JSON.stringify({ email: LEARNER, password: PASSWORD }) },
    '',
  );
  const cohorts = await api<{ items: Array<{ id: string }> }>('/cohorts', {}, learner.accessToken);
  const moderator = await api<{ accessToken: string }>(
    '/auth/login',
    { method: 'POST', body: JSON.stringify({ email: MODERATOR, password: PASSWORD }) },
    '',
  );
  moderatorToken = moderator.accessToken;
  const moderated = await api<{ items: Array<{ id: string; myRole?: string }> }>('/cohorts', {});
  const shared = cohorts.items.find((c) => moderated.items.some((mc) => mc.id === c.id && mc.myRole === 'moderator'));
  if (!shared) throw new Error('the demo moderator does not moderate a cohort of the demo learner');
  cohortId = shared.id;
  const rooms = await api<Array<{ id: string; isDefault: boolean }>>(`/cohorts/${cohortId}/rooms`);
  roomId = (rooms.find((r) => r.isDefault) ?? rooms[0]).id;
}, 180_000);
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

describe('moderation in the browser', () => {
  it('a learner reports a message; the moderator sees it arrive live, hides it; the learner sees it hidden with the reason', async () => {
    // A message by the moderator in the learner's room, so the learner has someone else's message to report.
    const text = `Mensaje para reportar ${Date.now()}`;
    const mod = await signedIn(MODERATOR);
    await mod.page.goto(`${stack.url}/rooms/${roomId}`);
    await mod.page.waitForSelector('[data-testid="connection-state"][data-state="connected"]');
    await mod.page.fill('[data-testid="composer-input"]', text);
    await mod.page.keyboard.press('Enter');
    const target = mod.page.locator('[data-testid="message"]', { hasText: text });
    await target.waitFor();
    const messageId = await target.getAttribute('data-message-id');
    expect(messageId).toMatch(/^[0-9a-f]{24}$/);

    // The moderator opens the console and waits for the live watch.
    await mod.page.goto(`${stack.url}/moderation/${cohortId}`);
    await mod.page.waitForSelector('[data-testid="mod-live"][data-watching="true"]');
    expect(await seriousViolations(mod.page)).toEqual([]);

    // The learner reports it from the message menu.
    const learner = await signedIn(LEARNER);
    await learner.page.goto(`${stack.url}/rooms/${roomId}`);
    await learner.page.waitForSelector('[data-testid="connection-state"][data-state="connected"]');
    const message = learner.page.locator(`[data-message-id="${messageId}"]`);
    await message.locator('details.actions > summary').click();
    await message.locator('[data-testid="report-message"]').click();
    const dialog = learner.page.locator('dialog[data-testid="report-dialog"]');
    await dialog.waitFor();
    expect(await dialog.getAttribute('aria-labelledby')).toBe('report-dialog-title');
    await dialog.getByLabel('Inapropiado').check();
    await dialog.locator('textarea').fill('Comentario ofensivo');
    await dialog.getByRole('button', { name: 'Enviar reporte' }).click();
    await learner.page.waitForFunction(() => document.querySelector('[data-testid="mod-status"]')?.textContent?.includes('Gracias'));
    expect(await dialog.isVisible()).toBe(false);

    // The flag arrives live on the console, announced in the live region.
    const flag = mod.page.locator('[data-testid="flag"]', { hasText: 'Inapropiado' }).first();
    await flag.waitFor({ timeout: 15_000 });
    expect(await flag.textContent()).toContain(text);
    await mod.page.waitForFunction(() => document.querySelector('[data-testid="flag-live"]')?.textContent?.includes('Nuevo reporte'));

    // Take it, then hide the message.
    await flag.locator('[data-testid="flag-take"]').click();
    await mod.page.waitForSelector('[data-testid="flag"][data-state="in_progress"]');
    await flag.locator('[data-testid="flag-hide"]').click();
    await flag.locator('[data-testid="flag-hide"]', { hasText: 'Mostrar de nuevo' }).waitFor();

    // The learner sees the message hidden with the reason, live.
    await message.locator('[data-testid="message-hidden"]').waitFor({ timeout: 15_000 });
    expect(await message.locator('[data-testid="message-hidden"]').textContent()).toContain('Mensaje ocultado por moderación: Inapropiado');
    expect(await message.textContent()).not.toContain(text);

    // Resolving it leaves it among the closed ones; the audit log has the hide.
    await flag.locator('[data-testid="flag-resolve"]').click();
    await mod.page.waitForSelector('[data-testid="flags-empty"]');
    const audit = await api<Array<{ action: string; targetId: string }>>(`/cohorts/${cohortId}/audit?action=message.hide`);
    expect(audit.some((e) => e.targetId === messageId)).toBe(true);

    // The console at phone width keeps no serious violations.
    await mod.page.setViewportSize({ width: 360, height: 800 });
    expect(await seriousViolations(mod.page)).toEqual([]);

    await learner.context.close();
    await mod.context.close();
  }, 180_000);

  it("refuses bad input at the web server's relay endpoints with a 400 in the person's language", async () => {
    const mod = await signedIn(MODERATOR);
    const request = mod.page.request;
    const sanction = await request.post(`${stack.url}/moderation/${cohortId}/sanctions`, {
      data: { userId: 'nobody', kind: 'mute', minutes: -1, reason: '' },
    });
    expect(sanction.status()).toBe(400);
    const refused = (await sanction.json()) as { error: { code: string; message: string; details: { path: string }[] } };
    expect(refused.error.code).toBe('VALIDATION_FAILED');
    expect(refused.error.message).toBe('Esta solicitud no es válida. Vuelva a cargar la página e inténtelo de nuevo.');
    expect(refused.error.details.map((d) => d.path)).toEqual(expect.arrayContaining(['body.userId', 'body.minutes', 'body.reason']));
    expect((await request.get(`${stack.url}/moderation/${cohortId}/audit?limit=5000`)).status()).toBe(400);
    expect((await request.patch(`${stack.url}/moderation/${cohortId}/flags/${roomId}`, { data: { state: 'gone' } })).status()).toBe(400);
    expect((await request.get(`${stack.url}/rooms/not-an-id/messages`)).status()).toBe(400);
    // Good input still goes through to the API.
    expect((await request.get(`${stack.url}/moderation/${cohortId}/audit?limit=5`)).status()).toBe(200);
    // In English for someone who chose English.
    await mod.context.addCookies([{ name: 'PARAGLIDE_LOCALE', value: 'en', url: stack.url }]);
    const english = await request.put(`${stack.url}/moderation/${cohortId}/contacts`, { data: { userIds: ['x'] } });
    expect(english.status()).toBe(400);
    expect(((await english.json()) as { error: { message: string } }).error.message).toBe(
      'This request is not valid. Reload the page and try again.',
    );
    await mod.context.close();
  }, 120_000);

  it('downloads the audit log as CSV through the web server', async () => {
    const mod = await signedIn(MODERATOR);
    const response = await mod.page.request.get(`${stack.url}/moderation/${cohortId}/audit.csv`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('text/csv');
    const body = await response.body();
    expect(body.subarray(0, 3).toString('hex')).toBe('efbbbf');
    expect(body.toString('utf8')).toContain('action');
    await mod.context.close();
  }, 120_000);
});
