import type { Role } from '@trainaction/contracts';
import { m } from '$lib/paraglide/messages';

export interface NavLink {
  href: string;
  label: string;
}

/** The main navigation a role sees. Moderators see what learners see until their tools arrive. */
export function navLinks(role: Role): NavLink[] {
  const links: NavLink[] = [
    { href: '/home', label: m.nav_home() },
    { href: '/profile', label: m.nav_profile() },
  ];
  if (role === 'coordinator' || role === 'admin') links.push({ href: '/admin/users', label: m.nav_users() });
  return links;
}

/** The link for the current page, also for pages below it (e.g. /admin/users?cursor=…). */
export function isCurrent(href: string, pathname: string): boolean {
  return pathname === href || pathname.startsWith(`${href}/`);
}
