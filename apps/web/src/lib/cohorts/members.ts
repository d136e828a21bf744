import type { MemberView } from '@trainaction/contracts';
import { ACADEMY_COUNTRIES } from '@trainaction/contracts';

export interface CountryGroup {
  country: string;
  members: MemberView[];
}

export interface GroupedMembers {
  moderators: MemberView[];
  /** Learners by country: the academy's five in their usual order, then the rest by code; names sorted inside. */
  byCountry: CountryGroup[];
}

const academyOrder = new Map<string, number>(ACADEMY_COUNTRIES.map((code, index) => [code, index]));

export function groupMembers(members: readonly MemberView[], locale = 'es'): GroupedMembers {
  const collator = new Intl.Collator(locale);
  const byName = (a: MemberView, b: MemberView) => collator.compare(a.displayName, b.displayName);
  const groups = new Map<string, MemberView[]>();
  for (const member of members) {
    if (member.role === 'moderator') continue;
    const list = groups.get(member.country) ?? [];
    list.push(member);
    groups.set(member.country, list);
  }
  const rank = (code: string) => academyOrder.get(code) ?? ACADEMY_COUNTRIES.length;
  const byCountry = [...groups.entries()]
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([country, list]) => ({ country, members: list.sort(byName) }));
  return { moderators: members.filter((m) => m.role === 'moderator').sort(byName), byCountry };
}

/** The answer of the cohort page's `resendInvitation` action: sent, or the API's error code. */
export interface ResendResult {
  name: string;
  sent?: boolean;
  code?: string;
}
