import { describe, expect, it } from 'vitest';
import { currentHref, isCurrent, navLinks } from './nav';

describe(navLinks.name, () => {
  it('shows learners Inicio, Cursos, Cohortes and Perfil, and moderators also Revisión', () => {
    expect(navLinks('learner').map((l) => l.href)).toEqual(['/home', '/courses', '/cohorts', '/forum', '/profile']);
    expect(navLinks('learner').map((l) => l.label)).toEqual(['Inicio', 'Cursos', 'Cohortes', 'Foros', 'Perfil']);
    expect(navLinks('moderator').map((l) => l.label)).toEqual([
      'Inicio',
      'Cursos',
      'Cohortes',
      'Foros',
      'Revisión',
      'Moderación',
      'Perfil',
    ]);
  });

  it('adds the balanced builder and Usuarios for coordinators and admins', () => {
    for (const role of ['coordinator', 'admin'] as const) {
      const links = navLinks(role);
      expect(links.at(-1)).toEqual({ href: '/admin/users', label: 'Usuarios' });
      expect(links.map((l) => l.href)).toContain('/cohorts/build');
    }
  });

  it('marks a section current on its pages only', () => {
    expect(isCurrent('/home', '/home')).toBe(true);
    expect(isCurrent('/admin/users', '/admin/users/abc')).toBe(true);
    expect(isCurrent('/home', '/homely')).toBe(false);
  });

  it('marks only the most specific link current', () => {
    const links = navLinks('coordinator');
    expect(currentHref(links, '/cohorts/build')).toBe('/cohorts/build');
    expect(currentHref(links, '/cohorts/abc')).toBe('/cohorts');
    expect(currentHref(links, '/login')).toBeNull();
  });
});
