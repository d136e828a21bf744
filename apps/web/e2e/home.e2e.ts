import type { Page } from 'playwright-core';
import type { CohortView, CoordinationOverview, Page as ListPage } from '@trainaction/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './accessibility';
import { DEMO_PASSWORD, open, startStack, type RunningStack } from './stack';

let stack: RunningStack;
let token: string;

beforeAll(async () => {
  stack = await startStack('browser_home');
  token = (await stack.login('coordinacion@trainaction.demo')).accessToken;
});
afterAll(() => stack?.stop());

async function signIn(viewport: { width: number; height: number }): Promise<Page> {
  const context = await stack.browser.newContext({ viewport, locale: 'es-HN' });
  const page = await context.newPage();
  await open(page, `${stack.url}/login`);
  await page.fill('input[name="email"]', 'coordinacion@trainaction.demo');
  await page.fill('input[name="password"]', DEMO_PASSWORD);
  await page.locator('form button[type="submit"]').click();
  await page.waitForURL(/\/home/);
  return page;
}

/** The number in a sentence as the page words it ("1 persona…", "156 personas…"). */
const plural = (count: number, one: string, other: string) => `${count} ${count === 1 ? one : other}`;

describe("the coordinator's home in the browser", () => {
  it('shows the demo coordinator, in Spanish, what needs attention, each a link, on a laptop and on a phone', async () => {
    // One invitation waits: the person was enrolled by e-mail and has not chosen a password.
    const cohort = (await stack.api<ListPage<CohortView>>('/cohorts', token)).items[0];
    await stack.api(`/cohorts/${cohort.id}/invitations`, token, {
      method: 'POST',
      body: JSON.stringify({ email: 'invitada.inicio@ejemplo.org', displayName: 'Inés Inicio', country: 'HN', sector: 'academia' }),
    });
    const overview = await stack.api<CoordinationOverview>('/coordination/overview', token);
    expect(overview.pendingInvitations).toBeGreaterThanOrEqual(1);

    for (const [name, viewport] of [
      ['laptop', { width: 1280, height: 900 }],
      ['phone', { width: 375, height: 812 }],
    ] as const) {
      const page = await signIn(viewport);
      await page.getByRole('heading', { name: 'Su coordinación' }).waitFor();
      for (const heading of ['Participación', 'Invitaciones pendientes', 'Revisiones pendientes', 'Reportes abiertos', 'Cohortes en curso'])
        await page.getByRole('heading', { name: heading, exact: true }).waitFor();

      const participation = page.getByTestId('coord-participation');
      const active = overview.participation.thisWeek.activeLearners;
      if (typeof active === 'number')
        expect(await participation.textContent()).toContain(plural(active, 'persona activa esta semana', 'personas activas esta semana'));
      expect(await participation.textContent()).toMatch(/esta semana/);
      expect(await participation.textContent()).toMatch(/de lunes a domingo/);
      expect(await participation.getByRole('link').getAttribute('href')).toBe('/analytics');

      const pending = page.getByTestId('coord-pending');
      expect(await pending.textContent()).toContain(
        plural(overview.pendingInvitations, 'persona invitada aún no acepta', 'personas invitadas aún no aceptan'),
      );
      expect(await pending.getByRole('link').getAttribute('href')).toBe('/admin/users?status=invited');

      const reviews = page.getByTestId('coord-reviews');
      if (overview.reviewsWaiting === 0) await reviews.getByText('No hay revisiones pendientes.').waitFor();
      else
        expect(await reviews.textContent()).toContain(
          plural(overview.reviewsWaiting, 'entrega espera revisión', 'entregas esperan revisión'),
        );
      const flags = page.getByTestId('coord-flags');
      if (overview.openFlags === 0) await flags.getByText('No hay reportes abiertos.').waitFor();
      else expect(await flags.getByRole('link').getAttribute('href')).toBe('/moderation');

      const rows = page.getByTestId('coord-cohort');
      expect(await rows.count()).toBe(Math.min(overview.cohorts.length, 10));
      if (overview.cohorts.length === 0) await page.getByText('No hay cohortes en curso.').waitFor();
      else {
        const first = overview.cohorts[0];
        expect(await rows.first().getByRole('link', { name: first.name }).getAttribute('href')).toBe(`/cohorts/${first.id}`);
        if (first.reviewsWaiting > 0)
          expect(
            await rows
              .first()
              .getByRole('link', { name: /por revisar/ })
              .getAttribute('href'),
          ).toBe(`/review/${first.id}`);
      }
      const inviting = overview.cohorts.slice(0, 10).find((c) => c.id === cohort.id);
      if (inviting)
        expect(
          await page
            .getByRole('link', { name: /invitaci(ón|ones) pendientes?/ })
            .first()
            .getAttribute('href'),
        ).toContain('/admin/users?status=invited&cohortId=');

      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      await page.screenshot({ path: `/tmp/home-coordinator-${name}.png`, fullPage: true });
      await page.screenshot({ path: `/tmp/home-coordinator-${name}-top.png` });
      expect(await seriousViolations(page)).toEqual([]);

      // The invitations' link leads to the people page filtered to them.
      await pending.getByRole('link').click();
      await page.waitForURL(/\/admin\/users\?status=invited/);
      await page.getByText('Inés Inicio').first().waitFor();
      await page.context().close();
    }
  });
});
