import type { WeekParticipation } from '@trainaction/contracts';
import { formatCount } from '$lib/analytics/format';
import { m } from '$lib/paraglide/messages';

type Figure = WeekParticipation['activeLearners'];

/** "(12 más que la anterior)": this week's figure against last week's, or '' when either is protected. */
export function changeWords(now: Figure, before: Figure): string {
  if (typeof now !== 'number' || typeof before !== 'number') return '';
  const count = Math.abs(now - before);
  return now > before ? m.coord_more({ count }) : now < before ? m.coord_fewer({ count }) : m.coord_same();
}

/** "156 personas activas esta semana (12 más que la anterior)"; a protected figure says so. */
export function activeWords(week: { thisWeek: WeekParticipation; lastWeek: WeekParticipation }, locale: string): string {
  const now = week.thisWeek.activeLearners;
  if (now === null) return m.coord_protected_hidden();
  if (typeof now !== 'number') return m.coord_protected({ value: formatCount(now, locale) });
  return `${m.coord_active({ count: now })} ${changeWords(now, week.lastWeek.activeLearners)}`.trim();
}

/** "420 aportes esta semana (30 menos que la anterior)". */
export function contributionWords(week: { thisWeek: WeekParticipation; lastWeek: WeekParticipation }): string {
  const now = week.thisWeek.contributions;
  if (now === null) return m.coord_protected_contributions();
  return `${m.coord_contributions({ count: now })} ${changeWords(now, week.lastWeek.contributions)}`.trim();
}
