/**
 * The span of published equations (each a vector of coefficients over the unknown cells), kept in echelon form:
 * `contains(target)` tells whether the target's value follows from the published figures by adding and
 * subtracting them. Each row added is reduced by the rows before it, so rows can be added one at a time.
 */
export class Span {
  private readonly rows: { pivot: number; row: Float64Array }[] = [];

  add(equation: ArrayLike<number>): void {
    const row = Float64Array.from(equation);
    this.reduce(row);
    const pivot = row.findIndex((x) => Math.abs(x) > 1e-9);
    if (pivot < 0) return;
    const scale = row[pivot];
    for (let i = pivot; i < row.length; i++) row[i] /= scale;
    this.rows.push({ pivot, row });
  }

  contains(target: ArrayLike<number>): boolean {
    const rest = Float64Array.from(target);
    this.reduce(rest);
    return rest.every((x) => Math.abs(x) < 1e-9);
  }

  copy(): Span {
    const out = new Span();
    out.rows.push(...this.rows);
    return out;
  }

  private reduce(row: Float64Array): void {
    for (const b of this.rows) {
      const factor = row[b.pivot];
      if (Math.abs(factor) > 1e-9) for (let i = b.pivot; i < row.length; i++) row[i] -= factor * b.row[i];
    }
  }
}

/** Whether `target` is a linear combination of the equations' left sides. */
export function determined(equations: readonly number[][], target: readonly number[]): boolean {
  const span = new Span();
  for (const equation of equations) span.add(equation);
  return span.contains(target);
}
