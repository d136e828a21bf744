import type { BalanceTable } from '@trainaction/contracts';

export type Dimension = 'byCountry' | 'byGender' | 'bySector';

/** The categories of a dimension, largest in the pool first, so each cohort's row reads against the pool's. */
export function categoriesOf(table: Pick<BalanceTable, 'pool'>, dimension: Dimension): string[] {
  return Object.entries(table.pool[dimension])
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .map(([key]) => key);
}

/** A share in whole percent (0 when the total is 0). */
export function share(count: number | undefined, total: number): number {
  return total > 0 ? Math.round(((count ?? 0) / total) * 100) : 0;
}

/**
 * The largest gap, in percentage points, between any cohort's share of a category and the pool's share: one number
 * telling how even the proposal is.
 */
export function largestGap(table: Pick<BalanceTable, 'pool' | 'cohorts'>, dimension: Dimension): number {
  let gap = 0;
  for (const key of categoriesOf(table, dimension)) {
    const poolShare = share(table.pool[dimension][key], table.pool.size);
    for (const cohort of table.cohorts) gap = Math.max(gap, Math.abs(share(cohort[dimension][key], cohort.size) - poolShare));
  }
  return gap;
}
