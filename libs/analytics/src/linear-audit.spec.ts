import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Span } from './linear-audit';

/** 0/1 equations over `width` unknowns, as the people cube publishes them (a figure is the sum of its groups). */
const equations = (width: number) => fc.array(fc.array(fc.boolean(), { minLength: width, maxLength: width }), { maxLength: 40 });
const vector = (bits: boolean[]) => bits.map(Number);

describe('Span', () => {
  // The people cube keeps the span of earlier stages and extends copies of it (people-cube.ts): a copy must
  // answer as the span built from all equations at once, and extending it must leave the original unchanged.
  it('answers the same when extended from a copy as when built from scratch, and the copy leaves the original alone', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }).chain((width) => fc.tuple(equations(width), equations(width), equations(width))),
        ([first, rest, targets]) => {
          const whole = new Span();
          for (const e of [...first, ...rest]) whole.add(vector(e));
          const base = new Span();
          for (const e of first) base.add(vector(e));
          const alone = targets.map((t) => base.contains(vector(t)));
          const extended = base.copy();
          for (const e of rest) extended.add(vector(e));
          for (const t of targets) expect(extended.contains(vector(t))).toBe(whole.contains(vector(t)));
          expect(targets.map((t) => base.contains(vector(t)))).toEqual(alone);
        },
      ),
      { numRuns: 500 },
    );
  });
});
