import { describe, expect, it } from 'vitest';
import { isCurrent, navLinks } from './nav';

describe(navLinks.name, () => {
  it('shows learners and moderators Inicio and Perfil', () => {
    expect(navLinks('learner').map((l) => l.href)).toEqual(['/home', '/profile']);
    expect(navLinks('moderator').map((l) => l.label)).toEqual(['Inicio', 'Perfil']);
  });

  it('adds Usuarios for coordinators and admins', () => {
    for (const role of ['coordinator', 'admin'] as const) {
      expect(navLinks(role).at(-1)).toEqual({ href: '/admin/users', label: 'Usuarios' });
    }
  });

  it('marks a section current on its pages only', () => {
    expect(isCurrent('/home', '/home')).toBe(true);
    expect(isCurrent('/admin/users', '/admin/users/abc')).toBe(true);
    expect(isCurrent('/home', '/homely')).toBe(false);
  });
});
