import { exportCsv } from '$lib/analytics/export.server';
import type { RequestHandler } from './$types';

const KEYS = ['by', 'courseId', 'cohortId', 'country', 'gender', 'sector', 'from', 'to'] as const;

/** CSV of the dashboard's current cross-tab, from the same protected report the page shows. */
export const GET: RequestHandler = (event) =>
  exportCsv(event, 'participation', KEYS, 'participacion', ['by', 'country', 'gender', 'sector', 'from', 'to']);
