import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './accessibility';
import { open, startStack, type RunningStack } from './stack';

let stack: RunningStack;

beforeAll(async () => {
  stack = await startStack('browser_analytics');
});
afterAll(() => stack?.stop());

async function signIn(email: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
  const context = await stack.browser.newContext({ viewport, locale: 'es-HN', timezoneId: 'America/Tegucigalpa', acceptDownloads: true });
  const page = await context.newPage();
  await open(page, `${stack.url}/login`);
  await page.fill('input[name="email"]', email);
  await page.fill('input[name="password"]', 'TrainAction-demo-2026');
  await page.locator('form button[type="submit"]').click();
  await page.waitForURL(/\/home/);
  return page;
}

/** The cells of one CSV line (every field quoted; none of these contain the separator). */
const cells = (line: string, separator = ';') => line.split(separator).map((c) => c.replace(/^"|"$/g, '').replace(/""/g, '"'));

const totalLearners = async (page: Page) =>
  Number((await page.locator('[data-testid="crosstab-total"] td[data-measure="learners"]').textContent())!.replace(/\D/g, ''));

describe('analytics dashboard in the browser', () => {
  it('refuses learners', async () => {
    const page = await signIn('aprendiz@trainaction.demo');
    const refused = await page.goto(`${stack.url}/analytics`);
    expect(refused?.status()).toBe(403);
    expect((await page.goto(`${stack.url}/analytics/export/participation?by=country`))?.status()).toBe(403);
    await page.context().close();
  });

  it('shows participation by gender and country, filters, exports the view and passes axe', async () => {
    const page = await signIn('coordinacion@trainaction.demo');
    await page.getByRole('navigation', { name: 'Navegación principal' }).getByRole('link', { name: 'Analítica', exact: true }).click();
    await page.waitForURL(/\/analytics$/);
    expect(await page.locator('h1').textContent()).toBe('Analítica de participación');

    // The sentence a coordinator copies into a donor report, and the key figures.
    const headline = await page.getByTestId('analytics-headline').textContent();
    expect(headline).toContain('1000 personas participaron');
    expect(headline).toContain('564 hombres y 436 mujeres');
    expect(await page.getByTestId('stat-learners').locator('dd').textContent()).toContain('1000');
    expect(await page.getByTestId('stat-man').locator('dd').textContent()).toContain('564');
    expect(await page.getByTestId('stat-woman').locator('dd').textContent()).toContain('436');
    expect(await totalLearners(page)).toBe(1000);

    // Charts are drawn (non-empty canvas) and each has a text alternative and a table view.
    const box = await page.locator('[data-testid="chart-country"] canvas').boundingBox();
    expect(box!.width).toBeGreaterThan(100);
    expect(box!.height).toBeGreaterThan(100);
    const caption = await page.getByTestId('chart-country-caption').textContent();
    expect(caption).toContain('Honduras');
    expect(caption).toContain('Costa Rica');
    expect(await page.getByTestId('chart-months-caption').textContent()).toMatch(/jul.*2026/);
    await page.locator('[data-testid="chart-country"] summary').click();
    expect(await page.locator('[data-testid="chart-country"] table tbody tr').count()).toBe(5);
    expect(await page.locator('[data-testid="heatmap"] tbody tr').count()).toBe(6);
    expect(await seriousViolations(page)).toEqual([]);

    // One country: the caption and the table change, the link can be shared.
    await page.selectOption('#f-country', 'HN');
    await page.getByRole('button', { name: 'Aplicar' }).click();
    await page.waitForURL(/country=HN/);
    await page.waitForFunction(() => !document.querySelector('[data-testid="chart-country-caption"]')?.textContent?.includes('Costa Rica'));
    const hn = await totalLearners(page);
    expect(hn).toBeGreaterThan(0);
    expect(hn).toBeLessThan(1000);
    expect(await page.getByTestId('chart-country-caption').textContent()).toContain('Honduras');
    expect(await page.getByTestId('analytics-headline').textContent()).toContain(`${hn} personas participaron`);

    // Reloading the shared link shows the same view.
    await page.reload();
    expect(await totalLearners(page)).toBe(hn);
    expect(await page.inputValue('#f-country')).toBe('HN');

    // The CSV of this view: byte-order mark, one row per cell, the total line equals the table's total.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-participation').click()]);
    expect(download.suggestedFilename()).toMatch(/^participacion.*HN.*\.csv$/);
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    const header = cells(lines[0]);
    expect(header.slice(0, 3)).toEqual(['País', 'Género', 'Personas participantes']);
    expect(cells(lines[1])[0]).toBe('Honduras');
    const total = cells(lines.at(-1)!);
    expect(total[0]).toBe('Total');
    expect(Number(total[header.indexOf('Personas participantes')])).toBe(hn);

    // Donor indicators by quarter, with their own CSV.
    await page.getByRole('link', { name: 'Trimestral' }).click();
    await page.waitForURL(/period=quarter/);
    expect(await page.locator('[data-testid="indicators"] tbody th').first().textContent()).toMatch(/^T\d 2026$/);
    const [indicators] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-indicators').click()]);
    const csv = readFileSync((await indicators.path())!, 'utf8');
    expect(cells(csv.replace(/^\uFEFF/, '').split(/\r?\n/)[0])).toEqual(['Periodo', 'País', 'Sexo', 'Participantes', 'Cursos finalizados']);
    expect(cells(csv.replace(/^\uFEFF/, '').split(/\r?\n/)[1])[0]).toMatch(/^T\d 2026$/);
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('works on a phone: the table scrolls in a focusable region', async () => {
    const page = await signIn('coordinacion@trainaction.demo', { width: 390, height: 844 });
    await page.goto(`${stack.url}/analytics?by=course,country,gender`);
    const region = page.locator('.table-wrap:has([data-testid="crosstab"])');
    expect(await region.getAttribute('tabindex')).toBe('0');
    const [scrollWidth, clientWidth] = await region.evaluate((el) => [el.scrollWidth, el.clientWidth]);
    expect(scrollWidth).toBeGreaterThan(clientWidth);
    const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(pageWidth).toBeLessThanOrEqual(390);
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });

  // Last: it adds two learners to the demo academy.
  it('with a non-binary learner in Honduras and a self-described one in Costa Rica: 564 men, 436 women, the merged category, Honduras largest, and no download shows a hidden figure', async () => {
    const api = async <T>(path: string, init: { token?: string; body?: unknown } = {}) => {
      const res = await fetch(`${stack.url}/api${path}`, {
        method: init.body ? 'POST' : 'GET',
        headers: { 'content-type': 'application/json', ...(init.token ? { authorization: `Bearer ${init.token}` } : {}) },
        body: init.body ? JSON.stringify(init.body) : undefined,
      });
      return { status: res.status, body: (await res.json().catch(() => null)) as T };
    };
    const token = (
      await api<{ accessToken: string }>('/auth/login', {
        body: { email: 'coordinacion@trainaction.demo', password: 'TrainAction-demo-2026' },
      })
    ).body.accessToken;
    const cohorts = (await api<{ items: { id: string; countries: string[] }[] }>('/cohorts?scope=all', { token })).body.items;
    for (const [country, gender] of [
      ['HN', 'non_binary'],
      ['CR', 'self_described'],
    ] as const) {
      const email = `otra.${gender}@example.org`;
      const registration = {
        email,
        password: 'a-long-enough-password',
        displayName: `Participante ${gender}`,
        country,
        gender,
        ...(gender === 'self_described' ? { genderText: 'agénero' } : {}),
        sector: 'civil_society',
        organization: 'ONG',
        locale: 'es',
      };
      expect((await api('/auth/register', { body: registration })).status).toBe(202);
      const [user] = (await api<{ items: { id: string }[] }>(`/users?q=${encodeURIComponent(email)}`, { token })).body.items;
      const cohort = cohorts.find((c) => c.countries.length === 1 && c.countries[0] === country)!;
      expect((await api(`/cohorts/${cohort.id}/enrollments`, { token, body: { userId: user.id, role: 'learner' } })).status).toBeLessThan(
        300,
      );
    }

    const page = await signIn('coordinacion@trainaction.demo', { width: 1366, height: 768 });
    await page.goto(`${stack.url}/analytics`);
    const headline = (await page.getByTestId('analytics-headline').textContent())!;
    expect(headline).toContain('564 hombres');
    expect(headline).toContain('436 mujeres');
    expect(headline).toContain('menos de 5 de otra identidad o sin respuesta');
    expect(headline).not.toContain('<5');
    const caption = (await page.getByTestId('chart-country-caption').textContent())!;
    expect(caption).toContain('El país con más participantes es Honduras');
    expect(caption).toContain('otra identidad o sin respuesta');
    for (const country of ['Honduras', 'Guatemala', 'El Salvador', 'Costa Rica', 'República Dominicana'])
      expect(caption).toMatch(new RegExp(`${country}: \\d`));

    // What the dashboard hides: the merged category in Honduras and Costa Rica.
    await page.locator('[data-testid="chart-country"] summary').click();
    const hiddenOnPage = await page.locator('[data-testid="chart-country"] td.hidden-cell').count();
    expect(hiddenOnPage).toBe(2);
    const download = async (testId: string) => {
      const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
      const lines = readFileSync((await file.path())!, 'utf8')
        .replace(/^\uFEFF/, '')
        .trim()
        .split(/\r?\n/)
        .map((l) => cells(l));
      return { header: lines[0], rows: lines.slice(1) };
    };
    const participation = await download('export-participation');
    const merged = participation.rows.filter((r) => r[1] === 'Otra identidad o sin respuesta');
    expect(merged.map((r) => r[0]).sort()).toEqual(['Costa Rica', 'Honduras']);
    for (const row of merged) expect(row.slice(2).filter(Boolean)).toEqual(['<5']);
    // Every group of the file reads as the dashboard's table shows it.
    const onPage = await page.locator('[data-testid="chart-country"] table').evaluate((table) => {
      const genders = [...table.querySelectorAll('thead th')].slice(1).map((th) => th.textContent!.trim());
      return [...table.querySelectorAll('tbody tr')].flatMap((tr) =>
        [...tr.querySelectorAll('td')].map((td, i) => [tr.querySelector('th')!.textContent!.trim(), genders[i], td.textContent!.trim()]),
      );
    });
    expect(onPage.length).toBeGreaterThanOrEqual(15);
    for (const [country, gender, shown] of onPage) {
      const row = participation.rows.find((r) => r[0] === country && r[1] === gender);
      expect(row?.[2] ?? '0', `${country} ${gender}`).toBe(/^[\d\s.,]+$/.test(shown) ? shown.replace(/\D/g, '') : shown);
    }
    const indicators = await download('export-indicators');
    for (const row of indicators.rows.filter((r) => r[2] === 'Otra identidad o sin respuesta')) expect(row[3]).toBe('<5');

    // How a coordinator sees it, in Spanish and English, on a laptop and a phone.
    mkdirSync('/tmp/analytics-shots', { recursive: true });
    for (const locale of ['es', 'en']) {
      for (const viewport of [
        { width: 1366, height: 768 },
        { width: 390, height: 844 },
      ]) {
        await page.context().addCookies([{ name: 'PARAGLIDE_LOCALE', value: locale, url: stack.url }]);
        await page.setViewportSize(viewport);
        await page.goto(`${stack.url}/analytics`);
        await page.locator('[data-testid="chart-country"] summary').click();
        await page.screenshot({ path: `/tmp/analytics-shots/${locale}-${viewport.width}.png`, fullPage: true });
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      }
    }
    expect(await page.getByTestId('analytics-headline').textContent()).toContain('564 men');
    await page.context().close();
  });
});
