/**
 * Whether `target` (coefficients over the unknown cells) is a linear combination of the published equations'
 * left sides, i.e. whether its value follows from the published figures by adding and subtracting them.
 */
export function determined(equations: readonly number[][], target: readonly number[]): boolean {
  const basis: { pivot: number; row: number[] }[] = [];
  for (const equation of equations) {
    const row = [...equation];
    for (const b of basis) if (Math.abs(row[b.pivot]) > 1e-9) subtract(row, b.row, row[b.pivot]);
    const pivot = row.findIndex((x) => Math.abs(x) > 1e-9);
    if (pivot < 0) continue;
    const scaled = row.map((x) => x / row[pivot]);
    for (const b of basis) if (Math.abs(b.row[pivot]) > 1e-9) subtract(b.row, scaled, b.row[pivot]);
    basis.push({ pivot, row: scaled });
  }
  const rest = [...target];
  for (const b of basis) if (Math.abs(rest[b.pivot]) > 1e-9) subtract(rest, b.row, rest[b.pivot]);
  return rest.every((x) => Math.abs(x) < 1e-9);
}

function subtract(row: number[], by: readonly number[], factor: number): void {
  for (let i = 0; i < row.length; i++) row[i] -= factor * by[i];
}
