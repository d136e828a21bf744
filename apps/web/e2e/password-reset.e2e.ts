import { linkIn, startSmtpServer, type TestSmtpServer } from '@trainaction/testing';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './accessibility';
import { DEMO_PASSWORD, open, startStack, type RunningStack } from './stack';

/** Forgot-password in Chromium, with the mail read from a real SMTP server in this process (issue 20). */
let smtp: TestSmtpServer;
let stack: RunningStack;

beforeAll(async () => {
  smtp = await startSmtpServer();
  stack = await startStack('browser_reset', { SMTP_URL: smtp.url });
});
afterAll(async () => {
  await stack?.stop();
  await smtp?.close();
});

const EMAIL = 'aprendiz@trainaction.demo';
const NEW_PASSWORD = 'mi-contraseña-nueva-2026';

async function newPage(): Promise<Page> {
  const context = await stack.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'es-HN' });
  return context.newPage();
}

async function signInWith(page: Page, password: string): Promise<void> {
  await page.fill('input[name="email"]', EMAIL);
  await page.fill('input[name="password"]', password);
  await page.locator('form button[type="submit"]').click();
}

describe('forgot password, in the browser', () => {
  it('asks for a link, follows it from the mail, chooses a password and signs in with it; the link then fails', async () => {
    const otherDevice = await stack.login(EMAIL);
    const page = await newPage();

    await open(page, `${stack.url}/login`);
    await page.getByRole('link', { name: '¿Olvidó su contraseña?' }).click();
    await page.waitForURL(/\/forgot-password$/);
    await page.waitForSelector('html[data-hydrated]', { state: 'attached' });
    expect(await seriousViolations(page)).toEqual([]);
    await page.fill('input[name="email"]', EMAIL);
    await page.locator('form button[type="submit"]').click();
    await page.waitForSelector('[role="status"] .alert');
    expect(await page.locator('[role="status"] .alert').textContent()).toContain(
      'Si hay una cuenta con esa dirección, le enviamos un correo',
    );

    const mail = await smtp.waitFor((m) => m.to === EMAIL);
    expect(mail.subject).toBe('Elija una contraseña nueva para TrainAction');
    const link = linkIn(mail, `${stack.url}/reset-password?token=`);

    await open(page, link);
    expect(await seriousViolations(page)).toEqual([]);
    await page.fill('input[name="password"]', 'corta');
    await page.locator('form button[type="submit"]').click();
    await page.waitForSelector('input[name="password"][aria-invalid="true"]');
    expect(await page.textContent('body')).toContain('La contraseña debe tener entre 10 y 200 caracteres.');
    await page.fill('input[name="password"]', NEW_PASSWORD);
    await page.locator('form button[type="submit"]').click();
    await page.waitForURL(/\/login\?reset=done$/);
    expect(await page.locator('[role="status"] .alert').textContent()).toContain('Su contraseña cambió');

    await page.waitForSelector('html[data-hydrated]', { state: 'attached' });
    await signInWith(page, DEMO_PASSWORD);
    await page.waitForSelector('[role="alert"] .alert');
    expect(page.url()).toContain('/login');
    await signInWith(page, NEW_PASSWORD);
    await page.waitForURL(/\/home/);
    await expect(page.getByTestId('home-greeting').textContent()).resolves.toContain('Ana');

    // The sign-in made before the reset on another device has ended.
    const deadline = Date.now() + 2000;
    let refused = false;
    while (!refused && Date.now() < deadline) {
      refused = await stack.api('/me', otherDevice.accessToken).then(
        () => false,
        (error: Error) => error.message.includes('401'),
      );
      if (!refused) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(refused).toBe(true);

    const again = await newPage();
    await open(again, link);
    await again.fill('input[name="password"]', 'otra-contraseña-más');
    await again.locator('form button[type="submit"]').click();
    await again.waitForSelector('[data-testid="reset-link-problem"]');
    expect(await again.textContent('[data-testid="reset-link-problem"]')).toContain('Este enlace ya se usó');
    expect(await seriousViolations(again)).toEqual([]);
    await again.getByRole('link', { name: 'Pedir un enlace nuevo' }).click();
    await again.waitForURL(/\/forgot-password$/);
    await page.context().close();
    await again.context().close();
  });
});
