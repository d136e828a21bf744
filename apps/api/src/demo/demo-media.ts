import { createReadStream, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { LessonMediaService } from '@trainaction/catalog';
import type { CourseView } from '@trainaction/contracts';
import { readingPdf } from './demo-reading-pdf';

/** The folder of the shipped clip and captions: beside this file in the sources, copied beside the build (nest-cli.json assets). */
function mediaFolder(): string {
  const candidates = [join(__dirname, 'media'), join(__dirname, 'demo', 'media'), join(process.cwd(), 'apps/api/src/demo/media')];
  const found = candidates.find((dir) => existsSync(join(dir, 'expert-clip.webm')));
  if (!found) throw new Error(`The demo academy's media are missing (looked in ${candidates.join(', ')})`);
  return found;
}

/** The text of the resources the demo courses give without an address (by Spanish title). */
const RESOURCE_SHEETS: Record<string, string> = {
  'Plantilla: teoría de cambio y marco de resultados': [
    'Complete cada bloque para la intervención que evaluará su equipo.',
    '1. Problema: ¿qué situación de seguridad quiere cambiar, dónde y para quién?',
    '2. Supuestos: ¿qué debe ser cierto para que la intervención funcione?',
    '3. Actividades: ¿qué hará el programa y con qué recursos?',
    '4. Productos: ¿qué entrega cada actividad (servicios, personas atendidas, patrullajes)?',
    '5. Resultados intermedios: ¿qué cambia en el comportamiento de las personas o de las instituciones?',
    '6. Impacto: ¿qué cambio final espera en la violencia, el delito o la percepción de inseguridad?',
    '7. Indicadores: para cada nivel, un indicador, su fuente, su línea de base y su meta.',
  ].join('\n\n'),
  'Datos sintéticos de incidentes para prácticas': [
    'Conjunto de datos ficticio de una ciudad de demostración, para practicar el análisis de concentración del delito.',
    'Columnas: fecha; hora; barrio; tipo de incidente.',
    '2026-03-02; 21:40; Centro; robo a persona',
    '2026-03-02; 23:15; La Esperanza; riña',
    '2026-03-03; 07:55; Centro; hurto en comercio',
    '2026-03-04; 19:20; San José; robo a persona',
    '2026-03-05; 22:05; La Esperanza; violencia intrafamiliar',
    '2026-03-06; 20:30; Centro; robo a persona',
    'Ningún dato corresponde a personas ni lugares reales.',
  ].join('\n\n'),
};

function slugOf(text: string): string {
  return (
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'lectura'
  );
}

/**
 * Real media for the demo academy's lessons, stored through the files library like any upload: every expert
 * video plays the shipped clip with Spanish and English captions, every reading opens as a PDF generated from
 * its text, and resources without an address get their sheet as a PDF. The owner is the seed, not a person, so
 * erasing an account never takes a course's media with it.
 */
export async function attachDemoMedia(media: LessonMediaService, courses: CourseView[], ownerId: string): Promise<void> {
  const folder = mediaFolder();
  for (const course of courses) {
    for (const module of course.modules) {
      for (const lesson of module.lessons) {
        const base = { ownerId, lessonId: lesson.id };
        if (lesson.kind === 'video' && !lesson.url) {
          const name = `${slugOf(lesson.title.es)}.webm`;
          await media.attachStored({ ...base, kind: 'video', name, stream: createReadStream(join(folder, 'expert-clip.webm')) });
          for (const language of ['es', 'en']) {
            const stream = createReadStream(join(folder, `expert-clip.${language}.vtt`));
            await media.attachStored({ ...base, kind: 'captions', language, name: `${slugOf(lesson.title.es)}.${language}.vtt`, stream });
          }
        } else if (lesson.kind === 'reading' || (lesson.kind === 'resource' && !lesson.url)) {
          const text = lesson.kind === 'reading' ? lesson.citation : (RESOURCE_SHEETS[lesson.title.es] ?? lesson.title.es);
          const source = lesson.kind === 'reading' ? lesson.url : undefined;
          const stream = readingPdf({ title: lesson.title.es, course: course.title.es, text, source });
          const kind = lesson.kind === 'reading' ? 'document' : 'resource';
          await media.attachStored({ ...base, kind, name: `${slugOf(lesson.title.es)}.pdf`, label: lesson.title.es, stream });
        }
      }
    }
  }
}
