/**
 * Colour scale of the heat map: from a pale blue to a mid blue, linear in the value's place between `min` and
 * `max`. The darkest step still gives the app's dark text 4.9:1, so every value stays readable (a scale running
 * to the primary blue would pass through greys where neither dark nor white text reaches 4.5:1).
 */
const LOW = [0xf2, 0xf7, 0xfc] as const;
const HIGH = [0x5b, 0x95, 0xc9] as const;
const DARK_TEXT = '#1b2430';

export interface HeatStyle {
  background: string;
  color: string;
  /** 0 … 1, the value's place in the scale (for tests and legends). */
  intensity: number;
}

export function intensity(value: number, min = 0, max = 1): number {
  if (!Number.isFinite(value)) return 0;
  if (max <= min) return value >= max ? 1 : 0;
  return Math.min(1, Math.max(0, (value - min) / (max - min)));
}

function toHex(rgb: readonly number[]): string {
  return `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

function luminance(rgb: readonly number[]): number {
  const [r, g, b] = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two colours given as [r, g, b]. */
export function contrast(a: readonly number[], b: readonly number[]): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

export function mix(t: number): number[] {
  return LOW.map((low, i) => low + (HIGH[i] - low) * t);
}

/** Background and text colour of a cell; null values (hidden or absent) get a neutral grey. */
export function heatStyle(value: number | null, min = 0, max = 1): HeatStyle {
  if (value === null) return { background: '#f1f2f4', color: DARK_TEXT, intensity: 0 };
  const t = intensity(value, min, max);
  const rgb = mix(t);
  const dark = [0x1b, 0x24, 0x30];
  const color = contrast(rgb, dark) >= 4.5 ? DARK_TEXT : '#ffffff';
  return { background: toHex(rgb), color, intensity: t };
}

/** Evenly spaced stops for the legend, from min to max. */
export function legendStops(min: number, max: number, steps = 5): { value: number; style: HeatStyle }[] {
  // Every cell with the same value (e.g. all at 100 %): one stop; the legend's values are its keys.
  if (!(max > min)) return [{ value: min, style: heatStyle(min, min, max) }];
  const span = max - min;
  return Array.from({ length: steps }, (_, i) => {
    const value = min + (span * i) / (steps - 1);
    return { value, style: heatStyle(value, min, max) };
  });
}
