import { describe, expect, it } from 'vitest';
import { contrast, heatStyle, intensity, legendStops } from './scale';

function rgb(hex: string): number[] {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
}

describe('heat-map colour scale', () => {
  it('places values between min and max, clamped', () => {
    expect(intensity(0.5, 0, 1)).toBe(0.5);
    expect(intensity(0.3, 0.2, 0.4)).toBeCloseTo(0.5);
    expect(intensity(2, 0, 1)).toBe(1);
    expect(intensity(-1, 0, 1)).toBe(0);
    expect(intensity(0.7, 0.7, 0.7)).toBe(1);
  });

  it('goes from pale to mid blue, darker for larger values', () => {
    expect(heatStyle(0).background).toBe('#f2f7fc');
    expect(heatStyle(1).background).toBe('#5b95c9');
    const lum = (v: number) => rgb(heatStyle(v).background).reduce((a, b) => a + b, 0);
    expect(lum(0.2)).toBeGreaterThan(lum(0.6));
  });

  it('keeps text readable (at least 4.5:1) at every step', () => {
    for (let v = 0; v <= 1.0001; v += 0.05) {
      const s = heatStyle(v);
      expect(contrast(rgb(s.background), rgb(s.color === '#ffffff' ? '#ffffff' : '#1b2430'))).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('greys out hidden cells and builds a legend', () => {
    expect(heatStyle(null)).toEqual({ background: '#f1f2f4', color: '#1b2430', intensity: 0 });
    const stops = legendStops(0.2, 0.6, 5);
    expect(stops.map((s) => s.value)).toEqual([0.2, 0.3, 0.4, 0.5, 0.6].map((v) => expect.closeTo(v, 10)));
    expect(stops[4].style.background).toBe('#5b95c9');
  });

  it('has one legend stop when every cell has the same value (each stop is a distinct key)', () => {
    expect(legendStops(1, 1, 5).map((s) => s.value)).toEqual([1]);
  });
});
