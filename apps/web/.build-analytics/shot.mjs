import { chromium } from 'playwright-core';
const url = process.argv[2] ?? 'http://127.0.0.1:8800';
const path = process.argv[3] ?? '/analytics';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
for (const [name, viewport] of [['desktop', { width: 1366, height: 900 }], ['phone', { width: 390, height: 844 }]]) {
  const ctx = await browser.newContext({ viewport, locale: 'es-HN', deviceScaleFactor: 1 });
  const page = await ctx.newPage();
  page.on('console', (m) => m.type() === 'error' && console.log('console', m.text()));
  page.on('pageerror', (e) => console.log('pageerror', e.message));
  await page.goto(`${url}/login`);
  await page.fill('input[name="email"]', 'coordinacion@trainaction.demo');
  await page.fill('input[name="password"]', 'TrainAction-demo-2026');
  await page.locator('form button[type="submit"]').click();
  await page.waitForURL(/\/home/);
  const res = await page.goto(`${url}${path}`);
  console.log(name, res.status());
  await page.waitForTimeout(1500);
  await page.screenshot({ path: `/tmp/an/${name}.png`, fullPage: true });
  console.log(await page.getByTestId('analytics-headline').textContent().catch(() => 'no headline'));
  await ctx.close();
}
await browser.close();
