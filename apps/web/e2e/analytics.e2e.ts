import { readFileSync } from 'node:fs';
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

/** The cells of one CSV line (the API quotes every field; none of these contain commas). */
const cells = (line: string) => line.split(',').map((c) => c.replace(/^"|"$/g, '').replace(/""/g, '"'));

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
    await page.getByRole('link', { name: 'Analítica' }).click();
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
    const lines = bytes.toString('utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    const header = cells(lines[0]);
    expect(header.slice(0, 3)).toEqual(['country', 'gender', 'learners']);
    const total = cells(lines.at(-1)!);
    expect(total[0]).toBe('Total');
    expect(Number(total[header.indexOf('learners')])).toBe(hn);

    // Donor indicators by quarter, with their own CSV.
    await page.getByRole('link', { name: 'Trimestral' }).click();
    await page.waitForURL(/period=quarter/);
    expect(await page.locator('[data-testid="indicators"] tbody th').first().textContent()).toMatch(/^T\d 2026$/);
    const [indicators] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-indicators').click()]);
    const csv = readFileSync((await indicators.path())!, 'utf8');
    expect(cells(csv.replace(/^\uFEFF/, '').split(/\r?\n/)[0])).toEqual(['period', 'country', 'sex', 'participants', 'completions']);
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
});
