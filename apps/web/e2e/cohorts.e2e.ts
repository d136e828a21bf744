import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './accessibility';
import { open, startStack, type RunningStack } from './stack';

let stack: RunningStack;

beforeAll(async () => {
  stack = await startStack('browser_cohorts');
});
afterAll(() => stack?.stop());

async function signIn(email: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
  const context = await stack.browser.newContext({ viewport, locale: 'es-HN', timezoneId: 'America/Santo_Domingo' });
  const page = await context.newPage();
  await open(page, `${stack.url}/login`);
  await page.fill('input[name="email"]', email);
  await page.fill('input[name="password"]', 'TrainAction-demo-2026');
  await page.locator('form button[type="submit"]').click();
  await page.waitForURL(/\/home/);
  return page;
}

/** 20 people, two of them wrong: a malformed e-mail (line 5) and an unknown country (line 12). */
function roster(): string {
  const tag = randomBytes(3).toString('hex');
  const countries = ['HN', 'SV', 'GT', 'CR', 'DO'];
  const lines = ['email,name,country,gender,sector,organisation'];
  for (let i = 1; i <= 20; i++) {
    const email = i === 4 ? 'sin-arroba.example.org' : `e2e.${tag}.${i}@example.org`;
    const country = i === 11 ? 'XX' : countries[i % 5];
    lines.push(`${email},Persona ${i} Prueba,${country},${i % 2 ? 'woman' : 'man'},public_employee,Ministerio ${i}`);
  }
  return lines.join('\n');
}

describe('cohorts in the browser', () => {
  it('shows a learner their cohorts with the schedule in two time zones, and refuses coordinator pages', async () => {
    // Times follow the zone chosen on the profile (the browser's own zone plays no part).
    const { accessToken } = await stack.login('aprendiz@trainaction.demo');
    await stack.api('/me', accessToken, { method: 'PATCH', body: JSON.stringify({ timeZone: 'America/Santo_Domingo' }) });
    const page = await signIn('aprendiz@trainaction.demo');
    await page.goto(`${stack.url}/cohorts`);
    expect(await page.locator('h1').textContent()).toBe('Mis cohortes');
    expect(await page.locator('.cohort-card').count()).toBeGreaterThanOrEqual(2);
    expect(await seriousViolations(page)).toEqual([]);

    await page.locator('.cohort-card h3 a').first().click();
    await page.waitForURL(/\/cohorts\/[0-9a-f]{24}$/);
    await page.getByTestId('schedule-viewer').waitFor();
    expect(await page.getByTestId('schedule-viewer').textContent()).toContain('GMT-4');
    expect(await page.getByTestId('schedule-cohort').textContent()).toContain('GMT-6');
    expect(await page.locator('details.country').count()).toBeGreaterThan(0);
    expect(await seriousViolations(page)).toEqual([]);

    const refused = await page.goto(`${stack.url}/cohorts/new`);
    expect(refused?.status()).toBe(403);
    await page.context().close();
  });

  it('lets a coordinator create a cohort, with field errors first, and import a roster with a report', async () => {
    const page = await signIn('coordinacion@trainaction.demo');
    await page.goto(`${stack.url}/cohorts`);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Nueva cohorte' }).click();
    await page.waitForURL(/\/cohorts\/new$/);
    expect(await seriousViolations(page)).toEqual([]);

    // An end before the start and no country: both fields are marked.
    await page.selectOption('select[name="courseId"]', { label: 'Curso introductorio de ciberseguridad' });
    await page.fill('input[name="name"]', 'Ciberseguridad · Prueba e2e');
    await page.fill('input[name="startsAt"]', '2027-03-01T09:00');
    await page.fill('input[name="endsAt"]', '2027-02-01T09:00');
    await page.getByRole('button', { name: 'Crear la cohorte' }).click();
    await page.waitForSelector('#endsAt[aria-invalid="true"]');
    expect(await page.locator('#countries-error').count()).toBe(1);
    expect(await page.inputValue('input[name="name"]')).toBe('Ciberseguridad · Prueba e2e');
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByLabel('Honduras').check();
    await page.getByLabel('República Dominicana').check();
    await page.fill('input[name="endsAt"]', '2027-06-30T17:00');
    await page.fill('input[name="capacity"]', '50');
    await page.getByRole('button', { name: 'Crear la cohorte' }).click();
    await page.waitForURL(/\/cohorts\/[0-9a-f]{24}\/enrol\?created=1$/);
    expect(await seriousViolations(page)).toEqual([]);

    await page.fill('textarea[name="csv"]', roster());
    await page.getByRole('button', { name: 'Importar' }).click();
    await page.waitForSelector('[data-testid="import-report"][data-status="done"]', { timeout: 30_000 });
    expect(await page.getByTestId('count-enrolled').textContent()).toBe('18');
    expect(await page.getByTestId('count-invalid').textContent()).toBe('2');
    const bad = page.locator('tr[data-row-status="invalid"]');
    expect(await bad.count()).toBe(2);
    for (const row of await bad.all()) expect((await row.locator('td').last().textContent())?.trim()).not.toBe('');
    expect(await page.locator('[role="status"]', { hasText: 'Importación terminada' }).count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);

    // A file that is not a roster is refused on the field.
    await page.fill('textarea[name="csv"]', 'esto no es un csv');
    await page.getByRole('button', { name: 'Importar' }).click();
    await page.waitForSelector('#csv[aria-invalid="true"]');
    await page.context().close();
  });

  it('previews balanced cohorts as a table before creating them', async () => {
    const page = await signIn('coordinacion@trainaction.demo', { width: 390, height: 844 });
    await page.goto(`${stack.url}/cohorts/build`);
    expect(await seriousViolations(page)).toEqual([]);
    await page.selectOption('select[name="courseId"]', { label: 'Seguridad ciudadana, justicia y cohesión social' });
    await page.fill('input[name="cohortCount"]', '3');
    await page.fill('input[name="namePrefix"]', 'Intercambio e2e');
    await page.fill('input[name="startsAt"]', '2027-03-01T09:00');
    await page.fill('input[name="endsAt"]', '2027-07-30T17:00');
    await page.getByRole('button', { name: 'Ver la propuesta' }).click();
    await page.getByTestId('balance-preview').waitFor();
    const firstTable = page.getByTestId('balance-preview').locator('table').first();
    expect(await firstTable.locator('tbody tr').count()).toBe(4);
    expect(await page.getByRole('button', { name: 'Crear las 3 cohortes' }).count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });
});
