import type { CohortView, CourseView, LessonMediaList, Page as ApiPage } from '@trainaction/contracts';
import { aRegistration } from '@trainaction/testing';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './accessibility';
import { open, startStack, type RunningStack } from './stack';

let stack: RunningStack;
let course: CourseView;
let media: LessonMediaList;

const MEDIA_HOST = 'https://media.example.org';

beforeAll(async () => {
  // The web server reads MEDIA_HOSTS from its environment (it inherits this process's).
  process.env.MEDIA_HOSTS = MEDIA_HOST;
  stack = await startStack('browser_lesson_media');
  const { accessToken } = await stack.login('aprendiz@trainaction.demo');
  const [cohort] = (await stack.api<ApiPage<CohortView>>('/cohorts', accessToken)).items;
  course = await stack.api<CourseView>(`/courses/${cohort.course!.slug}`, accessToken);
  media = await stack.api<LessonMediaList>(`/courses/${course.slug}/media`, accessToken);
}, 240_000);
afterAll(async () => {
  delete process.env.MEDIA_HOSTS;
  await stack?.stop();
});

async function signIn(locale: 'es' | 'en'): Promise<Page> {
  const context = await stack.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: locale === 'es' ? 'es-HN' : 'en-US' });
  const page = await context.newPage();
  await open(page, `${stack.url}/login`);
  await page.fill('input[name="email"]', 'aprendiz@trainaction.demo');
  await page.fill('input[name="password"]', 'TrainAction-demo-2026');
  await page.locator('form button[type="submit"]').click();
  await page.waitForURL(/\/home/);
  await context.addCookies([{ name: 'PARAGLIDE_LOCALE', value: locale, url: stack.url }]);
  return page;
}

const lessonsOf = (kind: string) => course.modules.flatMap((m) => m.lessons).filter((l) => l.kind === kind);

describe('lesson media in the browser', () => {
  for (const locale of ['es', 'en'] as const) {
    it(`plays a demo expert video with captions and opens a reading (${locale})`, async () => {
      const page = await signIn(locale);
      const video = lessonsOf('video')[0];
      const response = await page.goto(`${stack.url}/courses/${course.slug}/lessons/${video.id}`);
      await page.waitForSelector('html[data-hydrated]', { state: 'attached' });
      const policy = response?.headers()['content-security-policy'] ?? '';
      expect(policy).toContain(`media-src 'self' ${MEDIA_HOST}`);
      expect(policy).not.toContain('frame-src');

      // Playable: metadata loaded through the relay (Range requests), with a finite duration.
      await page.waitForFunction(() => {
        const element = document.querySelector<HTMLVideoElement>('[data-testid="lesson-video"]');
        return element !== null && element.readyState >= 1 && Number.isFinite(element.duration) && element.duration > 0;
      });
      const duration = await page.locator('[data-testid="lesson-video"]').evaluate((v: HTMLVideoElement) => v.duration);
      expect(duration).toBeGreaterThan(7);
      // Captions: the default track (the reader's language) loads its cues.
      await page.waitForFunction(() => {
        const element = document.querySelector<HTMLVideoElement>('[data-testid="lesson-video"]');
        const track = element?.querySelector('track');
        return (
          element !== null && element.textTracks.length > 0 && (track?.readyState === 2 || (element.textTracks[0].cues?.length ?? 0) > 0)
        );
      });
      const tracks = await page
        .locator('[data-testid="lesson-video"] track')
        .evaluateAll((all) =>
          all.map((t) => ({ lang: t.getAttribute('srclang'), label: t.getAttribute('label'), isDefault: t.hasAttribute('default') })),
        );
      expect(tracks[0]).toEqual({ lang: locale, label: locale === 'es' ? 'Español' : 'English', isDefault: true });
      expect(tracks.map((t) => t.lang).sort()).toEqual(['en', 'es']);
      const cue = await page
        .locator('[data-testid="lesson-video"]')
        .evaluate((v: HTMLVideoElement) => (v.textTracks[0].cues?.[0] as VTTCue | undefined)?.text ?? '');
      expect(cue).toBe(locale === 'es' ? 'Academia TrainAction: video de demostración.' : 'TrainAction academy: demonstration video.');
      expect(await seriousViolations(page)).toEqual([]);

      // The web server relays Range requests to the API: 206 with exactly the bytes asked for.
      const src = await page.locator('[data-testid="lesson-video"]').getAttribute('src');
      expect(src).toMatch(/^\/files\/[0-9a-f]{24}$/);
      const partial = await page.request.get(`${stack.url}${src}`, { headers: { range: 'bytes=0-99' } });
      expect(partial.status()).toBe(206);
      expect(partial.headers()['content-range']).toMatch(/^bytes 0-99\/\d+$/);
      expect((await partial.body()).length).toBe(100);
      // HEAD through the relay: the video's headers (its whole length), no content.
      const head = await page.request.head(`${stack.url}${src}`);
      expect(head.status()).toBe(200);
      expect(head.headers()['content-length']).toBe(partial.headers()['content-range'].split('/')[1]);
      expect(head.headers()['accept-ranges']).toBe('bytes');
      expect((await head.body()).length).toBe(0);

      // A reading opens in the browser: its link answers an inline PDF.
      const reading = lessonsOf('reading')[0];
      await open(page, `${stack.url}/courses/${course.slug}/lessons/${reading.id}`);
      const link = page.getByTestId('lesson-file-open');
      expect(await link.textContent()).toContain(reading.title.es);
      const pdf = await page.request.get(`${stack.url}${await link.getAttribute('href')}`);
      expect(pdf.status()).toBe(200);
      expect(pdf.headers()['content-type']).toBe('application/pdf');
      expect(pdf.headers()['content-disposition']).toMatch(/^inline/);
      expect((await pdf.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const [tab] = await Promise.all([page.context().waitForEvent('page'), link.click()]);
      await tab.waitForLoadState('domcontentloaded').catch(() => undefined);
      expect(tab.url()).toBe(`${stack.url}${await link.getAttribute('href')}`);
      expect(await seriousViolations(page)).toEqual([]);
      await page.context().close();
    });
  }

  it('lets the coordinator attach captions to a lesson from the course editor and remove them', async () => {
    const context = await stack.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'es-HN' });
    const page = await context.newPage();
    await open(page, `${stack.url}/login`);
    await page.fill('input[name="email"]', 'coordinacion@trainaction.demo');
    await page.fill('input[name="password"]', 'TrainAction-demo-2026');
    await page.locator('form button[type="submit"]').click();
    await page.waitForURL(/\/home/);
    await open(page, `${stack.url}/courses/${course.slug}/edit`);
    const lessonId = lessonsOf('video')[0].id;
    const box = page.locator(`[aria-labelledby="media-${lessonId}-title"]`);
    expect(await box.locator(`#media-${lessonId}-title`).textContent()).toContain('3 archivos adjuntos');
    await box.locator(`#media-${lessonId}-kind`).selectOption('captions');
    await box.locator(`#media-${lessonId}-language`).selectOption('pt');
    await box
      .locator(`#media-${lessonId}-file`)
      .setInputFiles({ name: 'charla.pt.vtt', mimeType: 'text/vtt', buffer: Buffer.from('WEBVTT\n\n00:00.000 --> 00:02.000\nOlá\n') });
    await box.getByRole('button', { name: 'Adjuntar el archivo' }).click();
    await box.getByText('Se adjuntó «charla.pt.vtt».').waitFor();
    expect(await box.locator(`#media-${lessonId}-title`).textContent()).toContain('4 archivos adjuntos');
    expect(await seriousViolations(page)).toEqual([]);
    await box.getByRole('button', { name: 'Quitar «charla.pt.vtt»' }).click();
    await box.getByText('Se quitó «charla.pt.vtt» y se borró el archivo.').waitFor();
    const { accessToken } = await stack.login('coordinacion@trainaction.demo');
    const after = await stack.api<LessonMediaList>(`/courses/${course.slug}/media`, accessToken);
    expect(after.items.filter((m) => m.lessonId === lessonId).map((m) => m.language ?? m.kind)).toEqual(['video', 'es', 'en']);
    await context.close();
  });

  it('answers 404 through the relay to someone in none of the course’s cohorts, and sends signed-out people to sign in', async () => {
    const file = media.items.find((m) => m.kind === 'video')!;
    const context = await stack.browser.newContext();
    const signedOut = await context.request.get(`${stack.url}/files/${file.fileId}`, { maxRedirects: 0 });
    expect(signedOut.status()).toBe(303);
    expect(signedOut.headers().location).toMatch(/^\/login/);

    const outsider = aRegistration();
    await fetch(`${stack.url}/api/auth/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(outsider),
    });
    const page = await context.newPage();
    await open(page, `${stack.url}/login`);
    await page.fill('input[name="email"]', outsider.email);
    await page.fill('input[name="password"]', outsider.password);
    await page.locator('form button[type="submit"]').click();
    await page.waitForURL(/\/home/);
    for (const item of [file, media.items.find((m) => m.kind === 'document')!]) {
      const refused = await page.request.get(`${stack.url}/files/${item.fileId}`, { headers: { range: 'bytes=0-9' } });
      expect(refused.status()).toBe(404);
      expect(await refused.text()).toContain('No encontramos lo que busca.');
    }
    await context.close();
  });
});
