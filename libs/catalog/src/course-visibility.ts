import type { Role } from '@trainaction/contracts';
import type { AuthUser } from '@trainaction/platform';

const EDITORS: readonly Role[] = ['coordinator', 'admin'];

export function canEditCourses(user: Pick<AuthUser, 'role'>): boolean {
  return EDITORS.includes(user.role);
}

/** The catalogue's one rule: published courses are for everyone signed in, drafts only for editors (others get 404). */
export function courseVisibleTo(caller: Pick<AuthUser, 'role'>, course: { status: 'draft' | 'published' } | null): boolean {
  return course !== null && (course.status === 'published' || canEditCourses(caller));
}
