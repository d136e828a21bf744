import type { ImportJobView } from '@trainaction/contracts';
import { describe, expect, it } from 'vitest';
import { pollDelay, summariseImport } from './import-report';

const job = (over: Partial<ImportJobView> = {}): ImportJobView => ({
  id: 'j1',
  cohortId: 'c1',
  status: 'done',
  total: 20,
  processed: 20,
  counts: { created_and_enrolled: 15, enrolled: 3, already_enrolled: 0, invalid: 2 },
  rows: [
    { row: 2, email: 'a@x.org', status: 'created_and_enrolled' },
    { row: 9, email: 'bad', status: 'invalid', reason: 'email: invalid' },
    { row: 5, email: 'b@x.org', status: 'enrolled' },
    { row: 7, email: 'c@x.org', status: 'invalid', reason: 'country: invalid' },
  ],
  ...over,
});

describe(summariseImport.name, () => {
  it('counts newly enrolled people together, and puts bad rows first by line', () => {
    const sut = summariseImport(job());
    expect(sut).toMatchObject({ enrolled: 18, created: 15, alreadyEnrolled: 0, invalid: 2, percent: 100, finished: true });
    expect(sut.rows.map((r) => r.row)).toEqual([7, 9, 2, 5]);
  });

  it('reports progress while the job runs', () => {
    expect(summariseImport(job({ status: 'running', processed: 5 }))).toMatchObject({ percent: 25, finished: false });
    expect(summariseImport(job({ status: 'running', total: 0, processed: 0 })).percent).toBe(0);
  });
});

describe(pollDelay.name, () => {
  it('backs off up to two seconds', () => {
    expect(pollDelay(0)).toBe(300);
    expect(pollDelay(100)).toBe(2000);
  });
});
