/**
 * Small-cell protection for tables of people. Cells with fewer than `threshold` people (but not zero) are
 * suppressed; then, so that no suppressed value can be worked out by subtracting from a row or column
 * total, every row and column with exactly one suppressed cell gets a second one (its smallest remaining
 * non-zero cell), repeated until nothing changes. The grand total must then hide at least two cells too.
 */
export interface Cell {
  row: string;
  column: string;
  count: number;
}

export function suppressedCells(cells: readonly Cell[], threshold: number): Set<number> {
  const hidden = new Set<number>();
  cells.forEach((c, i) => c.count > 0 && c.count < threshold && hidden.add(i));
  if (hidden.size === 0) return hidden;

  const lines = (pick: (c: Cell) => string) => {
    const groups = new Map<string, number[]>();
    cells.forEach((c, i) => groups.set(pick(c), [...(groups.get(pick(c)) ?? []), i]));
    return [...groups.values()];
  };
  const allLines = [...lines((c) => c.row), ...lines((c) => c.column), cells.map((_, i) => i)];
  for (let changed = true; changed; ) {
    changed = false;
    for (const line of allLines) {
      const hiddenHere = line.filter((i) => hidden.has(i));
      if (hiddenHere.length !== 1) continue;
      const candidates = line.filter((i) => !hidden.has(i) && cells[i].count > 0).sort((a, b) => cells[a].count - cells[b].count);
      if (candidates.length === 0) continue;
      hidden.add(candidates[0]);
      changed = true;
    }
  }
  return hidden;
}
