import { chromium } from 'playwright-core';
const URL = 'http://127.0.0.1:8900';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox'] });
const context = await browser.newContext({ viewport: { width: 360, height: 780 }, locale: 'es-HN' });
const page = await context.newPage();
await page.goto(`${URL}/login`);
await page.fill('input[name="email"]', 'moderacion@trainaction.demo');
await page.fill('input[name="password"]', 'TrainAction-demo-2026');
await page.locator('form button[type="submit"]').click();
await page.waitForURL(/\/home/);
await page.goto(`${URL}/moderation/${process.argv[2]}`);
await page.waitForTimeout(2500);
console.log(await page.evaluate(() => {
  const out = [document.documentElement.scrollWidth];
  for (const el of document.querySelectorAll('body *')) { const r = el.getBoundingClientRect(); if (r.right > 362 && getComputedStyle(el).position !== 'fixed') out.push(`${el.tagName}.${el.className} ${Math.round(r.right)}`); }
  return out.slice(0, 15);
}));
await page.screenshot({ path: '/tmp/modwork/shots/console-phone2.png', fullPage: true });
await browser.close();
