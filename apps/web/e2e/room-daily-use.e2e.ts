import { mkdirSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './accessibility';
import { DEMO_PASSWORD, open, startStack, type RunningStack } from './stack';

const LEARNER = 'aprendiz@trainaction.demo';
const MODERATOR = 'moderacion@trainaction.demo';
const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1366, height: 768 };
const SHOTS = '/tmp/room-shots';

let stack: RunningStack;
let roomId: string;
let cohortId: string;
let learnerId: string;
let moderatorToken: string;

const api = <T>(path: string, init: RequestInit = {}, token = moderatorToken) => stack.api<T>(path, token, init);

beforeAll(async () => {
  // Enough sends per second for a test to fill a room quickly.
  stack = await startStack('browser_room_daily', { MESSAGE_RATE_PER_SECOND: '50', MESSAGE_BURST: '200' });
  const learner = await stack.login(LEARNER);
  learnerId = learner.user.id;
  const cohorts = await api<{ items: Array<{ id: string }> }>('/cohorts', {}, learner.accessToken);
  const moderator = await stack.login(MODERATOR);
  moderatorToken = moderator.accessToken;
  const moderated = await api<{ items: Array<{ id: string; myRole?: string }> }>('/cohorts');
  const shared = cohorts.items.find((c) => moderated.items.some((mc) => mc.id === c.id && mc.myRole === 'moderator'));
  if (!shared) throw new Error('the demo moderator does not moderate a cohort of the demo learner');
  cohortId = shared.id;
  const rooms = await api<Array<{ id: string; isDefault: boolean }>>(`/cohorts/${cohortId}/rooms`);
  roomId = (rooms.find((r) => r.isDefault) ?? rooms[0]).id;
  mkdirSync(SHOTS, { recursive: true });
}, 180_000);
afterAll(() => stack?.stop());

async function signedIn(email: string, viewport = LAPTOP, locale: 'es' | 'en' = 'es'): Promise<{ context: BrowserContext; page: Page }> {
  const context = await stack.browser.newContext({ viewport, locale: locale === 'es' ? 'es-HN' : 'en-US' });
  const page = await context.newPage();
  await open(page, `${stack.url}/login`);
  await page.fill('input[name="email"]', email);
  await page.fill('input[name="password"]', DEMO_PASSWORD);
  await page.locator('form button[type="submit"]').click();
  await page.waitForURL(/\/home/, { timeout: 60_000 });
  // Signing in sets the account's language; the English views choose English afterwards.
  if (locale === 'en') await context.addCookies([{ name: 'PARAGLIDE_LOCALE', value: 'en', url: stack.url }]);
  return { context, page };
}

async function openRoom(page: Page): Promise<void> {
  await open(page, `${stack.url}/rooms/${roomId}`);
  await page.waitForSelector('[data-testid="connection-state"][data-state="connected"]');
}

async function send(page: Page, text: string): Promise<void> {
  await page.fill('[data-testid="composer-input"]', text);
  await page.keyboard.press('Enter');
  await page.locator('[data-testid="message"]', { hasText: text }).waitFor();
}

/** The composer's text box and send button lie inside the viewport with the page not scrolled. */
async function composerInView(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const box = (id: string) => document.querySelector(`[data-testid="${id}"]`)!.getBoundingClientRect();
    const input = box('composer-input');
    const button = box('composer-send');
    return window.scrollY === 0 && input.top >= 0 && input.bottom <= window.innerHeight && button.bottom <= window.innerHeight;
  });
}

describe('the live room, day to day', () => {
  it('at phone width: the composer is in view, one skip link away, and a cue counts new messages while scrolled up', async () => {
    const mod = await signedIn(MODERATOR);
    await openRoom(mod.page);
    for (let i = 0; i < 14; i++) await send(mod.page, `Mensaje de relleno ${i} ${'texto '.repeat(12)}`);

    const learner = await signedIn(LEARNER, PHONE);
    await openRoom(learner.page);
    expect(await composerInView(learner.page)).toBe(true);

    // From the top of the page: the page's own skip link, then the room's, which lands in the composer.
    await learner.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await learner.page.keyboard.press('Tab');
    await learner.page.keyboard.press('Tab');
    expect(await learner.page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Ir a escribir un mensaje');
    await learner.page.keyboard.press('Enter');
    expect(await learner.page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('composer-input');

    // Scrolled up, new messages are counted, not scrolled into view.
    const scroller = learner.page.locator('[data-testid="message-scroller"]');
    await scroller.evaluate((el) => (el.scrollTop = 0));
    await learner.page.waitForTimeout(300);
    expect(await learner.page.locator('[data-testid="jump-to-latest"]').count()).toBe(0);
    await send(mod.page, 'Primero nuevo');
    const cue = learner.page.locator('[data-testid="jump-to-latest"]');
    await cue.waitFor();
    expect((await cue.textContent())?.replace(/\s+/g, ' ').trim()).toBe('1 mensaje nuevo · Ir al último');
    await send(mod.page, 'Segundo nuevo');
    await learner.page.waitForFunction(() =>
      document.querySelector('[data-testid="jump-to-latest"]')?.textContent?.includes('2 mensajes nuevos'),
    );
    expect(await composerInView(learner.page)).toBe(true);
    await learner.page.screenshot({ path: `${SHOTS}/learner-phone-es-cue.png` });
    await cue.click();
    await learner.page.waitForFunction(() => {
      const el = document.querySelector('[data-testid="message-scroller"]')!;
      return el.scrollHeight - el.scrollTop - el.clientHeight < 80;
    });
    await cue.waitFor({ state: 'detached' });
    await learner.context.close();
    await mod.context.close();
  }, 240_000);

  it('the message menu closes after use, on Escape and on a click outside, and covers no text', async () => {
    const learner = await signedIn(LEARNER);
    await openRoom(learner.page);
    await send(learner.page, 'Mensaje con menú');
    const id = await learner.page
      .locator('[data-testid="message"]', { hasText: 'Mensaje con menú' })
      .last()
      .getAttribute('data-message-id');
    const message = learner.page.locator(`[data-message-id="${id}"]`);
    const menu = message.locator('details.actions');
    const summary = menu.locator('summary');

    await summary.click();
    expect(await menu.getAttribute('open')).not.toBeNull();
    // Nothing in an open menu lies over the text of a message.
    const overlaps = await learner.page.evaluate(() => {
      const panel = document.querySelector('details.actions[open] .menu')!.getBoundingClientRect();
      return [...document.querySelectorAll('[data-testid="message-body"]')].some((body) => {
        const b = body.getBoundingClientRect();
        return b.left < panel.right && panel.left < b.right && b.top < panel.bottom && panel.top < b.bottom;
      });
    });
    expect(overlaps).toBe(false);
    await learner.page.screenshot({ path: `${SHOTS}/learner-laptop-es-menu.png` });
    await menu.getByRole('button', { name: 'Reaccionar: Me gusta' }).click();
    await message.locator('.reactions').waitFor();
    expect(await menu.getAttribute('open')).toBeNull();

    await summary.click();
    await learner.page.keyboard.press('Escape');
    expect(await menu.getAttribute('open')).toBeNull();
    expect(await learner.page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');

    await summary.click();
    await learner.page.locator('h1').click();
    expect(await menu.getAttribute('open')).toBeNull();

    // Delete is the last entry and asks in a dialog; cancelling keeps the message.
    await summary.click();
    const entries = await menu.locator('.menu button').allTextContents();
    expect(entries.at(-1)?.trim()).toBe('Eliminar…');
    await menu.getByRole('button', { name: 'Eliminar…' }).click();
    const confirm = learner.page.getByRole('dialog', { name: '¿Eliminar este mensaje?' });
    await confirm.waitFor();
    await learner.page.keyboard.press('Escape');
    await confirm.waitFor({ state: 'hidden' });
    expect(await message.locator('[data-testid="message-body"]').textContent()).toContain('Mensaje con menú');
    await summary.click();
    await menu.getByRole('button', { name: 'Eliminar…' }).click();
    await confirm.getByRole('button', { name: 'Eliminar el mensaje' }).click();
    await message.locator('[data-testid="message-deleted"]').waitFor();
    await learner.context.close();
  }, 120_000);

  it('suggests members after @ and picks one with the keyboard', async () => {
    const learner = await signedIn(LEARNER);
    await openRoom(learner.page);
    const members = await api<{ items: Array<{ userId: string; displayName: string }> }>(`/cohorts/${cohortId}/members`);
    const other = members.items.find((p) => p.userId !== learnerId)!;
    const input = learner.page.locator('[data-testid="composer-input"]');
    expect(await input.getAttribute('role')).toBe('combobox');
    await input.fill('');
    await input.pressSequentially(`Hola @${other.displayName.slice(0, 4)}`);
    const list = learner.page.getByRole('listbox', { name: 'Personas de la sala' });
    await list.waitFor();
    expect(await input.getAttribute('aria-expanded')).toBe('true');
    expect(await list.getByRole('option').count()).toBeGreaterThan(0);
    await learner.page.screenshot({ path: `${SHOTS}/learner-laptop-es-mentions.png` });
    await learner.page.keyboard.press('ArrowDown');
    await learner.page.keyboard.press('ArrowUp');
    const active = await input.getAttribute('aria-activedescendant');
    expect(active).toBeTruthy();
    const name = await learner.page.locator(`#${active}`).getAttribute('data-name');
    await learner.page.keyboard.press('Enter');
    expect(await input.inputValue()).toBe(`Hola @${name} `);
    await list.waitFor({ state: 'detached' });
    // Escape closes the list without sending or clearing.
    await input.pressSequentially('y @a');
    await list.waitFor();
    await learner.page.keyboard.press('Escape');
    await list.waitFor({ state: 'detached' });
    expect(await input.inputValue()).toBe(`Hola @${name} y @a`);
    await learner.context.close();
  }, 120_000);

  it('the moderator: room in view at laptop and phone size, session, lock and sign-out named apart, risky actions confirmed, icons are SVG', async () => {
    const mod = await signedIn(MODERATOR, LAPTOP);
    await openRoom(mod.page);
    expect(await composerInView(mod.page)).toBe(true);
    const labels = (await mod.page.locator('button, summary, a').allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
    expect(labels).toContain('Salir de la cuenta');
    expect(labels.some((l) => l.startsWith('Cerrar sesión'))).toBe(false);
    expect(labels.some((l) => l.startsWith('Cerrar la sala'))).toBe(false);

    const tools = mod.page.locator('[data-testid="room-controls"]');
    await tools.locator('summary').click();
    const order = (await tools.locator('.menu button, .menu a').allTextContents()).map((t) => t.trim());
    expect(order.at(-1)).toBe('Bloquear la sala…');
    expect(order).toContain('Terminar la sesión en vivo…');
    await mod.page.screenshot({ path: `${SHOTS}/moderator-laptop-es-tools.png` });
    await tools.getByRole('button', { name: 'Bloquear la sala…' }).click();
    const confirm = mod.page.getByRole('dialog', { name: '¿Bloquear la sala?' });
    await confirm.waitFor();
    expect(await seriousViolations(mod.page)).toEqual([]);
    await confirm.getByRole('button', { name: 'Cancelar' }).click();
    await confirm.waitFor({ state: 'hidden' });
    expect(await mod.page.locator('[data-testid="room-locked"]').count()).toBe(0);

    // No emoji as icons in the room's own interface, reactions included (message text is what people wrote).
    await mod.page.locator('details.actions > summary').last().click();
    const emoji = await mod.page.evaluate(() => {
      const room = document.querySelector('.room')!.cloneNode(true) as HTMLElement;
      room.querySelectorAll('[data-testid="message-body"], [data-testid="pinned"] li').forEach((n) => n.remove());
      return (room.textContent ?? '').match(/[\p{Extended_Pictographic}✕⋯←]/gu) ?? [];
    });
    expect(emoji).toEqual([]);
    expect(await mod.page.locator('.room svg:not([aria-hidden="true"])').count()).toBe(0);

    await mod.page.setViewportSize(PHONE);
    await openRoom(mod.page);
    expect(await composerInView(mod.page)).toBe(true);
    expect(await seriousViolations(mod.page)).toEqual([]);
    await mod.context.close();
  }, 120_000);

  it('screenshots of the room as learner and moderator, laptop and phone, Spanish and English', async () => {
    for (const locale of ['es', 'en'] as const)
      for (const [who, email] of [
        ['learner', LEARNER],
        ['moderator', MODERATOR],
      ] as const)
        for (const [size, viewport] of [
          ['laptop', LAPTOP],
          ['phone', PHONE],
        ] as const) {
          const { context, page } = await signedIn(email, viewport, locale);
          await openRoom(page);
          expect(await composerInView(page)).toBe(true);
          await page.screenshot({ path: `${SHOTS}/${who}-${size}-${locale}.png` });
          await context.close();
        }
  }, 240_000);

  it('a muted learner is told at once why and until when; the reporter hears that the flag was resolved', async () => {
    const learner = await signedIn(LEARNER, PHONE);
    await openRoom(learner.page);
    const mod = await signedIn(MODERATOR);
    await openRoom(mod.page);
    await send(mod.page, 'Mensaje del moderador para reportar');
    const modMessage = learner.page.locator('[data-testid="message"]', { hasText: 'Mensaje del moderador para reportar' }).last();
    await modMessage.waitFor();

    // The learner reports it; the moderator resolves the flag; the learner is notified.
    await modMessage.locator('details.actions > summary').click();
    await modMessage.locator('[data-testid="report-message"]').click();
    const report = learner.page.locator('dialog[data-testid="report-dialog"]');
    await report.getByLabel('Fuera de tema').check();
    await report.getByRole('button', { name: 'Enviar reporte' }).click();
    await report.waitFor({ state: 'hidden' });
    const flags = await api<Array<{ id: string; reporter: { id: string } }>>(`/cohorts/${cohortId}/flags`);
    const flag = flags.find((f) => f.reporter.id === learnerId)!;
    await api(`/flags/${flag.id}`, { method: 'PATCH', body: JSON.stringify({ state: 'resolved' }) });
    const notifications = await api<{ items: Array<{ kind: string; params: Record<string, unknown> }> }>(
      '/notifications',
      {},
      (await stack.login(LEARNER)).accessToken,
    );
    expect(notifications.items[0]).toMatchObject({ kind: 'flag_resolved', params: { outcome: 'resolved' } });

    // The moderator mutes the learner from a message's menu.
    await send(learner.page, 'Mensaje de quien será silenciada');
    const target = mod.page.locator('[data-testid="message"]', { hasText: 'Mensaje de quien será silenciada' }).last();
    await target.locator('details.actions > summary').click();
    await target.locator('[data-testid="mute-author"]').click();
    const dialog = mod.page.locator('dialog[data-testid="mute-dialog"]');
    await dialog.locator('#mute-reason').fill('Lenguaje ofensivo');
    await dialog.getByRole('button', { name: 'Aplicar' }).click();
    await dialog.waitFor({ state: 'hidden' });

    const notice = learner.page.locator('[data-testid="sanction-notice"]');
    await notice.waitFor({ timeout: 10_000 });
    const text = (await notice.textContent())!.replace(/\s+/g, ' ');
    expect(text).toContain('La moderación le silenció en esta cohorte');
    expect(text).toContain('Motivo: Lenguaje ofensivo');
    expect(text).toMatch(/hasta .*\d{1,2}:\d{2}/);
    expect(await learner.page.locator('[data-testid="composer-input"]').count()).toBe(0);
    // The notification of the resolved flag shows a toast; close it to see the notice.
    await learner.page
      .getByRole('button', { name: 'Cerrar aviso' })
      .click({ timeout: 2_000 })
      .catch(() => undefined);
    await learner.page.screenshot({ path: `${SHOTS}/learner-phone-es-muted.png` });
    expect(await seriousViolations(learner.page)).toEqual([]);

    // After a reload the notice is still there (from the join answer).
    await openRoom(learner.page);
    await notice.waitFor();

    // Lifted: the notice goes away at once.
    await api(`/cohorts/${cohortId}/sanctions`, {
      method: 'POST',
      body: JSON.stringify({ userId: learnerId, kind: 'mute', minutes: 0, reason: 'Fin' }),
    });
    await notice.waitFor({ state: 'detached' });
    await learner.page.locator('[data-testid="composer-input"]').waitFor();

    // Banned: told at once with the reason, before the connection closes.
    await api(`/cohorts/${cohortId}/sanctions`, {
      method: 'POST',
      body: JSON.stringify({ userId: learnerId, kind: 'ban', minutes: 60, reason: 'Acoso a otra persona' }),
    });
    await notice.waitFor({ timeout: 10_000 });
    const banned = (await notice.textContent())!.replace(/\s+/g, ' ');
    expect(banned).toContain('La moderación le suspendió de esta cohorte');
    expect(banned).toContain('Motivo: Acoso a otra persona');
    await learner.context.close();
    await mod.context.close();
  }, 180_000);
});
