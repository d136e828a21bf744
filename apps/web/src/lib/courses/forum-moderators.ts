import { isId, type AuditEntryView, type Role, type UserView } from '@trainaction/contracts';

export { MAX_FORUM_MODERATORS } from '@trainaction/contracts';

/** What the course forum moderators page shows of a person. */
export interface ForumPerson {
  id: string;
  displayName: string;
  email?: string;
  country: string;
  role: Role;
}

export function toForumPerson(user: UserView): ForumPerson {
  return { id: user.id, displayName: user.displayName, email: user.email, country: user.country, role: user.role };
}

/** The people an audit log names (targets, authors of hidden posts, those named moderators), once each, in order. */
export function peopleInAudit(entries: AuditEntryView[]): string[] {
  const ids = new Set<string>();
  for (const e of entries) {
    if (e.targetType === 'user') ids.add(e.targetId);
    if (typeof e.details?.authorId === 'string') ids.add(e.details.authorId);
    if (Array.isArray(e.details?.userIds)) for (const id of e.details.userIds) if (typeof id === 'string') ids.add(id);
  }
  return [...ids].filter((id) => isId(id));
}

/** Whether two lists name the same people, whatever the order. */
export function samePeople(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const set = new Set(a);
  return b.every((id) => set.has(id));
}
