import type { LessonMediaView } from '@trainaction/contracts';
import { describe, expect, it } from 'vitest';
import { fileHref, formatBytes, languageName, lessonMedia } from './media';

const item = (overrides: Partial<LessonMediaView>): LessonMediaView => ({
  id: overrides.id ?? 'm',
  lessonId: 'l1',
  kind: 'document',
  fileId: 'f'.repeat(24),
  name: 'a.pdf',
  size: 1000,
  type: 'application/pdf',
  createdAt: '2026-01-01T00:00:00Z',
  ...overrides,
});

describe(lessonMedia.name, () => {
  const items = [
    item({ id: 'v', kind: 'video', type: 'video/webm' }),
    item({ id: 'en', kind: 'captions', language: 'en' }),
    item({ id: 'es', kind: 'captions', language: 'es' }),
    item({ id: 'doc' }),
    item({ id: 'other', lessonId: 'l2' }),
  ];

  it("puts the reader's caption language first, then Spanish", () => {
    expect(lessonMedia(items, 'l1', 'en').captions.map((c) => c.id)).toEqual(['en', 'es']);
    expect(lessonMedia(items, 'l1', 'es').captions.map((c) => c.id)).toEqual(['es', 'en']);
    expect(lessonMedia(items, 'l1', 'fr').captions.map((c) => c.id)).toEqual(['es', 'en']);
  });

  it("keeps only the lesson's own files", () => {
    const sut = lessonMedia(items, 'l1', 'es');
    expect(sut.video?.id).toBe('v');
    expect(sut.files.map((f) => f.id)).toEqual(['doc']);
  });
});

describe('media formatting', () => {
  it('names languages and sizes in the reader’s language and links files through the web relay', () => {
    expect(languageName('en', 'es')).toBe('Inglés');
    expect(languageName('es', 'en')).toBe('Spanish');
    expect(formatBytes(500 * 1024 * 1024, 'en')).toBe('500 MB');
    expect(formatBytes(1536, 'es')).toMatch(/^2\s?kB$/);
    expect(fileHref('abc', true)).toBe('/files/abc?download=1');
  });
});
