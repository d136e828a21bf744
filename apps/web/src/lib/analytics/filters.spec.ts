import { describe, expect, it } from 'vitest';
import {
  activeFilterCount,
  filterQuery,
  filtersFromUrl,
  filtersToSearch,
  indicatorExportSearch,
  participationExportSearch,
  viewHref,
} from './filters';

const ID = '0123456789abcdef01234567';

describe(filtersFromUrl.name, () => {
  it('defaults to country × gender with no filters', () => {
    const f = filtersFromUrl(new URLSearchParams(''));
    expect(f.by).toEqual(['country', 'gender']);
    expect(filterQuery(f)).toEqual({});
    expect(f.period).toBe('month');
    expect(filtersToSearch(f)).toBe('');
  });

  it('reads a comma list or repeated by, keeps at most three distinct known dimensions', () => {
    expect(filtersFromUrl(new URLSearchParams('by=course,gender')).by).toEqual(['course', 'gender']);
    expect(filtersFromUrl(new URLSearchParams('by=sector&by=&by=month')).by).toEqual(['sector', 'month']);
    expect(filtersFromUrl(new URLSearchParams('by=country,country,nope,gender,month,course')).by).toEqual(['country', 'gender', 'month']);
    expect(filtersFromUrl(new URLSearchParams('by=')).by).toEqual([]);
  });

  it('drops malformed filters and normalises the country', () => {
    const f = filtersFromUrl(
      new URLSearchParams(`courseId=${ID}&cohortId=xyz&country=hn&gender=woman&sector=DROP%20TABLE&from=2026-07-01&to=july&period=quarter`),
    );
    expect(filterQuery(f)).toEqual({ courseId: ID, country: 'HN', gender: 'woman', from: '2026-07-01' });
    expect(f.period).toBe('quarter');
    expect(activeFilterCount(f)).toBe(4);
  });

  it('round-trips through the canonical query string', () => {
    const search = `?by=course,month&courseId=${ID}&country=HN&from=2026-07-01&to=2026-09-30&period=quarter`;
    const f = filtersFromUrl(new URLSearchParams(search));
    expect(filtersToSearch(f)).toBe(search);
    expect(filtersFromUrl(new URLSearchParams(filtersToSearch(f)))).toEqual(f);
    expect(viewHref('/analytics', f, { period: 'month', country: '' })).toBe(
      `/analytics?by=course,month&courseId=${ID}&from=2026-07-01&to=2026-09-30`,
    );
  });

  it('builds the export links of the current view', () => {
    const f = filtersFromUrl(new URLSearchParams(`country=SV&gender=man&courseId=${ID}&period=quarter`));
    expect(participationExportSearch(f)).toBe(`?by=country,gender&courseId=${ID}&country=SV&gender=man`);
    expect(indicatorExportSearch(f)).toBe(`?period=quarter&courseId=${ID}`);
  });
});
