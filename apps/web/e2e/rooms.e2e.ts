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
let apiToken: string;

const api = <T>(path: string, init: RequestInit = {}, token = apiToken) => stack.api<T>(path, token, init);

beforeAll(async () => {
  stack = await startStack('browser_rooms');
  const login = await api<{ accessToken: string }>(
    '/auth/login',
    { method: 'POST', body: JSON.stringify({ email: LEARNER, password: PASSWORD }) },
    '',
  );
  apiToken = login.accessToken;
  const cohorts = await api<{ items: Array<{ id: string }> } | Array<{ id: string }>>('/cohorts');
  const list = Array.isArray(cohorts) ? cohorts : cohorts.items;
  cohortId = list[0].id;
  const rooms = await api<Array<{ id: string; isDefault: boolean }>>(`/cohorts/${cohortId}/rooms`);
  roomId = (rooms.find((r) => r.isDefault) ?? rooms[0]).id;
});
afterAll(() => stack?.stop());

async function signedIn(email: string, viewport = { width: 1280, height: 900 }): Promise<{ context: BrowserContext; page: Page }> {
  const context = await stack.browser.newContext({ viewport, locale: 'es-HN' });
  const page = await context.newPage();
  await open(page, `${stack.url}/login`);
  await page.fill('input[name="email"]', email);
  await page.fill('input[name="password"]', PASSWORD);
  await page.locator('form button[type="submit"]').click();
  await page.waitForURL(/\/home/, { timeout: 60_000 }).catch(async (error: Error) => {
    throw new Error(
      `sign-in of ${email} did not reach /home (${page.url()}): ${(await page.locator('main').textContent())?.slice(0, 300)} — ${error.message}`,
    );
  });
  return { context, page };
}

async function openRoom(page: Page): Promise<void> {
  await page.goto(`${stack.url}/rooms/${roomId}`);
  await page.waitForSelector('[data-testid="connection-state"][data-state="connected"]');
}

async function send(page: Page, text: string): Promise<void> {
  await page.fill('[data-testid="composer-input"]', text);
  await page.keyboard.press('Enter');
}

/** What the page shows: id and body of each message (pending ones as "pending"). */
async function rendered(page: Page): Promise<string[]> {
  return page.$$eval(
    '[data-testid="message-list"] [data-testid="message"], [data-testid="message-list"] [data-testid="pending-message"]',
    (nodes) =>
      nodes.map((n) => {
        const el = n as HTMLElement;
        if (el.dataset.testid === 'pending-message') return `pending:${el.querySelector('.body')?.textContent ?? ''}`;
        const body =
          el.querySelector('[data-testid="message-body"]')?.textContent?.trim() ??
          el.querySelector('[data-testid="message-deleted"]')?.textContent?.trim() ??
          '';
        return `${el.dataset.messageId}:${body}`;
      }),
  );
}

function bodyCount(list: string[], text: string): number {
  return list.filter((line) => line.endsWith(`:${text}`)).length;
}

describe('live rooms in the browser', () => {
  it('lists the cohort rooms and opens one with no serious accessibility violations', async () => {
    const { context, page } = await signedIn(LEARNER);
    await page.goto(`${stack.url}/cohorts/${cohortId}/rooms`);
    await page.locator(`a[href="/rooms/${roomId}"]`).click();
    await page.waitForURL(new RegExp(`/rooms/${roomId}`));
    await page.waitForSelector('[data-testid="connection-state"][data-state="connected"]');
    expect(await page.getAttribute('html', 'lang')).toBe('es');
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('delivers live, catches up after being offline, and sends what was typed offline exactly once', { timeout: 180_000 }, async () => {
    const a = await signedIn(LEARNER);
    const b = await signedIn(MODERATOR, { width: 360, height: 780 });
    await openRoom(a.page);
    await openRoom(b.page);

    // Live: A sends, B sees it without reloading.
    const first = `Hola desde Honduras ${Date.now()}`;
    await send(a.page, first);
    await b.page.waitForFunction((text) => document.querySelector('[data-testid="message-list"]')?.textContent?.includes(text), first);
    const firstId = await b.page.locator('[data-testid="message"]', { hasText: first }).getAttribute('data-message-id');
    expect(firstId).toMatch(/^[0-9a-f]{24}$/);

    // B goes offline; A sends two messages and edits the first one.
    await b.context.setOffline(true);
    await b.page.waitForSelector('[data-testid="connection-state"]:not([data-state="connected"])', { timeout: 30_000 });
    const second = `Segundo mensaje ${Date.now()}`;
    const third = `Tercer mensaje ${Date.now()}`;
    await send(a.page, second);
    await send(a.page, third);
    await a.page.waitForFunction(
      (text) => [...document.querySelectorAll('[data-testid="message"]')].some((n) => n.textContent?.includes(text)),
      third,
    );
    const edited = `${first} (editado)`;
    const firstOnA = a.page.locator(`[data-message-id="${firstId}"]`);
    await firstOnA.locator('summary').click();
    await firstOnA.getByRole('button', { name: 'Editar' }).click();
    await firstOnA.locator('textarea').fill(edited);
    await firstOnA.locator('textarea').press('Enter');
    await firstOnA.locator('[data-testid="edited"]').waitFor();

    // While offline, B types a message: it waits in the outbox.
    const offline = `Escrito sin conexión ${Date.now()}`;
    await send(b.page, offline);
    await b.page.locator('[data-testid="pending-message"]', { hasText: offline }).waitFor();
    expect(await b.page.textContent('[data-testid="connection-state"]')).toMatch(/en cola/);

    // B really was cut off: it has not seen what A sent meanwhile.
    expect(await b.page.textContent('[data-testid="message-list"]')).not.toContain(third);

    // Back online: B converges to the server's view and delivers its message once.
    await b.context.setOffline(false);
    await b.page.waitForSelector('[data-testid="connection-state"][data-state="connected"]', { timeout: 30_000 });
    await b.page.waitForFunction(() => document.querySelectorAll('[data-testid="pending-message"]').length === 0, undefined, {
      timeout: 30_000,
    });
    await a.page.waitForFunction(
      (text) => [...document.querySelectorAll('[data-testid="message"]')].some((n) => n.textContent?.includes(text)),
      offline,
    );
    await b.page.waitForFunction(
      (text) => [...document.querySelectorAll('[data-testid="message"]')].some((n) => n.textContent?.includes(text)),
      edited,
    );

    const onA = await rendered(a.page);
    const onB = await rendered(b.page);
    expect(onB).toEqual(onA);
    expect(bodyCount(onA, edited)).toBe(1);
    expect(bodyCount(onA, second)).toBe(1);
    expect(bodyCount(onA, offline)).toBe(1);

    const history = await api<{ items: Array<{ id: string; body: string }> }>(`/rooms/${roomId}/messages?limit=100`);
    expect(history.items.filter((m) => m.body === offline)).toHaveLength(1);
    expect(history.items.find((m) => m.id === firstId)?.body).toBe(edited);

    // After a reload B still shows exactly the same list (nothing duplicated by the outbox).
    await b.page.reload();
    await b.page.waitForSelector('[data-testid="connection-state"][data-state="connected"]');
    expect(await rendered(b.page)).toEqual(onA);
    expect(await seriousViolations(b.page)).toEqual([]);

    await a.context.close();
    await b.context.close();
  });
});
