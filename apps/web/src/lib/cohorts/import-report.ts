import type { ImportJobView, ImportRowReport } from '@trainaction/contracts';

export interface ImportSummary {
  /** Newly enrolled, whether the account existed or was created now. */
  enrolled: number;
  created: number;
  alreadyEnrolled: number;
  invalid: number;
  percent: number;
  finished: boolean;
  /** Rows with a problem first (by line), then the rest by line: the person fixing the file reads those first. */
  rows: ImportRowReport[];
}

export function summariseImport(job: Pick<ImportJobView, 'status' | 'total' | 'processed' | 'counts' | 'rows'>): ImportSummary {
  const counts = job.counts;
  const percent = job.total > 0 ? Math.round((Math.min(job.processed, job.total) / job.total) * 100) : job.status === 'running' ? 0 : 100;
  const rows = [...job.rows].sort((a, b) => Number(b.status === 'invalid') - Number(a.status === 'invalid') || a.row - b.row);
  return {
    enrolled: (counts.created_and_enrolled ?? 0) + (counts.enrolled ?? 0),
    created: counts.created_and_enrolled ?? 0,
    alreadyEnrolled: counts.already_enrolled ?? 0,
    invalid: counts.invalid ?? 0,
    percent,
    finished: job.status !== 'running',
    rows,
  };
}

/** How long to wait before asking again: quick at first, slower for long imports, never hammering the API. */
export function pollDelay(attempt: number): number {
  return Math.min(2000, 300 + attempt * 150);
}
