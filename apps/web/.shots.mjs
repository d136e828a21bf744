// Temporary screenshot helper (not committed): node apps/web/.shots.mjs <account> <width> <path>...
import { chromium } from 'playwright-core';
const [account, width, ...paths] = process.argv.slice(2);
const base = 'http://127.0.0.1:8500';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const context = await browser.newContext({ viewport: { width: Number(width), height: 900 }, locale: 'es-HN', timezoneId: 'America/Santo_Domingo' });
const page = await context.newPage();
await page.goto(`${base}/login`);
await page.fill('input[name="email"]', `${account}@trainaction.demo`);
await page.fill('input[name="password"]', 'TrainAction-demo-2026');
await page.locator('form button[type="submit"]').click();
await page.waitForURL(/\/home/);
for (const path of paths) {
  await page.goto(base + path);
  await page.waitForLoadState('networkidle').catch(() => {});
  const name = `${account}-${width}${path.replace(/[^a-z0-9]+/gi, '_')}.png`;
  await page.screenshot({ path: `/tmp/wd/shots/${name}`, fullPage: process.env.FULL !== '0' });
  console.log(name, page.url());
}
await browser.close();
