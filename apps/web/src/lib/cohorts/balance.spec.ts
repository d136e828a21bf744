import type { BalanceTable } from '@trainaction/contracts';
import { describe, expect, it } from 'vitest';
import { categoriesOf, largestGap, share } from './balance';

const table: Pick<BalanceTable, 'pool' | 'cohorts'> = {
  pool: { size: 10, byCountry: { HN: 6, CR: 4 }, byGender: { woman: 4, man: 6 }, bySector: {} },
  cohorts: [
    { name: 'A', size: 5, byCountry: { HN: 3, CR: 2 }, byGender: { woman: 2, man: 3 }, bySector: {} },
    { name: 'B', size: 5, byCountry: { HN: 3, CR: 2 }, byGender: { woman: 2, man: 3 }, bySector: {} },
  ],
};

describe(categoriesOf.name, () => {
  it('orders categories by their size in the pool', () => {
    expect(categoriesOf(table, 'byCountry')).toEqual(['HN', 'CR']);
    expect(categoriesOf(table, 'bySector')).toEqual([]);
  });
});

describe(largestGap.name, () => {
  it('is 0 for a perfectly even split and grows with imbalance', () => {
    expect(largestGap(table, 'byCountry')).toBe(0);
    const uneven = { ...table, cohorts: [{ ...table.cohorts[0], byCountry: { HN: 5 } }, table.cohorts[1]] };
    expect(largestGap(uneven, 'byCountry')).toBe(40);
  });
});

describe(share.name, () => {
  it('rounds to whole percent and handles empty totals', () => {
    expect(share(1, 3)).toBe(33);
    expect(share(undefined, 0)).toBe(0);
  });
});
