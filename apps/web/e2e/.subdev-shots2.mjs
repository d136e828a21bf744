// Temporary manual screenshot script (removed after use).
import { chromium } from 'playwright-core';
const base = 'http://127.0.0.1:8700';
const api = async (path, token, init = {}) => {
  const r = await fetch(`http://127.0.0.1:3700/api${path}`, { ...init, headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) } });
  return r.json();
};
const login = async (email) => (await api('/auth/login', null, { method: 'POST', body: JSON.stringify({ email, password: 'TrainAction-demo-2026' }) })).accessToken;
const t = await login('aprendiz@trainaction.demo');
const cohorts = (await api('/cohorts?scope=mine', t)).items;
const mine = await api('/me/activities', t);
let target;
for (const c of cohorts) {
  const course = await api(`/courses/${c.course.slug}`, t);
  for (const mod of course.modules) for (const a of mod.activities) {
    if (a.kind === 'submission' && !mine.some((x) => x.activityId === a.id && x.cohortId === c.id) && !target) target = { a, c };
  }
}
console.log('target', target?.a.id, target?.c.id, target?.a.rubric);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox'] });
async function signIn(email, viewport) {
  const ctx = await browser.newContext({ viewport, locale: 'es-HN', timezoneId: 'America/Santo_Domingo' });
  const page = await ctx.newPage();
  page.on('console', (m) => m.type() === 'error' && console.log('console', m.text()));
  await page.goto(`${base}/login`);
  await page.fill('input[name="email"]', email);
  await page.fill('input[name="password"]', 'TrainAction-demo-2026');
  await page.locator('form button[type="submit"]').click();
  await page.waitForURL(/\/home/);
  return page;
}
const mode = 'view';
const learner = await signIn('aprendiz@trainaction.demo', { width: 1280, height: 900 });
const phone = await signIn('aprendiz@trainaction.demo', { width: 360, height: 780 });
const url = `${base}/activities/${target.a.id}?cohort=${target.c.id}`;
await learner.goto(url);
await learner.screenshot({ path: '/tmp/subdev-shots/v-learner-desktop.png', fullPage: false });
await phone.goto(url);
await phone.screenshot({ path: '/tmp/subdev-shots/v-learner-phone.png', fullPage: false });
// an already returned one
const ret = mine[0];
await phone.goto(`${base}/activities/${ret.activityId}?cohort=${ret.cohortId}`);
await phone.screenshot({ path: '/tmp/subdev-shots/v-learner-returned-phone.png', fullPage: false });
if (mode === 'all') {
  await learner.fill('#sub-body', 'Mi análisis:\n\n- punto **uno**\n- punto dos');
  await learner.getByRole('button', { name: 'Enviar la entrega' }).click();
  await learner.getByText('Entrega enviada.').waitFor();
  await learner.screenshot({ path: '/tmp/subdev-shots/v-learner-sent.png', fullPage: false });
}
const mod = await signIn('moderacion@trainaction.demo', { width: 1280, height: 900 });
await mod.goto(`${base}/review/${target.c.id}`);
await mod.screenshot({ path: '/tmp/subdev-shots/v-queue-desktop.png', fullPage: false });
const modPhone = await signIn('moderacion@trainaction.demo', { width: 360, height: 780 });
await modPhone.goto(`${base}/review/${target.c.id}`);
await modPhone.screenshot({ path: '/tmp/subdev-shots/v-queue-phone.png', fullPage: false });
await mod.locator('[data-submission] h3 a').first().click();
await mod.waitForURL(/\/review\/[0-9a-f]+\/[0-9a-f]+/);
await mod.screenshot({ path: '/tmp/subdev-shots/v-review-desktop.png', fullPage: false });
await modPhone.goto(mod.url());
await modPhone.screenshot({ path: '/tmp/subdev-shots/v-review-phone.png', fullPage: false });
await browser.close();
