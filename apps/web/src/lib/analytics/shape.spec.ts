import type { ParticipationRow } from '@trainaction/contracts';
import { describe, expect, it } from 'vitest';
import { argMax, countValue, heatMatrix, monthlySeries, seriesTotals, splitSeries } from './shape';

function row(dims: Partial<ParticipationRow>, learners: number | string, extra: Partial<ParticipationRow> = {}): ParticipationRow {
  const hidden = typeof learners === 'string';
  return {
    ...dims,
    learners,
    activeLearners: hidden ? null : Math.floor((learners as number) / 2),
    messages: hidden ? null : 10,
    posts: hidden ? null : 1,
    submissions: hidden ? null : 2,
    acceptedSubmissions: hidden ? null : 1,
    completions: hidden ? null : 0,
    lessonsCompleted: hidden ? null : 3,
    participationRate: hidden ? null : 0.5,
    ...(hidden ? { suppressed: true } : {}),
    ...extra,
  };
}

describe('chart data shaping', () => {
  it('splits learners by country and gender in the academy order, hidden cells as null', () => {
    const rows = [
      row({ country: 'HN', gender: 'woman' }, 40),
      row({ country: 'HN', gender: 'man' }, 60),
      row({ country: 'CR', gender: 'man' }, 30),
      row({ country: 'CR', gender: 'woman' }, '<5'),
      row({ country: 'MX', gender: 'man' }, 7),
    ];
    const table = splitSeries(rows, 'country', 'gender', { categories: ['CR', 'SV', 'GT', 'HN', 'DO'], splits: ['woman', 'man'] });
    expect(table.categories).toEqual(['CR', 'HN', 'MX']);
    expect(table.series.map((s) => s.key)).toEqual(['woman', 'man']);
    expect(table.series[0]).toEqual({ key: 'woman', values: [null, 40, 0], hidden: [true, false, false] });
    expect(table.series[1].values).toEqual([30, 60, 7]);
    expect(seriesTotals(table)).toEqual([
      { key: 'woman', total: 40, hiddenCells: 1 },
      { key: 'man', total: 97, hiddenCells: 0 },
    ]);
    expect(argMax([null, 100, 7])).toBe(1);
  });

  it('orders months and keeps active learners and messages', () => {
    const s = monthlySeries([
      row({ month: '2026-09' }, 100, { messages: 50 }),
      row({ month: '2026-07' }, 80, { messages: 20 }),
      row({ month: '2026-08' }, '<5'),
    ]);
    expect(s.months).toEqual(['2026-07', '2026-08', '2026-09']);
    expect(s.activeLearners).toEqual([40, null, 50]);
    expect(s.messages).toEqual([20, null, 50]);
  });

  it('builds the course × country heat map with its rate range', () => {
    const rows = [
      row({ course: 'a', country: 'HN' }, 20, { participationRate: 0.8 }),
      row({ course: 'a', country: 'CR' }, 10, { participationRate: 0.4 }),
      row({ course: 'b', country: 'HN' }, '<5'),
    ];
    const h = heatMatrix(rows, 'course', 'country', { columns: ['CR', 'HN'] });
    expect(h.rows).toEqual(['a', 'b']);
    expect(h.columns).toEqual(['CR', 'HN']);
    expect(h.cells[0][0]).toEqual({ rate: 0.4, learners: 10, hidden: false });
    expect(h.cells[1][1]).toEqual({ rate: null, learners: '<5', hidden: true });
    expect(h.cells[1][0]).toEqual({ rate: null, learners: null, hidden: false });
    expect([h.min, h.max]).toEqual([0.4, 0.8]);
  });

  it('reads counts', () => {
    expect(countValue(5)).toBe(5);
    expect(countValue('<5')).toBeNull();
    expect(countValue(null)).toBeNull();
    expect(argMax([null, null])).toBe(-1);
  });
});
