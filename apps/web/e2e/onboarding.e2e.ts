import { randomBytes } from 'node:crypto';
import type { CohortView, CourseSummary } from '@trainaction/contracts';
import { linkIn, startSmtpServer, type ReceivedMail, type TestSmtpServer } from '@trainaction/testing';
import mongoose from 'mongoose';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './accessibility';
import { open, startStack, type RunningStack } from './stack';

/**
 * Invitations and e-mail verification in Chromium, with the mail read from a real SMTP server in this
 * process (issue 20): a CSV import of a new address invites it; the link chooses a password and lands on
 * the home page in the cohort; the link then fails; an expired link says so and offers a new invitation.
 * A self-registered person sees why they cannot post yet, gets a new link, and confirms the address.
 */
let smtp: TestSmtpServer;
let stack: RunningStack;
let cohort: CohortView;
const PASSWORD = 'mi-contraseña-elegida-2026';

beforeAll(async () => {
  smtp = await startSmtpServer();
  stack = await startStack('browser_invite', { SMTP_URL: smtp.url });
  const coordinator = await stack.login('coordinacion@trainaction.demo');
  const [course] = (await stack.api<{ items: CourseSummary[] }>('/courses', coordinator.accessToken)).items;
  cohort = await stack.api<CohortView>('/cohorts', coordinator.accessToken, {
    method: 'POST',
    body: JSON.stringify({
      courseId: course.id,
      name: 'Cohorte de invitaciones',
      countries: ['HN'],
      startsAt: '2027-01-10T09:00:00-06:00',
      endsAt: '2027-06-30T17:00:00-06:00',
      timezone: 'America/Tegucigalpa',
    }),
  });
});
afterAll(async () => {
  await stack?.stop();
  await smtp?.close();
});

async function newPage(): Promise<Page> {
  const context = await stack.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'es-HN' });
  return context.newPage();
}

async function signIn(email: string): Promise<Page> {
  const page = await newPage();
  await open(page, `${stack.url}/login`);
  await page.fill('input[name="email"]', email);
  await page.fill('input[name="password"]', 'TrainAction-demo-2026');
  await page.locator('form button[type="submit"]').click();
  await page.waitForURL(/\/home/);
  return page;
}

function invitationTo(email: string, after = 0): Promise<ReceivedMail> {
  return smtp.waitFor((m) => m.to === email && m.text.includes('/invitation?token=') && smtp.received.indexOf(m) >= after, 30_000);
}

/** Chooses a password on an opened invitation page. */
async function choosePassword(page: Page, password: string): Promise<void> {
  await page.fill('input[name="password"]', password);
  await page.getByRole('button', { name: 'Guardar y entrar' }).click();
}

describe('an invitation, in the browser', () => {
  it('comes from a CSV import, chooses a password, lands on the home page in the cohort, and then fails', async () => {
    const email = `invitada.${randomBytes(3).toString('hex')}@example.org`;
    const coordinator = await signIn('coordinacion@trainaction.demo');
    await open(coordinator, `${stack.url}/cohorts/${cohort.id}/enrol`);
    expect(await coordinator.textContent('body')).toContain('Cada persona nueva recibe una invitación por correo');
    await coordinator.fill('textarea[name="csv"]', `email,name,country,gender,sector\n${email},Irene Invitada,HN,woman,public_employee`);
    await coordinator.getByRole('button', { name: 'Importar' }).click();
    await coordinator.waitForSelector('[data-testid="import-report"][data-status="done"]', { timeout: 30_000 });
    expect(await seriousViolations(coordinator)).toEqual([]);

    const mail = await invitationTo(email);
    expect(mail.subject).toBe('Invitación a Cohorte de invitaciones en TrainAction');
    expect(mail.text).toContain('le inscribió en la cohorte «Cohorte de invitaciones»');
    const link = linkIn(mail, `${stack.url}/invitation?token=`);

    // The cohort's page shows the person as invited and pending, with a way to send the invitation again.
    await open(coordinator, `${stack.url}/cohorts/${cohort.id}`);
    const pending = coordinator.locator('li', { hasText: 'Irene Invitada' });
    expect(await pending.getByTestId('member-pending').textContent()).toBe('invitada/o, pendiente');
    expect(await pending.getByRole('button', { name: 'Reenviar la invitación a Irene Invitada' }).count()).toBe(1);
    expect(await seriousViolations(coordinator)).toEqual([]);

    const page = await newPage();
    await open(page, link);
    expect(await page.getByTestId('invitation-cohort').textContent()).toContain('Cohorte de invitaciones');
    expect(await seriousViolations(page)).toEqual([]);
    await choosePassword(page, 'corta');
    await page.waitForSelector('input[name="password"][aria-invalid="true"]');
    expect(await page.textContent('body')).toContain('La contraseña debe tener entre 10 y 200 caracteres.');
    await choosePassword(page, PASSWORD);
    await page.waitForURL(/\/home$/);
    await expect(page.getByTestId('home-greeting').textContent()).resolves.toContain('Irene Invitada');
    expect(await page.locator('.my-cohorts h3 a').allTextContents()).toEqual(['Cohorte de invitaciones']);
    expect(await page.getByTestId('verify-banner').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);

    await open(coordinator, `${stack.url}/cohorts/${cohort.id}`);
    expect(await coordinator.locator('li', { hasText: 'Irene Invitada' }).getByTestId('member-pending').count()).toBe(0);

    // The same link a second time: a clear page, with the ways on, and no form.
    const again = await newPage();
    await open(again, link);
    expect(await again.textContent('[data-testid="invitation-link-problem"]')).toContain('Esta invitación ya se usó');
    expect(await again.locator('input[name="password"]').count()).toBe(0);
    expect(await seriousViolations(again)).toEqual([]);
    await again.getByTestId('invitation-link-problem').getByRole('link', { name: 'Iniciar sesión' }).click();
    await again.waitForURL(/\/login$/);
    for (const p of [coordinator, page, again]) await p.context().close();
  });

  it('says an expired link expired, and asks for a new invitation that arrives by mail', async () => {
    const email = `caducada.${randomBytes(3).toString('hex')}@example.org`;
    const coordinator = await stack.login('coordinacion@trainaction.demo');
    await stack.api(`/cohorts/${cohort.id}/invitations`, coordinator.accessToken, {
      method: 'POST',
      body: JSON.stringify({ email, displayName: 'Carlos Caducado', country: 'HN', sector: 'research' }),
    });
    const link = linkIn(await invitationTo(email), `${stack.url}/invitation?token=`);
    const linkId = new URL(link).searchParams.get('token')!.split('.')[0];
    const db = await mongoose.createConnection(stack.databaseUri).asPromise();
    try {
      await db
        .collection('account_links')
        .updateOne({ _id: new mongoose.Types.ObjectId(linkId) }, { $set: { expiresAt: new Date(Date.now() - 1000) } });
    } finally {
      await db.close();
    }

    const page = await newPage();
    await open(page, link);
    expect(await page.textContent('[data-testid="invitation-link-problem"]')).toContain('La invitación venció');
    expect(await page.locator('input[name="password"]').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    const after = smtp.received.length;
    await page.getByRole('button', { name: 'Pedir una invitación nueva' }).click();
    await page.waitForSelector('[data-testid="invitation-renewed"]');
    expect(await page.textContent('[data-testid="invitation-renewed"]')).toContain(
      'Si la invitación seguía pendiente, le enviamos una nueva',
    );
    expect(await seriousViolations(page)).toEqual([]);

    const renewed = linkIn(await invitationTo(email, after), `${stack.url}/invitation?token=`);
    expect(renewed).not.toBe(link);
    await open(page, renewed);
    await choosePassword(page, PASSWORD);
    await page.waitForURL(/\/home$/);
    expect(await page.locator('.my-cohorts h3 a').allTextContents()).toEqual(['Cohorte de invitaciones']);
    await page.context().close();
  });
});

describe('e-mail verification, in the browser', () => {
  it('shows a registered person a banner until the address is confirmed, with a new link on request', async () => {
    const email = `registrada.${randomBytes(3).toString('hex')}@example.org`;
    await stack.api('/auth/register', '', {
      method: 'POST',
      body: JSON.stringify({
        email,
        password: PASSWORD,
        displayName: 'Rita Registrada',
        country: 'HN',
        gender: 'woman',
        sector: 'academia',
      }),
    });
    const verificationTo = (after: number) =>
      smtp.waitFor((m) => m.to === email && m.text.includes('/verify-email?token=') && smtp.received.indexOf(m) >= after, 30_000);
    const first = linkIn(await verificationTo(0), `${stack.url}/verify-email?token=`);

    const page = await newPage();
    await open(page, `${stack.url}/login`);
    await page.fill('input[name="email"]', email);
    await page.fill('input[name="password"]', PASSWORD);
    await page.locator('main form button[type="submit"]').click();
    await page.waitForURL(/\/home/);
    const banner = page.getByTestId('verify-banner');
    expect(await banner.textContent()).toContain(`Confirme su dirección de correo (${email})`);
    expect(await seriousViolations(page)).toEqual([]);
    const after = smtp.received.length;
    await banner.getByRole('button', { name: 'Enviar el enlace otra vez' }).click();
    await banner.locator('[role="status"] .alert').waitFor();
    expect(await banner.locator('[role="status"] .alert').textContent()).toBe('Le enviamos un enlace nuevo; los anteriores ya no sirven.');
    const second = linkIn(await verificationTo(after), `${stack.url}/verify-email?token=`);

    await open(page, first);
    await page.getByRole('button', { name: 'Confirmar mi dirección' }).click();
    await page.waitForSelector('[data-testid="verify-link-problem"]');
    expect(await page.textContent('[data-testid="verify-link-problem"]')).toContain('Le enviamos un enlace más reciente');
    expect(await seriousViolations(page)).toEqual([]);

    await open(page, second);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Confirmar mi dirección' }).click();
    await page.waitForSelector('[data-testid="verify-done"]');
    expect(await page.getByTestId('verify-banner').count()).toBe(0);
    await page.getByRole('link', { name: 'Ir al inicio' }).click();
    await page.waitForURL(/\/home$/);
    expect(await page.getByTestId('verify-banner').count()).toBe(0);
    await page.context().close();
  });
});
