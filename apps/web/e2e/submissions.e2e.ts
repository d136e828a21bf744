import { pdfBytes } from '@trainaction/testing';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './accessibility';
import { open, startStack, type RunningStack } from './stack';

let stack: RunningStack;

beforeAll(async () => {
  stack = await startStack('browser_submissions');
});
afterAll(() => stack?.stop());

const PASSWORD = 'TrainAction-demo-2026';

const apiGet = <T>(path: string, token: string) => stack.api<T>(path, token);

const apiToken = async (email: string) => (await stack.login(email, PASSWORD)).accessToken;

async function signIn(browser: Browser, email: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
  const context = await browser.newContext({ viewport, locale: 'es-HN', timezoneId: 'America/Santo_Domingo' });
  const page = await context.newPage();
  // Wait for hydration: a form filled before it can lose its values under load.
  await open(page, `${stack.url}/login`);
  await page.fill('input[name="email"]', email);
  await page.fill('input[name="password"]', PASSWORD);
  await page.locator('form button[type="submit"]').click();
  try {
    await page.waitForURL(/\/home/);
  } catch (err) {
    throw new Error(
      `sign-in of ${email} stayed on ${page.url()}: ${(
        await page
          .locator('main')
          .textContent()
          .catch(() => '?')
      )?.slice(0, 300)}`,
      { cause: err },
    );
  }
  return page;
}

interface Target {
  activityId: string;
  cohortId: string;
  rubric: { criterion: string; maxScore: number }[];
}

/** A 'submission' activity in one of aprendiz's cohorts' courses that aprendiz has not submitted yet. */
async function unsubmittedActivity(): Promise<Target> {
  const token = await apiToken('aprendiz@trainaction.demo');
  const cohorts = await apiGet<{ items: { id: string; courseId: string; myRole?: string; course?: { slug: string } }[] }>(
    '/cohorts?scope=mine',
    token,
  );
  const mine = await apiGet<{ activityId: string; cohortId: string }[]>('/me/activities', token);
  for (const cohort of cohorts.items.filter((c) => c.myRole === 'learner' && c.course)) {
    const course = await apiGet<{ modules: { activities: { id: string; kind: string; rubric?: Target['rubric'] }[] }[] }>(
      `/courses/${cohort.course!.slug}`,
      token,
    );
    for (const activity of course.modules.flatMap((m) => m.activities)) {
      if (activity.kind === 'submission' && !mine.some((a) => a.activityId === activity.id && a.cohortId === cohort.id)) {
        return { activityId: activity.id, cohortId: cohort.id, rubric: activity.rubric ?? [] };
      }
    }
  }
  throw new Error('no unsubmitted submission activity for aprendiz');
}

describe('activity submissions in the browser', () => {
  it('learner submits, moderator sees it arrive live and returns it, learner resubmits, moderator accepts', async () => {
    const target = await unsubmittedActivity();
    // Due dates show in the cohort's zone and in the one the learner chose on their profile.
    const { accessToken } = await stack.login('aprendiz@trainaction.demo');
    await stack.api('/me', accessToken, { method: 'PATCH', body: JSON.stringify({ timeZone: 'America/Santo_Domingo' }) });
    const learner = await signIn(stack.browser, 'aprendiz@trainaction.demo');
    const moderator = await signIn(stack.browser, 'moderacion@trainaction.demo');

    // The moderator's queue is open before anything arrives.
    await moderator.goto(`${stack.url}/review/${target.cohortId}?status=submitted`);
    expect(await moderator.locator('h1').textContent()).toBe('Entregas por revisar');
    await moderator.getByText('En vivo').waitFor();
    expect(await seriousViolations(moderator)).toEqual([]);

    // The learner's activity page: prompt, due date, rubric, editor.
    await learner.goto(`${stack.url}/activities/${target.activityId}?cohort=${target.cohortId}`);
    await learner.getByRole('heading', { name: 'Consigna' }).waitFor();
    expect(await learner.getByTestId('submission-status').textContent()).toContain('Aún no ha enviado');
    expect(await learner.getByTestId('due-cohort').textContent()).toContain('GMT-6');
    expect(await learner.getByTestId('due-viewer').textContent()).toContain('GMT-4');
    expect(await seriousViolations(learner)).toEqual([]);

    await learner.waitForFunction(() => document.querySelector('#sub-body') !== null);
    await learner.getByLabel('Texto de su entrega').fill('Primera versión: **diagnóstico** con dos fuentes.');
    await learner.getByRole('button', { name: 'Enviar la entrega' }).click();
    await learner.getByTestId('submission-status').getByText('Enviada').waitFor();

    // It arrives live in the moderator's queue, with no reload.
    const item = moderator.locator('[data-submission]').filter({ hasText: 'Aprendiz' }).first();
    await item.waitFor({ timeout: 15_000 });
    await item.getByRole('button', { name: /Tomar/ }).click();
    await item.getByText('La está revisando usted').waitFor();
    await item.getByRole('link', { name: /Revisar/ }).click();
    await moderator.waitForURL(/\/review\/[0-9a-f]{24}\/[0-9a-f]{24}$/);
    await moderator.getByRole('heading', { name: 'Su revisión' }).waitFor();
    expect(await seriousViolations(moderator)).toEqual([]);

    // Returned with feedback and a per-criterion comment.
    if (target.rubric.length > 0) {
      await moderator.locator('#rv-score-0').fill('2');
      await moderator.locator('#rv-comment-0').fill('Falta la segunda fuente de datos.');
    }
    await moderator.getByLabel('Comentarios generales').fill('Buen inicio; agregue los indicadores de seguimiento.');
    await moderator.getByRole('button', { name: 'Devolver' }).click();
    await moderator.getByText('Entrega devuelta con sus comentarios.').waitFor();
    await moderator.getByTestId('review-status').getByText('Devuelta').waitFor();

    // The learner sees the feedback without reloading, then sends version 2.
    await learner.getByTestId('submission-status').getByText('Devuelta').waitFor({ timeout: 15_000 });
    expect(await learner.getByTestId('feedback').first().textContent()).toContain('agregue los indicadores');
    if (target.rubric.length > 0) expect(await learner.locator('.criteria').first().textContent()).toContain('Falta la segunda fuente');
    await learner.getByLabel('Texto de su entrega').fill('Segunda versión con indicadores de seguimiento.');
    await learner.getByRole('button', { name: 'Enviar la nueva versión' }).click();
    await learner.getByTestId('submission-status').getByText('Versión 2').waitFor();

    // The moderator's review page follows live to version 2; accept it.
    await moderator.locator('[data-version="2"]').waitFor({ timeout: 15_000 });
    await moderator.getByLabel('Comentarios generales').fill('Excelente: cumple la consigna.');
    await moderator.getByRole('button', { name: 'Aceptar' }).click();
    await moderator.getByText('Entrega aceptada.').waitFor();

    await learner.getByTestId('submission-status').getByText('Aceptada').waitFor({ timeout: 15_000 });
    expect(await learner.locator('[data-version]').count()).toBe(2);
    expect(await seriousViolations(learner)).toEqual([]);

    await learner.context().close();
    await moderator.context().close();
  }, 240_000);

  it('queues a submission written offline and sends it once on reconnection', async () => {
    const target = await unsubmittedActivity();
    const learner = await signIn(stack.browser, 'aprendiz@trainaction.demo', { width: 360, height: 780 });
    await learner.goto(`${stack.url}/activities/${target.activityId}?cohort=${target.cohortId}`);
    await learner.waitForFunction(() => document.querySelector('#sub-body') !== null);
    // Let the socket connect first (the page attaches on connection).
    await learner.waitForTimeout(500);

    // Offline: the send gets no answer (the socket has not noticed yet), so it waits as "pendiente de envío".
    await learner.context().setOffline(true);
    await learner.getByLabel('Texto de su entrega').fill('Escrita sin conexión.');
    await learner.getByRole('button', { name: 'Enviar la entrega' }).click();
    await learner.getByTestId('pending').waitFor({ timeout: 20_000 });
    expect(await learner.getByTestId('submission-status').textContent()).toContain('Pendiente de envío');
    // Stored with its clientSubmissionId, so a reload would keep it.
    const queued = await learner.evaluate(() =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith('ta:submission-outbox:'))
        .map((k) => localStorage.getItem(k)),
    );
    expect(queued).toHaveLength(1);
    expect(queued[0]).toContain('Escrita sin conexión.');

    await learner.context().setOffline(false);
    // Sent again with the same clientSubmissionId on the retry (or on reconnection): one version only.
    await learner.getByTestId('submission-status').getByText('Enviada').waitFor({ timeout: 60_000 });
    expect(await learner.getByTestId('pending').count()).toBe(0);

    const token = await apiToken('aprendiz@trainaction.demo');
    const list = await apiGet<{ versions: unknown[] }[]>(`/activities/${target.activityId}/submissions?cohortId=${target.cohortId}`, token);
    expect(list).toHaveLength(1);
    expect(list[0].versions).toHaveLength(1);
    await learner.context().close();
  }, 180_000);

  it('learner attaches two PDFs to a submission; the moderator opens both from the review page', async () => {
    const target = await unsubmittedActivity();
    // Due dates show in the cohort's zone and in the one the learner chose on their profile.
    const { accessToken } = await stack.login('aprendiz@trainaction.demo');
    await stack.api('/me', accessToken, { method: 'PATCH', body: JSON.stringify({ timeZone: 'America/Santo_Domingo' }) });
    const learner = await signIn(stack.browser, 'aprendiz@trainaction.demo');
    await learner.goto(`${stack.url}/activities/${target.activityId}?cohort=${target.cohortId}`);
    await learner.waitForFunction(() => document.querySelector('#sub-files') !== null);
    await learner.getByText('hasta 3 archivos de 10 MB cada uno').waitFor();
    const first = pdfBytes('Informe de diagnóstico');
    const second = pdfBytes('Anexo: indicadores');
    await learner.locator('#sub-files').setInputFiles([
      { name: 'Diagnóstico.pdf', mimeType: 'application/pdf', buffer: first },
      { name: 'Anexo indicadores.pdf', mimeType: 'application/pdf', buffer: second },
    ]);
    const picked = learner.getByTestId('attachments');
    await picked.getByRole('link', { name: 'Anexo indicadores.pdf', exact: true }).waitFor();
    expect(await picked.getByRole('link', { name: 'Diagnóstico.pdf', exact: true }).count()).toBe(1);
    expect(await seriousViolations(learner)).toEqual([]);
    await learner.getByLabel('Texto de su entrega').fill('Entrega con el informe y su anexo.');
    await learner.getByRole('button', { name: 'Enviar la entrega' }).click();
    await learner.getByTestId('submission-status').getByText('Enviada').waitFor();
    await learner.locator('[data-version="1"]').getByRole('link', { name: 'Diagnóstico.pdf', exact: true }).waitFor();

    const token = await apiToken('aprendiz@trainaction.demo');
    const [submission] = await apiGet<{ id: string }[]>(`/activities/${target.activityId}/submissions?cohortId=${target.cohortId}`, token);
    const moderator = await signIn(stack.browser, 'moderacion@trainaction.demo');
    await moderator.goto(`${stack.url}/review/${target.cohortId}/${submission.id}`);
    const version = moderator.locator('[data-version="1"]');
    for (const [name, bytes] of [
      ['Diagnóstico.pdf', first],
      ['Anexo indicadores.pdf', second],
    ] as const) {
      const link = version.getByRole('link', { name, exact: true });
      await link.waitFor();
      const href = await link.getAttribute('href');
      // Opened with the moderator's browser session (its cookies), as a click in a new tab would.
      const opened = await moderator.context().request.get(`${stack.url}${href}`);
      expect(opened.status()).toBe(200);
      expect(opened.headers()['content-type']).toBe('application/pdf');
      expect(opened.headers()['content-disposition']).toMatch(/^inline; /);
      expect(opened.headers()['x-content-type-options']).toBe('nosniff');
      expect(Buffer.from(await opened.body())).toEqual(bytes);
    }
    expect(await seriousViolations(moderator)).toEqual([]);
    // A browser without a session is sent to sign in; it gets nothing of the file.
    const stranger = await stack.browser.newContext();
    const refused = await stranger.request.get(
      `${stack.url}${await version.getByRole('link', { name: 'Diagnóstico.pdf', exact: true }).getAttribute('href')}`,
      { maxRedirects: 0 },
    );
    expect(refused.status()).toBe(303);
    await stranger.close();
    await learner.context().close();
    await moderator.context().close();
  }, 180_000);
});
