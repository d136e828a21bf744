import type { SubmissionView } from '@trainaction/contracts';
import { describe, expect, it } from 'vitest';
import { activityDueAt, formatDue, matchesQueueFilters, mergeSubmission, sortQueue, submissionStatusLabel } from './format';

function submission(over: Partial<SubmissionView> = {}): SubmissionView {
  return {
    id: 'a'.repeat(24),
    activityId: 'b'.repeat(24),
    cohortId: 'c'.repeat(24),
    learner: { id: 'd'.repeat(24), displayName: 'Ana', country: 'HN' },
    status: 'submitted',
    version: 1,
    late: false,
    versions: [{ version: 1, body: 'x', links: [], attachments: [], submittedAt: '2026-03-01T10:00:00.000Z', late: false }],
    submittedAt: '2026-03-01T10:00:00.000Z',
    updatedAt: '2026-03-01T10:00:00.000Z',
    ...over,
  };
}

describe(submissionStatusLabel.name, () => {
  it('words each status in Spanish', () => {
    expect(submissionStatusLabel('submitted')).toBe('Enviada');
    expect(submissionStatusLabel('in_review')).toBe('En revisión');
    expect(submissionStatusLabel('returned')).toBe('Devuelta');
    expect(submissionStatusLabel('accepted')).toBe('Aceptada');
    expect(submissionStatusLabel('pending')).toBe('Pendiente de envío');
  });
});

describe(activityDueAt.name, () => {
  it('is the end of the day N days after the start, in the cohort zone', () => {
    // 2026-03-02 09:00 in Tegucigalpa (UTC-6) + 14 days → 2026-03-16 23:59:59 UTC-6 = 2026-03-17 05:59:59Z
    expect(activityDueAt('2026-03-02T15:00:00.000Z', 14, 'America/Tegucigalpa')).toBe('2026-03-17T05:59:59.000Z');
  });

  it('uses the cohort zone day, not the UTC day, for late-evening starts', () => {
    // 2026-03-02 20:00 in Tegucigalpa is already 2026-03-03 in UTC; day 0 still ends on the 2nd locally.
    expect(activityDueAt('2026-03-03T02:00:00.000Z', 0, 'America/Tegucigalpa')).toBe('2026-03-03T05:59:59.000Z');
  });
});

describe(formatDue.name, () => {
  it('shows the cohort time and, when different, the viewer time', () => {
    const due = formatDue('2026-03-17T05:59:59.000Z', 'America/Tegucigalpa', 'America/Santo_Domingo', 'es');
    expect(due.cohort).toContain('16 de marzo de 2026');
    expect(due.cohort).toContain('23:59');
    expect(due.cohort).toContain('GMT-6');
    expect(due.viewer).toContain('17 de marzo de 2026');
    expect(due.viewer).toContain('1:59');
    expect(due.viewer).toContain('GMT-4');
  });

  it('says it once when the viewer reads the same time', () => {
    expect(formatDue('2026-03-17T05:59:59.000Z', 'America/Tegucigalpa', 'America/Guatemala', 'es').viewer).toBeNull();
  });
});

describe(mergeSubmission.name, () => {
  it('adds new submissions and keeps the newer copy of a known one', () => {
    const v1 = submission();
    const v2 = submission({ status: 'returned', updatedAt: '2026-03-02T10:00:00.000Z' });
    expect(mergeSubmission([], v1)).toEqual([v1]);
    expect(mergeSubmission([v1], v2)).toEqual([v2]);
    expect(mergeSubmission([v2], v1)).toEqual([v2]);
  });
});

describe(matchesQueueFilters.name, () => {
  it('applies status, activity, country and late like the API', () => {
    const s = submission({ late: true });
    expect(matchesQueueFilters(s, {})).toBe(true);
    expect(matchesQueueFilters(s, { status: 'submitted', country: 'hn', late: true })).toBe(true);
    expect(matchesQueueFilters(s, { status: 'accepted' })).toBe(false);
    expect(matchesQueueFilters(s, { country: 'SV' })).toBe(false);
    expect(matchesQueueFilters(s, { late: false })).toBe(false);
    expect(matchesQueueFilters(s, { activityId: 'e'.repeat(24) })).toBe(false);
  });

  it('sorts waiting work first, oldest first', () => {
    const older = submission({ id: '2'.repeat(24), submittedAt: '2026-03-01T00:00:00Z' });
    const newer = submission({ id: '1'.repeat(24), submittedAt: '2026-03-05T00:00:00Z' });
    const done = submission({ id: '3'.repeat(24), status: 'accepted' });
    expect(sortQueue([done, newer, older]).map((s) => s.id)).toEqual([older.id, newer.id, done.id]);
  });
});
