import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './accessibility';
import { open, startStack, type RunningStack } from './stack';

let stack: RunningStack;

beforeAll(async () => {
  stack = await startStack('browser_auth');
});
afterAll(() => stack?.stop());

async function newPage(viewport = { width: 1280, height: 900 }): Promise<Page> {
  const context = await stack.browser.newContext({ viewport, locale: 'es-HN' });
  return context.newPage();
}

describe('signing up and in, in the browser', () => {
  it('serves the login page in Spanish with no serious accessibility violations', async () => {
    const page = await newPage();
    await page.goto(`${stack.url}/`);
    await page.waitForURL(/\/login/);
    expect(await page.getAttribute('html', 'lang')).toBe('es');
    await expect(page.getByRole('button', { name: /iniciar sesión|entrar/i }).count()).resolves.toBeGreaterThan(0);
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('registers, signs out, signs in again and sees the home page', async () => {
    const page = await newPage();
    const email = `e2e.${randomBytes(3).toString('hex')}@example.org`;
    const password = 'una-contraseña-segura';

    await open(page, `${stack.url}/register`);
    expect(await seriousViolations(page)).toEqual([]);
    await page.fill('input[name="displayName"]', 'Daniela Pérez');
    await page.fill('input[name="email"]', email);
    await page.fill('input[name="password"]', password);
    await page.selectOption('select[name="country"]', 'SV');
    await page.selectOption('select[name="gender"]', 'woman');
    await page.selectOption('select[name="sector"]', 'public_employee');
    await page.fill('input[name="organization"]', 'Ministerio de Justicia y Seguridad Pública');
    await page.locator('form button[type="submit"]').click();

    await page.waitForURL(/\/home/);
    await expect(page.getByTestId('home-greeting').textContent()).resolves.toContain('Daniela Pérez');
    expect(await seriousViolations(page)).toEqual([]);

    await page.locator('form[action^="/logout"] button').click();
    await page.waitForURL(/\/login/);
    await page.goto(`${stack.url}/home`);
    await page.waitForURL(/\/login/);
    await page.waitForSelector('html[data-hydrated]', { state: 'attached' });

    await page.fill('input[name="email"]', email.toUpperCase());
    await page.fill('input[name="password"]', password);
    await page.locator('form button[type="submit"]').click();
    await page.waitForURL(/\/home/);
    await expect(page.getByTestId('home-greeting').textContent()).resolves.toContain('Daniela Pérez');
    await page.context().close();
  });

  it('shows field-level errors for a bad registration and keeps what was typed', async () => {
    const page = await newPage({ width: 390, height: 844 });
    await open(page, `${stack.url}/register`);
    await page.fill('input[name="displayName"]', 'Jo');
    await page.fill('input[name="email"]', 'aprendiz@trainaction.demo');
    await page.fill('input[name="password"]', 'corta');
    await page.locator('form button[type="submit"]').click();
    await page.waitForSelector('[aria-invalid="true"]');
    expect(await page.getAttribute('input[name="password"]', 'aria-invalid')).toBe('true');
    expect(await page.inputValue('input[name="email"]')).toBe('aprendiz@trainaction.demo');
    expect(page.url()).toContain('/register');
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('answers a registration for an address that has an account without saying so, and signs nobody in', async () => {
    const page = await newPage();
    await open(page, `${stack.url}/register`);
    await page.fill('input[name="displayName"]', 'Otra Persona');
    await page.fill('input[name="email"]', 'aprendiz@trainaction.demo');
    await page.fill('input[name="password"]', 'otra-contraseña-larga');
    await page.selectOption('select[name="country"]', 'HN');
    await page.selectOption('select[name="gender"]', 'man');
    await page.selectOption('select[name="sector"]', 'academia');
    await page.locator('form button[type="submit"]').click();

    await page.waitForSelector('[role="status"] .alert');
    expect((await page.locator('[role="status"] .alert').textContent())?.trim()).toBe(
      'Si la dirección es nueva, su cuenta está lista: inicie sesión. Si ya tenía una cuenta, inicie sesión con su contraseña.',
    );
    expect(page.url()).toContain('/register');
    expect(await page.inputValue('input[name="email"]')).toBe('aprendiz@trainaction.demo');
    expect(await seriousViolations(page)).toEqual([]);
    await page.goto(`${stack.url}/home`);
    await page.waitForURL(/\/login/);
    await page.context().close();
  });

  it('refuses a wrong password with a message, and signs the demo learner in', async () => {
    const page = await newPage();
    await open(page, `${stack.url}/login`);
    await page.fill('input[name="email"]', 'aprendiz@trainaction.demo');
    await page.fill('input[name="password"]', 'no-es-la-clave');
    await page.locator('form button[type="submit"]').click();
    await page.waitForSelector('[role="alert"]');
    expect(page.url()).toContain('/login');

    await page.fill('input[name="password"]', 'TrainAction-demo-2026');
    await page.locator('form button[type="submit"]').click();
    await page.waitForURL(/\/home/);
    await expect(page.getByTestId('home-greeting').textContent()).resolves.toContain('Ana');
    await page.context().close();
  });
});
