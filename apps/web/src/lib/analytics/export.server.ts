import { error, type RequestEvent } from '@sveltejs/kit';
import type { IndicatorReport, ParticipationReport } from '@trainaction/contracts';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { callApi } from '$lib/server/api-client';
import { requireRole } from '$lib/server/guards';
import { indicatorsCsv, participationCsv, separatorFrom } from './csv';

/** A file name part from a query value: letters, digits and dashes only. */
function slug(value: string): string {
  return value
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);
}

const EXPORTS = {
  participation: { apiPath: '/analytics/participation', render: participationCsv },
  indicators: { apiPath: '/analytics/indicators', render: indicatorsCsv },
} as const;

/**
 * One of the dashboard's CSV exports, rendered here from the API's protected JSON report (the same figures the page
 * shows, so the file can never show one the page hides), in the person's language; the API records the export in
 * its audit log. `sep=semicolon|comma` chooses the separator (default: ';' in Spanish, ',' in English).
 */
export async function exportCsv(
  event: RequestEvent,
  kind: keyof typeof EXPORTS,
  allowed: readonly string[],
  baseName: string,
  nameKeys: readonly string[],
): Promise<Response> {
  const { token } = requireRole(event, ['coordinator', 'admin']);
  const query: Record<string, string> = { export: 'true' };
  for (const key of allowed) {
    const value = event.url.searchParams.get(key);
    if (value) query[key] = value;
  }
  const result = await callApi<ParticipationReport & IndicatorReport>(event, EXPORTS[kind].apiPath, { token, query });
  if (!result.ok) {
    if (result.status === 403) error(403, { message: m.error_forbidden(), code: 'FORBIDDEN' });
    if (result.status === 400) error(400, { message: m.analytics_export_invalid(), code: 'VALIDATION_FAILED' });
    if (result.error.code === 'UNAVAILABLE') error(503, { message: m.error_unavailable(), code: 'UNAVAILABLE' });
    error(result.status >= 500 ? 503 : result.status, { message: m.error_unknown(), code: 'UNKNOWN' });
  }
  const locale = getLocale();
  const body = EXPORTS[kind].render(result.data, { locale, separator: separatorFrom(event.url.searchParams, locale) });
  const parts = [baseName, ...nameKeys.map((k) => slug(event.url.searchParams.get(k) ?? '')).filter(Boolean)];
  return new Response(body, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${parts.join('_')}.csv"`,
      'cache-control': 'private, no-store',
    },
  });
}
