import type { Role } from '@trainaction/contracts';
import { m } from '$lib/paraglide/messages';

export interface NavLink {
  href: string;
  label: string;
}

/** The main navigation a role sees. Moderators see what learners see; their cohort tools are on the cohort pages. */
export function navLinks(role: Role): NavLink[] {
  const links: NavLink[] = [
    { href: '/home', label: m.nav_home() },
    { href: '/courses', label: m.nav_courses() },
    { href: '/cohorts', label: m.nav_cohorts() },
    { href: '/forum', label: m.forum_nav() },
  ];
  const manager = role === 'coordinator' || role === 'admin';
  // Review queues of the cohorts they moderate (submissions).
  if (manager || role === 'moderator') links.push({ href: '/review', label: m.sub_nav_review() });
  // Flag queues, equity of voice, sanctions and audit of the cohorts they moderate.
  if (manager || role === 'moderator') links.push({ href: '/moderation', label: m.mod_nav() });
  if (manager) links.push({ href: '/cohorts/build', label: m.nav_build() });
  if (manager) links.push({ href: '/analytics', label: m.analytics_nav() });
  links.push({ href: '/profile', label: m.nav_profile() });
  if (manager) links.push({ href: '/admin/users', label: m.nav_users() });
  return links;
}

/** The link for the current page, also for pages below it (e.g. /admin/users?cursor=…). */
export function isCurrent(href: string, pathname: string): boolean {
  return pathname === href || pathname.startsWith(`${href}/`);
}

/** The one link to mark current: the longest that matches, so /cohorts/build is not also "Cohortes". */
export function currentHref(links: readonly NavLink[], pathname: string): string | null {
  return links.filter((link) => isCurrent(link.href, pathname)).sort((a, b) => b.href.length - a.href.length)[0]?.href ?? null;
}
