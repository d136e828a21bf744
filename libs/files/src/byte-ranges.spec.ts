import { describe, expect, it } from 'vitest';
import { answerRange } from './byte-ranges';

const etag = '"abc"';
const answer = (header: string | undefined, size = 1000, ifRange?: string) => answerRange(size, header, ifRange, etag);

describe('HTTP Range for a stored file', () => {
  it('answers one range, an open end, and a suffix', () => {
    expect(answer('bytes=10-29')).toEqual({ status: 206, range: { start: 10, end: 29 } });
    expect(answer('bytes=100-')).toEqual({ status: 206, range: { start: 100, end: 999 } });
    expect(answer('bytes=-500')).toEqual({ status: 206, range: { start: 500, end: 999 } });
    expect(answer('bytes=990-5000')).toEqual({ status: 206, range: { start: 990, end: 999 } });
  });

  it('answers a suffix longer than the content with the whole content as one range', () => {
    expect(answer('bytes=-500', 300)).toEqual({ status: 206, range: { start: 0, end: 299 } });
  });

  it('answers 416 when nothing asked is there', () => {
    expect(answer('bytes=1000-')).toEqual({ status: 416 });
    expect(answer('bytes=2000-3000')).toEqual({ status: 416 });
    expect(answer('bytes=-0')).toEqual({ status: 416 });
    expect(answer('bytes=0-10', 0)).toEqual({ status: 416 });
    expect(answer('bytes=-5', 0)).toEqual({ status: 416 });
  });

  it('merges overlapping and adjacent ranges, answers disjoint ones whole, and drops unsatisfiable ones', () => {
    expect(answer('bytes=0-5, 3-9')).toEqual({ status: 206, range: { start: 0, end: 9 } });
    expect(answer('bytes=10-19,0-9')).toEqual({ status: 206, range: { start: 0, end: 19 } });
    expect(answer('bytes=0-1,10-11')).toEqual({ status: 200 });
    expect(answer('bytes=0-1,5000-6000')).toEqual({ status: 206, range: { start: 0, end: 1 } });
  });

  it('ignores what is not a valid bytes range, and a stale If-Range', () => {
    for (const header of ['items=0-5', 'bytes=5-2', 'bytes=a-b', 'bytes=-', 'bytes', 'bytes=1-2-3', `bytes=${'0-0,'.repeat(60)}0-0`])
      expect(answer(header)).toEqual({ status: 200 });
    expect(answer('BYTES=0-0')).toEqual({ status: 206, range: { start: 0, end: 0 } });
    expect(answer('bytes=0-0', 1000, '"other"')).toEqual({ status: 200 });
    expect(answer('bytes=0-0', 1000, etag)).toEqual({ status: 206, range: { start: 0, end: 0 } });
    expect(answer(undefined)).toEqual({ status: 200 });
  });
});
