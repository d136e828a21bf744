import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './accessibility';
import { open, startStack, type RunningStack } from './stack';

let stack: RunningStack;

beforeAll(async () => {
  stack = await startStack('browser_courses');
});
afterAll(() => stack?.stop());

async function signIn(email: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
  const context = await stack.browser.newContext({ viewport, locale: 'es-HN', timezoneId: 'America/Tegucigalpa' });
  const page = await context.newPage();
  await open(page, `${stack.url}/login`);
  await page.fill('input[name="email"]', email);
  await page.fill('input[name="password"]', 'TrainAction-demo-2026');
  await page.locator('form button[type="submit"]').click();
  await page.waitForURL(/\/home/);
  return page;
}

const progressOf = (page: Page) => page.locator('[role="progressbar"]').first().getAttribute('aria-valuenow').then(Number);

describe('the catalogue and lessons, in the browser', () => {
  it('finds a course by searching, opens a lesson, marks it done and sees the progress change', async () => {
    const page = await signIn('aprendiz@trainaction.demo');
    await page.getByRole('navigation', { name: 'Navegación principal' }).getByRole('link', { name: 'Cursos' }).click();
    await page.waitForURL(/\/courses$/);
    expect(await page.locator('.course-card').count()).toBe(6);
    expect(await seriousViolations(page)).toEqual([]);

    await page.fill('input[name="q"]', 'ciberseguridad');
    await page.getByRole('button', { name: 'Buscar' }).click();
    await page.waitForURL(/q=ciberseguridad/);
    const cards = page.locator('.course-card');
    expect(await cards.count()).toBe(1);
    await cards.getByRole('link', { name: /ciberseguridad/i }).click();

    await page.waitForURL(/\/courses\/introduccion-ciberseguridad$/);
    expect(await page.locator('h1').textContent()).toContain('ciberseguridad');
    const before = await progressOf(page);
    expect(await seriousViolations(page)).toEqual([]);

    await page.locator('.modules .lessons a').first().click();
    await page.waitForURL(/\/lessons\//);
    expect(await page.locator('.prose h2').count()).toBeGreaterThan(0);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Marcar como completada' }).click();
    await page.getByRole('button', { name: 'Marcar como no completada' }).waitFor();
    const after = await progressOf(page);
    expect(after).toBeGreaterThan(before);

    await page.locator('.crumbs a', { hasText: 'ciberseguridad' }).click();
    await page.waitForURL(/\/courses\/introduccion-ciberseguridad$/);
    expect(await progressOf(page)).toBe(after);
    expect(await page.locator('.lessons li.done').count()).toBeGreaterThan(0);

    // Undo, so the demo learner keeps the seeded state for other specs.
    await page.locator('.modules .lessons a').first().click();
    await page.getByRole('button', { name: 'Marcar como no completada' }).click();
    await page.getByRole('button', { name: 'Marcar como completada' }).waitFor();
    expect(await progressOf(page)).toBe(before);
    await page.context().close();
  });

  it('plays a video lesson with Spanish captions and a transcript, and links to the next lesson', async () => {
    const page = await signIn('aprendiz@trainaction.demo', { width: 390, height: 844 });
    await page.goto(`${stack.url}/courses/introduccion-ciberseguridad`);
    await page.locator('.lessons li', { hasText: 'Video' }).first().locator('a').click();
    await page.waitForURL(/\/lessons\//);
    expect(await page.getAttribute('video track', 'srclang')).toBe('es');
    expect(await page.getAttribute('video track', 'kind')).toBe('captions');
    await page.locator('details.transcript summary').click();
    expect(await page.locator('details.transcript p').count()).toBeGreaterThan(0);
    expect(await page.locator('a[rel="next"]').count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('lets a coordinator write a course in the editor, fix a refused field, save and publish it', async () => {
    const page = await signIn('coordinacion@trainaction.demo');
    await page.goto(`${stack.url}/courses`);
    await page.getByRole('link', { name: 'Nuevo curso' }).click();
    await page.waitForURL(/\/courses\/new$/);
    await page.fill('#slug', 'curso-e2e-editor');
    await page.fill('#title-es', 'Curso del editor');
    await page.fill('#summary-es', 'Un resumen breve.');
    await page.fill('#topics', 'prueba, datos');
    await page.getByRole('button', { name: 'Añadir un módulo' }).click();
    await page.fill('[id="modules.0.title-es"]', 'Primer módulo');
    await page.getByRole('button', { name: /Añadir una lección/ }).click();
    await page.selectOption('[id="modules.0.lessons.0.kind"]', 'video');
    await page.fill('[id="modules.0.lessons.0.title-es"]', 'Un video');
    await page.fill('[id="modules.0.lessons.0.url"]', 'no-es-una-url');
    await page.fill('[id="modules.0.lessons.0.duration"]', '300');
    await page.getByRole('button', { name: /Añadir una lección/ }).click();
    await page.fill('[id="modules.0.lessons.1.title-es"]', 'Un texto');
    await page.fill('[id="modules.0.lessons.1.body"]', '## Hola\n\nTexto **fuerte**.');
    await page.getByRole('button', { name: 'Guardar el curso' }).click();
    await page.waitForSelector('[id="modules.0.lessons.0.url"][aria-invalid="true"]');
    expect(await page.inputValue('[id="modules.0.lessons.1.title-es"]')).toBe('Un texto');
    expect(await seriousViolations(page)).toEqual([]);

    await page.fill('[id="modules.0.lessons.0.url"]', 'https://media.example.org/v.mp4');
    await page.getByRole('button', { name: 'Bajar Módulo 1, Lección 1' }).click();
    await page.getByRole('button', { name: 'Guardar el curso' }).click();
    await page.waitForURL(/\/courses\/curso-e2e-editor\?saved=1$/);
    expect((await page.locator('.lessons li a').allTextContents()).map((t) => t.trim())).toEqual(['Un texto', 'Un video']);

    await page.getByRole('button', { name: 'Publicar' }).click();
    await page.getByRole('button', { name: 'Retirar la publicación' }).waitFor();
    await page.context().close();
  });
});
