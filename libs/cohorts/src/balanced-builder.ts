/**
 * Splits a pool of learners into N cohorts of equal size (±1) so that each cohort's count of every
 * country, gender and sector is as close as the pool allows to the pool's share.
 *
 * 1. Deal learners sorted by country, gender and sector round the cohorts: sizes differ by at most one,
 *    and each country's learners are spread evenly (a contiguous run dealt in turn).
 * 2. Even out genders by swapping two learners of the same country between cohorts (sizes and country
 *    counts stay as they are), then sectors by swapping two of the same country and gender.
 */
export interface PoolMember {
  userId: string;
  country: string;
  gender: string;
  sector: string;
}

type Dimension = 'country' | 'gender' | 'sector';

export function balanceCohorts<T extends PoolMember>(pool: readonly T[], cohortCount: number): T[][] {
  const sorted = [...pool].sort((a, b) => key(a).localeCompare(key(b)) || a.userId.localeCompare(b.userId));
  const cohorts: T[][] = Array.from({ length: cohortCount }, () => []);
  sorted.forEach((member, i) => cohorts[i % cohortCount].push(member));
  evenOut(cohorts, 'gender', ['country']);
  evenOut(cohorts, 'sector', ['country', 'gender']);
  return cohorts;
}

function key(m: PoolMember): string {
  return `${m.country}|${m.gender}|${m.sector}`;
}

/** Swaps members that agree on `keep` until every value of `dimension` differs by at most one across cohorts. */
function evenOut<T extends PoolMember>(cohorts: T[][], dimension: Dimension, keep: Dimension[]): void {
  const values = [...new Set(cohorts.flat().map((m) => m[dimension]))];
  const limit = cohorts.flat().length * 4;
  for (let step = 0; step < limit; step++) {
    let improved = false;
    for (const value of values) {
      const counts = cohorts.map((c) => c.filter((m) => m[dimension] === value).length);
      const order = counts.map((n, i) => [n, i] as const).sort((a, b) => b[0] - a[0]);
      const [high, low] = [order[0], order[order.length - 1]];
      if (high[0] - low[0] < 2) continue;
      // Try every pairing from the fullest and emptiest cohorts inwards, taking the first legal swap.
      for (const [, from] of order) {
        for (const [, to] of [...order].reverse()) {
          if (counts[from] - counts[to] < 2) continue;
          if (swapOne(cohorts[from], cohorts[to], dimension, value, keep)) {
            improved = true;
            break;
          }
        }
        if (improved) break;
      }
    }
    if (!improved) return;
  }
}

function swapOne<T extends PoolMember>(from: T[], to: T[], dimension: Dimension, value: string, keep: Dimension[]): boolean {
  for (let i = 0; i < from.length; i++) {
    if (from[i][dimension] !== value) continue;
    const j = to.findIndex((m) => m[dimension] !== value && keep.every((k) => m[k] === from[i][k]));
    if (j >= 0) {
      [from[i], to[j]] = [to[j], from[i]];
      return true;
    }
  }
  return false;
}

/** Counts per value, for the balance table. */
export function tally<T extends PoolMember>(members: readonly T[], dimension: Dimension): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const m of members) counts[m[dimension]] = (counts[m[dimension]] ?? 0) + 1;
  return counts;
}
