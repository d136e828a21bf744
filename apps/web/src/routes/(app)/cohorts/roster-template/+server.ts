import type { Locale } from '@trainaction/contracts';
import { rosterTemplate } from '$lib/cohorts/roster-template';
import { getLocale } from '$lib/paraglide/runtime';
import { COHORT_MANAGERS, requireRole } from '$lib/server/guards';
import type { RequestHandler } from './$types';

/** The roster template in the coordinator's language (GET /cohorts/roster-template). */
export const GET: RequestHandler = async (event) => {
  requireRole(event, COHORT_MANAGERS);
  const locale = getLocale() as Locale;
  return new Response(rosterTemplate(locale), {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${locale === 'es' ? 'plantilla-participantes' : 'roster-template'}.csv"`,
    },
  });
};
