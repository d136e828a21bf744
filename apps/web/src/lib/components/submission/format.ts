import type { SubmissionStatus, SubmissionSummary } from '@trainaction/contracts';
import { m } from '$lib/paraglide/messages';
import { dateTime } from '$lib/i18n/time';

const STATUS: Record<SubmissionStatus, () => string> = {
  submitted: m.sub_status_submitted,
  in_review: m.sub_status_in_review,
  returned: m.sub_status_returned,
  accepted: m.sub_status_accepted,
};

/** "Enviada", "En revisión", "Devuelta", "Aceptada" (in the current language). */
export function submissionStatusLabel(status: SubmissionStatus | 'pending'): string {
  return status === 'pending' ? m.sub_status_pending() : (STATUS[status]?.() ?? status);
}

/** The UTC offset of a time zone at an instant, in minutes (-360 for America/Tegucigalpa). */
function offsetMinutes(at: Date, timeZone: string): number {
  const name =
    new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' }).formatToParts(at).find((p) => p.type === 'timeZoneName')
      ?.value ?? 'GMT';
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  return match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
}

/**
 * When an activity is due, as the API computes it (libs/submissions/src/due-date.ts): the end (23:59:59) of the
 * day `days` after the cohort's start, in the cohort's time zone.
 */
export function activityDueAt(cohortStartIso: string, days: number, timeZone: string): string {
  const start = new Date(cohortStartIso);
  const local = new Date(start.getTime() + offsetMinutes(start, timeZone) * 60_000);
  const endOfDayLocal = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate() + days, 23, 59, 59);
  const guess = new Date(endOfDayLocal - offsetMinutes(new Date(endOfDayLocal), timeZone) * 60_000);
  return new Date(endOfDayLocal - offsetMinutes(guess, timeZone) * 60_000).toISOString();
}

export interface DueDisplay {
  cohort: string;
  /** Null when the viewer is in a zone with the same offset at that instant (no need to say it twice). */
  viewer: string | null;
}

/** The due date in the cohort's zone, and in the viewer's when it reads differently. */
export function formatDue(iso: string, cohortZone: string, viewerZone: string, locale: string): DueDisplay {
  const cohort = dateTime(iso, { locale, timeZone: cohortZone }, 'long');
  const viewer = dateTime(iso, { locale, timeZone: viewerZone }, 'long');
  return { cohort, viewer: viewer === cohort ? null : viewer };
}

/** Newer wins: a live event and an ack may arrive in either order. */
export function mergeSubmission<T extends SubmissionSummary>(list: readonly T[], next: T): T[] {
  const index = list.findIndex((s) => s.id === next.id);
  if (index === -1) return [...list, next];
  const current = list[index];
  if (Date.parse(current.updatedAt) > Date.parse(next.updatedAt) || current.version > next.version) return [...list];
  const copy = [...list];
  copy[index] = next;
  return copy;
}

export interface QueueFilters {
  status?: SubmissionStatus;
  activityId?: string;
  country?: string;
  late?: boolean;
}

/** Whether a submission belongs in a queue filtered like the API's GET /cohorts/:id/submissions. */
export function matchesQueueFilters(s: SubmissionSummary, filters: QueueFilters): boolean {
  if (filters.status && s.status !== filters.status) return false;
  if (filters.activityId && s.activityId !== filters.activityId) return false;
  if (filters.country && s.learner.country !== filters.country.toUpperCase()) return false;
  if (filters.late !== undefined && s.late !== filters.late) return false;
  return true;
}

const STATUS_ORDER: Record<SubmissionStatus, number> = { submitted: 0, in_review: 1, returned: 2, accepted: 3 };

/** Waiting work first (oldest first), then returned, then accepted: the API's queue order (its `queueKey`). */
export function sortQueue<T extends SubmissionSummary>(list: readonly T[]): T[] {
  return [...list].sort(
    (a, b) =>
      STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
      Date.parse(a.submittedAt) - Date.parse(b.submittedAt) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}
