import type { CourseView, LessonView } from '@trainaction/contracts';
import { describe, expect, it } from 'vitest';
import { formatDuration, placeOf, topicsOf } from './outline';

const lesson = (id: string): LessonView => ({ id, kind: 'text', title: { es: id }, body: '' });
const course: Pick<CourseView, 'modules'> = {
  modules: [
    { id: 'm1', title: { es: 'Uno' }, lessons: [lesson('a'), lesson('b')], activities: [] },
    { id: 'm2', title: { es: 'Dos' }, lessons: [], activities: [] },
    { id: 'm3', title: { es: 'Tres' }, lessons: [lesson('c')], activities: [] },
  ],
};

describe(placeOf.name, () => {
  it('links lessons across modules, skipping empty ones', () => {
    const sut = placeOf(course, 'b')!;
    expect(sut.index).toBe(1);
    expect(sut.module.id).toBe('m1');
    expect(sut.previous?.id).toBe('a');
    expect(sut.next?.id).toBe('c');
    expect(placeOf(course, 'a')!.previous).toBeNull();
    expect(placeOf(course, 'c')!.next).toBeNull();
  });

  it('is null for a lesson of another course', () => {
    expect(placeOf(course, 'zz')).toBeNull();
  });
});

describe(topicsOf.name, () => {
  it('lists each topic once, sorted', () => {
    expect(topicsOf([{ topics: ['prevención', 'justicia'] }, { topics: ['evaluación', 'justicia'] }])).toEqual([
      'evaluación',
      'justicia',
      'prevención',
    ]);
  });
});

describe(formatDuration.name, () => {
  it('words minutes and hours', () => {
    expect(formatDuration(1020)).toBe('17 min');
    expect(formatDuration(3900)).toBe('1 h 05 min');
  });
});
