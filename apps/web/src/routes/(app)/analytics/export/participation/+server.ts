import { relayCsv } from '$lib/analytics/export.server';
import type { RequestHandler } from './$types';

const KEYS = ['by', 'courseId', 'cohortId', 'country', 'gender', 'sector', 'from', 'to'] as const;

/** CSV of the dashboard's current cross-tab (the API's export, byte-order mark included). */
export const GET: RequestHandler = (event) => relayCsv(event, '/analytics/participation', KEYS, 'participacion', ['by', 'country', 'gender', 'sector', 'from', 'to']);
