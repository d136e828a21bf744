import type { MailPreferencesView, ThreadView } from '@trainaction/contracts';
import { startSmtpServer, type ReceivedMail, type TestSmtpServer } from '@trainaction/testing';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './accessibility';
import { DEMO_PASSWORD, open, startStack, type RunningStack } from './stack';

/**
 * Notification mail in Chromium: choosing per kind on the profile page, and the unsubscribe link of a mail,
 * followed without signing in, in the recipient's language (issue 20).
 */
let smtp: TestSmtpServer;
let stack: RunningStack;

const LEARNER = 'aprendiz@trainaction.demo';
const COORDINATOR = 'coordinacion@trainaction.demo';

beforeAll(async () => {
  smtp = await startSmtpServer();
  stack = await startStack('browser_notify', { SMTP_URL: smtp.url, DIGEST_INTERVAL_SECONDS: '0' });
}, 240_000);
afterAll(async () => {
  await stack?.stop();
  await smtp?.close();
});

async function signedIn(email: string): Promise<Page> {
  const context = await stack.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'es-HN' });
  const page = await context.newPage();
  await open(page, `${stack.url}/login`);
  await page.fill('input[name="email"]', email);
  await page.fill('input[name="password"]', DEMO_PASSWORD);
  await page.locator('form button[type="submit"]').click();
  await page.waitForURL(/\/home/, { timeout: 60_000 });
  return page;
}

function rawHeader(mail: ReceivedMail, name: string): string | undefined {
  const line = mail.parsed.headerLines.find((h) => h.key === name.toLowerCase())?.line;
  return line?.slice(line.indexOf(':') + 1).trim();
}

describe('notification mail in the browser', () => {
  it('chooses per kind on the profile page, then stops a kind from a mail’s link without signing in', async () => {
    const learner = await stack.login(LEARNER);
    const page = await signedIn(LEARNER);
    await open(page, `${stack.url}/profile`);
    const section = page.getByTestId('mail-preferences');
    await section.getByRole('heading', { name: 'Correo de notificaciones' }).waitFor();
    // The defaults: mentions, reviews and announcements at once; replies in the daily digest.
    const mentions = section.getByRole('group', { name: 'Menciones' });
    const replies = section.getByRole('group', { name: 'Respuestas en hilos que sigue' });
    expect(await mentions.getByRole('radio', { name: 'Al momento' }).isChecked()).toBe(true);
    expect(await replies.getByRole('radio', { name: 'En el resumen diario' }).isChecked()).toBe(true);
    expect(await section.textContent()).toContain('a partir de las 07:00 (hora de America/');
    expect(await seriousViolations(page)).toEqual([]);

    await replies.getByRole('radio', { name: 'Al momento' }).check();
    await mentions.getByRole('radio', { name: 'No enviar' }).check();
    await section.getByRole('button', { name: 'Guardar preferencias de correo' }).click();
    await section.getByText('Preferencias de correo guardadas.').waitFor();
    await open(page, `${stack.url}/profile`);
    expect(
      await page
        .getByTestId('mail-preferences')
        .getByRole('group', { name: 'Menciones' })
        .getByRole('radio', { name: 'No enviar' })
        .isChecked(),
    ).toBe(true);
    expect((await stack.api<MailPreferencesView>('/notifications/preferences', learner.accessToken)).mail).toMatchObject({
      mentions: 'off',
      replies: 'immediate',
    });

    // A reply in a thread she follows comes at once, in Spanish.
    const cohorts = await stack.api<{ items: { id: string }[] } | { id: string }[]>('/cohorts?scope=mine', learner.accessToken);
    const cohortId = (Array.isArray(cohorts) ? cohorts : cohorts.items)[0].id;
    const title = `Hilo con aviso por correo ${Date.now()}`;
    const thread = await stack.api<ThreadView>(`/cohorts/${cohortId}/threads`, learner.accessToken, {
      method: 'POST',
      body: JSON.stringify({ title, body: '¿Quién tiene datos de 2025?' }),
    });
    const coordinator = await stack.login(COORDINATOR);
    await stack.api(`/threads/${thread.id}/posts`, coordinator.accessToken, {
      method: 'POST',
      body: JSON.stringify({ body: 'Yo los tengo.' }),
    });
    const mail = await smtp.waitFor((m) => m.to === LEARNER && m.subject.includes(title));
    expect(mail.subject).toMatch(/ respondió en «Hilo con aviso por correo/);

    // The notifications page renders the stored kind and parameters in her language.
    await open(page, `${stack.url}/notifications`);
    expect(await page.getByTestId('notification').first().textContent()).toContain(`respondió en «${title}»`);

    // Someone opens the link in another browser, in English, not signed in: asked in her language first.
    const link = rawHeader(mail, 'List-Unsubscribe')!.replace(/^<|>$/g, '');
    const stranger = await (await stack.browser.newContext({ locale: 'en-US' })).newPage();
    await open(stranger, link);
    expect(stranger.url()).toContain('/unsubscribe?token=');
    const card = stranger.getByTestId('unsubscribe');
    expect(await card.textContent()).toContain('¿Dejar de recibir los correos de respuestas en hilos que sigue?');
    expect(await stranger.locator('.auth').getAttribute('lang')).toBe('es');
    expect(await seriousViolations(stranger)).toEqual([]);
    expect((await stack.api<MailPreferencesView>('/notifications/preferences', learner.accessToken)).mail.replies).toBe('immediate');

    await stranger.getByTestId('unsubscribe-confirm').click();
    await stranger.getByTestId('unsubscribe-done').waitFor();
    expect(await stranger.getByTestId('unsubscribe-done').textContent()).toContain(
      'Listo: ya no recibirá los correos de respuestas en hilos que sigue.',
    );
    expect((await stack.api<MailPreferencesView>('/notifications/preferences', learner.accessToken)).mail.replies).toBe('off');
    await page.context().close();
    await stranger.context().close();
  });
});
