import { exportCsv } from '$lib/analytics/export.server';
import type { RequestHandler } from './$types';

const KEYS = ['period', 'courseId', 'from', 'to'] as const;

/** CSV of the donor indicators (participants and completions by sex and country per month or quarter). */
export const GET: RequestHandler = (event) => exportCsv(event, 'indicators', KEYS, 'indicadores', ['period', 'from', 'to']);
