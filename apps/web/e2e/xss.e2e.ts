import { randomUUID } from 'node:crypto';
import { linkIn, startSmtpServer, type TestSmtpServer } from '@trainaction/testing';
import type { Page } from 'playwright-core';
import { io } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { open, startStack, type RunningStack } from './stack';

/**
 * Script payloads in every kind of user-written field (display name, organisation, live messages, forum
 * titles, bodies and replies), rendered by Chromium on the pages that show them: no script may run.
 */
const PASSWORD = 'TrainAction-demo-2026';
const PAYLOADS = [
  '<script>window.__xss = "script"</script>',
  '<img src=x onerror="window.__xss = \'img\'">',
  '<svg onload="window.__xss = \'svg\'"></svg>',
  '[enlace](javascript:window.__xss="link")',
  '<a href="javascript:window.__xss=\'href\'">clic</a>',
  '<iframe srcdoc="<script>parent.__xss=\'iframe\'</script>"></iframe>',
  '"><script>window.__xss="attr"</script>',
];

let stack: RunningStack;
let smtp: TestSmtpServer;
let token: string;
let cohortId: string;
let roomId: string;
let threadId: string;
let xssName: string;

const api = <T>(path: string, bearer: string, init: RequestInit = {}) => stack.api<T>(path, bearer, init);

async function visit(page: Page, path: string): Promise<void> {
  await page.goto(`${stack.url}${path}`);
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300); // let onload/onerror handlers of injected elements fire, if any
  expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss), `script ran on ${path}`).toBeUndefined();
}

beforeAll(async () => {
  smtp = await startSmtpServer();
  stack = await startStack('browser_xss', { SMTP_URL: smtp.url });
  const coordinator = (
    await api<{ accessToken: string }>('/auth/login', '', {
      method: 'POST',
      body: JSON.stringify({ email: 'coordinacion@trainaction.demo', password: PASSWORD }),
    })
  ).accessToken;
  const learner = await api<{ accessToken: string; user: { id: string } }>('/auth/login', '', {
    method: 'POST',
    body: JSON.stringify({ email: 'aprendiz@trainaction.demo', password: PASSWORD }),
  });
  token = learner.accessToken;
  const cohorts = await api<{ items: { id: string }[] }>('/cohorts', token);
  cohortId = cohorts.items[0].id;
  xssName = `<img src=x onerror="window.__xss='name'">`;
  const hostileEmail = `xss.${randomUUID().slice(0, 8)}@example.org`;
  await api('/auth/register', '', {
    method: 'POST',
    body: JSON.stringify({
      email: hostileEmail,
      password: 'una-contraseña-larga',
      displayName: xssName,
      country: 'HN',
      gender: 'man',
      sector: 'academia',
      organization: '<script>window.__xss="org"</script>',
    }),
  });
  // The hostile account verifies its address with the link mailed at registration, so it may post.
  const verification = await smtp.waitFor((m) => m.to === hostileEmail && m.text.includes('/verify-email?token='));
  const verifyToken = new URL(linkIn(verification, `${stack.url}/verify-email?token=`)).searchParams.get('token');
  await api('/auth/email-verification/confirm', '', { method: 'POST', body: JSON.stringify({ token: verifyToken }) });
  // Registration signs nobody in: sign in for the token.
  const hostile = await api<{ user: { id: string }; accessToken: string }>('/auth/login', '', {
    method: 'POST',
    body: JSON.stringify({ email: hostileEmail, password: 'una-contraseña-larga' }),
  });
  await api(`/cohorts/${cohortId}/enrollments`, coordinator, {
    method: 'POST',
    body: JSON.stringify({ userId: hostile.user.id, role: 'learner' }),
  });
  roomId = (await api<{ id: string }[]>(`/cohorts/${cohortId}/rooms`, token))[0].id;
  const socket = io(stack.url, { auth: { token: hostile.accessToken }, transports: ['websocket'], forceNew: true });
  await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
  await socket.timeout(10_000).emitWithAck('room:join', { roomId });
  for (const body of PAYLOADS) {
    for (;;) {
      const reply = await socket.timeout(10_000).emitWithAck('message:send', { roomId, clientMsgId: randomUUID(), body });
      if (reply.ok) break;
      await new Promise((r) => setTimeout(r, 600)); // send limit
    }
  }
  socket.disconnect();
  const thread = await api<{ id: string }>(`/cohorts/${cohortId}/threads`, hostile.accessToken, {
    method: 'POST',
    body: JSON.stringify({ title: PAYLOADS[0], body: PAYLOADS.join('\n\n') }),
  });
  threadId = thread.id;
  for (const body of PAYLOADS.slice(1, 4))
    await api(`/threads/${threadId}/posts`, hostile.accessToken, { method: 'POST', body: JSON.stringify({ body }) });
}, 240_000);

afterAll(async () => {
  await stack?.stop();
  await smtp?.close();
});

describe('user-written text in the browser', () => {
  it('never runs scripts from names, messages, forum titles, bodies or replies', async () => {
    const context = await stack.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await open(page, `${stack.url}/login`);
    await page.waitForLoadState('networkidle');
    await page.fill('input[name="email"]', 'coordinacion@trainaction.demo');
    await page.fill('input[name="password"]', PASSWORD);
    await page.locator('main form button[type="submit"]').click();
    await page.waitForURL(/\/home/);
    for (const path of [
      `/rooms/${roomId}`,
      `/forum/threads/${threadId}`,
      `/forum/${cohortId}`,
      `/cohorts/${cohortId}`,
      '/admin/users',
      `/forum/search?q=script`,
    ])
      await visit(page, path);
    // The messages are there, rendered as harmless text and links.
    await page.goto(`${stack.url}/rooms/${roomId}`);
    await page.waitForLoadState('networkidle');
    expect(await page.locator('main').innerText()).toContain('clic');
    expect(await page.locator('main a[href^="javascript:"]').count()).toBe(0);
    expect(dialogs).toEqual([]);
    await context.close();
  });
});
