import { describe, expect, it } from 'vitest';
import { balanceCohorts, tally, type PoolMember } from './balanced-builder';

/** A deterministic pool with uneven shares, like the academy's. */
function aPool(size: number, seed = 7): PoolMember[] {
  let state = seed;
  const random = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const pick = <T>(weighted: [T, number][]) => {
    let r = random() * weighted.reduce((n, [, w]) => n + w, 0);
    for (const [v, w] of weighted) if ((r -= w) < 0) return v;
    return weighted[0][0];
  };
  return Array.from({ length: size }, (_, i) => ({
    userId: `u${String(i).padStart(4, '0')}`,
    country: pick([
      ['HN', 30],
      ['GT', 25],
      ['SV', 20],
      ['CR', 15],
      ['DO', 10],
    ]),
    gender: pick([
      ['man', 56],
      ['woman', 42],
      ['non_binary', 1],
      ['undisclosed', 1],
    ]),
    sector: pick([
      ['law_enforcement', 30],
      ['public_employee', 25],
      ['technical_team', 15],
      ['academia', 10],
      ['civil_society', 10],
      ['decision_maker', 5],
      ['research', 5],
    ]),
  }));
}

function maxDeviation(pool: PoolMember[], cohorts: PoolMember[][], dimension: 'country' | 'gender' | 'sector'): number {
  const share = tally(pool, dimension);
  let worst = 0;
  for (const cohort of cohorts) {
    const counts = tally(cohort, dimension);
    for (const [value, total] of Object.entries(share)) worst = Math.max(worst, Math.abs((counts[value] ?? 0) - total / cohorts.length));
  }
  return worst;
}

describe(balanceCohorts.name, () => {
  it.each([
    [200, 4],
    [1000, 7],
    [93, 5],
    [37, 3],
  ])('splits %i learners into %i cohorts within one person of the pool shares of country and gender', (size, n) => {
    const pool = aPool(size, size);
    const cohorts = balanceCohorts(pool, n);

    expect(
      cohorts
        .flat()
        .map((m) => m.userId)
        .sort(),
    ).toEqual(pool.map((m) => m.userId).sort());
    const sizes = cohorts.map((c) => c.length);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    expect(maxDeviation(pool, cohorts, 'country')).toBeLessThanOrEqual(1);
    expect(maxDeviation(pool, cohorts, 'gender')).toBeLessThanOrEqual(1);
  });

  it('keeps sectors within two people of the pool shares', () => {
    const pool = aPool(500, 3);
    expect(maxDeviation(pool, balanceCohorts(pool, 5), 'sector')).toBeLessThanOrEqual(2);
  });
});
