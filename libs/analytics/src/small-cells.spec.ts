import { describe, expect, it } from 'vitest';
import { suppressedCells, type Cell } from './small-cells';

/** country × gender */
function table(counts: Record<string, Record<string, number>>): Cell[] {
  return Object.entries(counts).flatMap(([row, columns]) => Object.entries(columns).map(([column, count]) => ({ row, column, count })));
}

function recoverable(cells: Cell[], hidden: Set<number>): boolean {
  // A hidden cell is recoverable when it is the only hidden cell of its row, its column, or the whole table.
  const alone = (pick: (c: Cell) => string, i: number) => cells.filter((c, j) => hidden.has(j) && pick(c) === pick(cells[i])).length === 1;
  return [...hidden].some((i) => alone((c) => c.row, i) || alone((c) => c.column, i)) || hidden.size === 1;
}

describe(suppressedCells.name, () => {
  it('hides small cells and a complementary cell in each of their rows and columns', () => {
    const cells = table({ CR: { man: 40, woman: 3 }, SV: { man: 35, woman: 30 }, DO: { man: 20, woman: 18 } });
    const hidden = suppressedCells(cells, 5);
    const names = [...hidden].map((i) => `${cells[i].row}/${cells[i].column}`).sort();
    expect(names).toContain('CR/woman');
    expect(names).toContain('CR/man');
    expect(recoverable(cells, hidden)).toBe(false);
  });

  it('never leaves a hidden cell recoverable from totals, on many random tables', () => {
    let seed = 11;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    for (let n = 0; n < 300; n++) {
      const rows = ['CR', 'SV', 'GT', 'HN', 'DO'].slice(0, 2 + Math.floor(random() * 4));
      const columns = ['man', 'woman', 'non_binary', 'undisclosed'].slice(0, 2 + Math.floor(random() * 3));
      const cells = rows.flatMap((row) => columns.map((column) => ({ row, column, count: Math.floor(random() * random() * 30) })));
      const hidden = suppressedCells(cells, 5);
      for (const i of hidden) expect(cells[i].count).toBeGreaterThan(0);
      const lonely = [...hidden].filter((i) => {
        const row = cells.filter((c, j) => c.row === cells[i].row && c.count > 0 && !hidden.has(j)).length;
        const column = cells.filter((c, j) => c.column === cells[i].column && c.count > 0 && !hidden.has(j)).length;
        const rowHidden = cells.filter((c, j) => c.row === cells[i].row && hidden.has(j)).length;
        const columnHidden = cells.filter((c, j) => c.column === cells[i].column && hidden.has(j)).length;
        // A single hidden cell in a line is only acceptable when nothing else in that line could hide it.
        return (rowHidden === 1 && row > 0) || (columnHidden === 1 && column > 0);
      });
      expect(lonely).toEqual([]);
    }
  });

  it('hides nothing when every cell is large enough, and never hides zeros', () => {
    expect(suppressedCells(table({ CR: { man: 10, woman: 0 }, SV: { man: 7, woman: 9 } }), 5).size).toBe(0);
  });
});
