import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import type { Ack, MessageView, ThreadView } from '@trainaction/contracts';
import type { BrowserContext, Page } from 'playwright-core';
import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './accessibility';
import { DEMO_PASSWORD, open, startStack, type RunningStack } from './stack';

const LEARNER = 'aprendiz@trainaction.demo';
const MODERATOR = 'moderacion@trainaction.demo';
const COORDINATOR = 'coordinacion@trainaction.demo';
const PHONE = { width: 375, height: 812 };
const LAPTOP = { width: 1366, height: 768 };
const SHOTS = '/tmp/daily-shots';

let stack: RunningStack;
let cohortId: string;
let roomId: string;
let learnerToken: string;
let moderatorToken: string;
const sockets: Socket[] = [];

beforeAll(async () => {
  stack = await startStack('browser_daily_use');
  learnerToken = (await stack.login(LEARNER)).accessToken;
  moderatorToken = (await stack.login(MODERATOR)).accessToken;
  const mine = await stack.api<{ items: Array<{ id: string }> }>('/cohorts', learnerToken);
  const moderated = await stack.api<{ items: Array<{ id: string; myRole?: string }> }>('/cohorts', moderatorToken);
  const shared = mine.items.find((c) => moderated.items.some((mc) => mc.id === c.id && mc.myRole === 'moderator'));
  if (!shared) throw new Error('the demo moderator does not moderate a cohort of the demo learner');
  cohortId = shared.id;
  const rooms = await stack.api<Array<{ id: string; isDefault: boolean }>>(`/cohorts/${cohortId}/rooms`, learnerToken);
  roomId = (rooms.find((r) => r.isDefault) ?? rooms[0]).id;
  mkdirSync(SHOTS, { recursive: true });
}, 180_000);
afterAll(async () => {
  for (const socket of sockets) socket.disconnect();
  await stack?.stop();
});

/** A browser signed in as `email`, in a zone far from the academy's: pages must not follow the browser's zone. */
async function signedIn(email: string, viewport = LAPTOP, locale: 'es' | 'en' = 'es'): Promise<{ context: BrowserContext; page: Page }> {
  const context = await stack.browser.newContext({ viewport, locale: locale === 'es' ? 'es-HN' : 'en-US', timezoneId: 'Asia/Tokyo' });
  const page = await context.newPage();
  await open(page, `${stack.url}/login`);
  await page.fill('input[name="email"]', email);
  await page.fill('input[name="password"]', DEMO_PASSWORD);
  await page.locator('form button[type="submit"]').click();
  await page.waitForURL(/\/home/, { timeout: 60_000 });
  if (locale === 'en') await context.addCookies([{ name: 'PARAGLIDE_LOCALE', value: 'en', url: stack.url }]);
  return { context, page };
}

async function socketOf(token: string): Promise<Socket> {
  const socket = io(stack.url, { auth: { token }, transports: ['websocket'], reconnection: false, forceNew: true });
  sockets.push(socket);
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
  return socket;
}

async function call<T>(socket: Socket, event: string, payload: unknown): Promise<T> {
  const ack = (await socket.timeout(10_000).emitWithAck(event, payload)) as Ack<T>;
  if (!ack.ok) throw new Error(`${event}: ${ack.error.code} ${ack.error.message}`);
  return ack.data;
}

/** The wall-clock "H:MM" of an instant in a zone, computed here independently of the page. */
function wallClock(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone, hour: 'numeric', minute: '2-digit', hourCycle: 'h23' })
    .format(new Date(iso))
    .replace(/^0/, '');
}

/** The text of the first element matching `selector` as the server sent it, before any script ran. */
async function serverText(page: Page, path: string, selector: string, attribute?: string): Promise<string | null> {
  const html = await (await page.request.get(`${stack.url}${path}`)).text();
  return page.evaluate(
    ({ html, selector, attribute }) => {
      const node = new DOMParser().parseFromString(html, 'text/html').querySelector(selector);
      return node ? (attribute ? node.getAttribute(attribute) : node.textContent) : null;
    },
    { html, selector, attribute },
  );
}

describe('daily use: one time zone, plurals, news, phone menu, languages', () => {
  it('shows a post at the same time in the forum and in notifications, in the zone the person chose, named, and the server agrees', async () => {
    const thread = await stack.api<ThreadView>(`/cohorts/${cohortId}/threads`, learnerToken, {
      method: 'POST',
      body: JSON.stringify({ title: 'Horarios de la sesión', body: '¿A qué hora empezamos?' }),
    });
    const reply = await stack.api<{ id: string; createdAt: string }>(`/threads/${thread.id}/posts`, moderatorToken, {
      method: 'POST',
      body: JSON.stringify({ body: 'A las 9, hora de Tegucigalpa.' }),
    });

    const { page } = await signedIn(LEARNER);
    // No zone chosen yet: the cohort's (Central America, UTC-6), never the browser's Tokyo.
    await open(page, `${stack.url}/forum/threads/${thread.id}`);
    const postTime = page.locator(`time[datetime="${reply.createdAt}"]`).first();
    const shownInThread = (await postTime.textContent())!;
    expect(shownInThread).toContain(`${wallClock(reply.createdAt, 'America/Tegucigalpa')} (GMT-6)`);
    expect(await serverText(page, `/forum/threads/${thread.id}`, `time[datetime="${reply.createdAt}"]`)).toBe(shownInThread);

    await open(page, `${stack.url}/notifications`);
    const item = page.locator('li', { hasText: 'Horarios de la sesión' }).locator('time').first();
    // Relative where people expect it, with the absolute time (same zone, named) on hover.
    expect(await item.textContent()).toMatch(/^(ahora|hace \d+ (segundos?|minutos?))$/);
    const title = (await item.getAttribute('title'))!;
    expect(title).toContain(`${wallClock((await item.getAttribute('datetime'))!, 'America/Tegucigalpa')} (GMT-6)`);
    expect(await serverText(page, '/notifications', `time[datetime="${await item.getAttribute('datetime')}"]`, 'title')).toBe(title);
    expect(await seriousViolations(page)).toEqual([]);

    // The person chooses Santo Domingo (UTC-4) on the profile: every time follows.
    await open(page, `${stack.url}/profile`);
    await page.selectOption('#timeZone', 'America/Santo_Domingo');
    await page.getByRole('button', { name: 'Guardar zona horaria' }).click();
    await page.getByText('Zona horaria guardada.').waitFor();
    expect(await page.getByTestId('zone-current').textContent()).toContain('America/Santo_Domingo (GMT-4)');
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/profile-zone-laptop.png`, fullPage: true });
    await open(page, `${stack.url}/forum/threads/${thread.id}`);
    expect(await page.locator(`time[datetime="${reply.createdAt}"]`).first().textContent()).toContain(
      `${wallClock(reply.createdAt, 'America/Santo_Domingo')} (GMT-4)`,
    );
    await page.screenshot({ path: `${SHOTS}/thread-laptop.png` });
    await stack.api('/me', learnerToken, { method: 'PATCH', body: JSON.stringify({ timeZone: null }) });
  });

  it('counts unread messages per room and replies per forum on the home page, in the singular for one (es, en)', async () => {
    const moderator = await socketOf(moderatorToken);
    const learner = await socketOf(learnerToken);
    await call(moderator, 'room:join', { roomId });
    await call(learner, 'room:join', { roomId });
    const send = (body: string) => call<{ message: MessageView }>(moderator, 'message:send', { roomId, clientMsgId: randomUUID(), body });
    const first = await send('Buenos días a todas y todos');
    await call(learner, 'room:read', { roomId, messageId: first.message.id });
    await send('La sesión empieza en diez minutos');

    const es = await signedIn(LEARNER);
    await open(es.page, `${stack.url}/home`);
    const badge = es.page.locator(`[data-testid="home-room-unread"][data-room-id="${roomId}"]`);
    expect((await badge.textContent())!.trim()).toBe('1 mensaje sin leer');
    expect(await es.page.getByTestId('home-forum-unread').first().textContent()).toMatch(/Al día|respuestas? sin leer/);
    expect(await seriousViolations(es.page)).toEqual([]);
    await es.page.screenshot({ path: `${SHOTS}/home-laptop.png`, fullPage: true });

    await send('Traigan sus preguntas');
    const en = await signedIn(LEARNER, PHONE, 'en');
    await open(en.page, `${stack.url}/home`);
    expect((await en.page.locator(`[data-testid="home-room-unread"][data-room-id="${roomId}"]`).textContent())!.trim()).toBe(
      '2 unread messages',
    );
    expect(await seriousViolations(en.page)).toEqual([]);
    await en.page.screenshot({ path: `${SHOTS}/home-phone-en.png`, fullPage: true });
  });

  for (const [locale, menu, analytics] of [
    ['es', 'Menú', 'Analítica'],
    ['en', 'Menu', 'Analytics'],
  ] as const) {
    it(`at 375 px a coordinator reaches every item, Analítica included, through a menu (${locale})`, async () => {
      const { page } = await signedIn(COORDINATOR, PHONE, locale);
      await open(page, `${stack.url}/home`);
      const button = page.getByTestId('nav-menu-button');
      expect(await button.getAttribute('aria-expanded')).toBe('false');
      expect(await button.textContent()).toContain(menu);
      const link = page.getByRole('navigation').getByRole('link', { name: analytics, exact: true });
      expect(await link.isVisible()).toBe(false);

      await button.click();
      expect(await button.getAttribute('aria-expanded')).toBe('true');
      // Focus moves into the menu, and every link lies inside the screen.
      expect(await page.evaluate(() => document.activeElement?.closest('#site-nav-list') !== null)).toBe(true);
      const boxes = await page.locator('#site-nav-list a').evaluateAll((links) =>
        links.map((a) => {
          const box = a.getBoundingClientRect();
          return { left: box.left, right: box.right, width: box.width };
        }),
      );
      expect(boxes.length).toBeGreaterThanOrEqual(9);
      for (const box of boxes) expect(box.left >= 0 && box.right <= PHONE.width && box.width > 0).toBe(true);
      expect(await link.isVisible()).toBe(true);
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: `${SHOTS}/nav-phone-open-${locale}.png` });

      await page.keyboard.press('Escape');
      expect(await button.getAttribute('aria-expanded')).toBe('false');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('nav-menu-button');

      await button.click();
      await link.click();
      await page.waitForURL(/\/analytics/);
      expect(await page.getByTestId('nav-menu-button').getAttribute('aria-expanded')).toBe('false');
      expect(await page.getByTestId('nav-menu-button').textContent()).toContain(analytics);
    });
  }

  it('marks Spanish-only course content in English, and words audit kinds in Spanish', async () => {
    const courses = await stack.api<{ items: Array<{ slug: string }> }>('/courses', learnerToken);
    const en = await signedIn(LEARNER, LAPTOP, 'en');
    await open(en.page, `${stack.url}/courses/${courses.items[0].slug}`);
    const marker = en.page.getByTestId('spanish-only').first();
    expect(await marker.textContent()).toContain('Available in Spanish only');
    expect(await en.page.locator('[lang="es"]').count()).toBeGreaterThan(0);
    expect(await seriousViolations(en.page)).toEqual([]);
    await en.page.screenshot({ path: `${SHOTS}/course-en-laptop.png` });
    const es = await signedIn(LEARNER);
    await open(es.page, `${stack.url}/courses/${courses.items[0].slug}`);
    expect(await es.page.getByTestId('spanish-only').count()).toBe(0);

    // A flag taken by a moderator: the audit says "Reporte creado" and "En curso", not flag.create / in_progress.
    const learner = await socketOf(learnerToken);
    const moderator = await socketOf(moderatorToken);
    await call(moderator, 'room:join', { roomId });
    const sent = await call<{ message: MessageView }>(moderator, 'message:send', {
      roomId,
      clientMsgId: randomUUID(),
      body: 'Mensaje para reportar',
    });
    const { flag } = await call<{ flag: { id: string } }>(learner, 'flag:create', { messageId: sent.message.id, reason: 'spam' });
    await stack.api(`/flags/${flag.id}`, moderatorToken, { method: 'PATCH', body: JSON.stringify({ state: 'in_progress' }) });

    const mod = await signedIn(MODERATOR);
    await open(mod.page, `${stack.url}/moderation/${cohortId}`);
    const rows = mod.page.getByTestId('audit-row');
    await rows.first().waitFor();
    const texts = await rows.allTextContents();
    expect(texts.some((t) => t.includes('En curso'))).toBe(true);
    for (const text of texts) expect(text).not.toMatch(/\b(flag|message|room|member)\.[a-z_]+\b|\bin_progress\b/);
    expect(await seriousViolations(mod.page)).toEqual([]);
    await mod.page.screenshot({ path: `${SHOTS}/audit-laptop.png`, fullPage: true });
  });
});
