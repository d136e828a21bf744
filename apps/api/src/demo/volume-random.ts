import { DemoRandom } from './demo-random';

/** FNV-1a over a string: a 32-bit hash that names a random stream or an id prefix. */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/**
 * The seeded generator of the demo with the draws the full-volume academy needs. Every part of the volume
 * (a room, a forum, the submissions) draws from its own stream, named after it: a part's documents do not
 * depend on the order in which the parts are generated or on how many draws another part made.
 */
export class VolumeRandom extends DemoRandom {
  static stream(seed: number, name: string): VolumeRandom {
    return new VolumeRandom(hash32(`${seed}/${name}`));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  between(min: number, max: number): number {
    return min + this.next() * (max - min);
  }

  /** An exponential draw with this mean (waiting times). */
  exp(mean: number): number {
    return -Math.log(1 - this.next()) * mean;
  }

  /** A standard normal draw (Box–Muller). */
  gauss(): number {
    return Math.sqrt(-2 * Math.log(1 - this.next())) * Math.cos(2 * Math.PI * this.next());
  }

  /** Index drawn in proportion to non-negative weights. */
  index(weights: readonly number[]): number {
    let total = 0;
    for (const w of weights) total += w;
    let r = this.next() * total;
    for (let i = 0; i < weights.length; i++) if ((r -= weights[i]) < 0) return i;
    return weights.length - 1;
  }

  /** `count` distinct items (fewer when there are not enough), in draw order. */
  sample<T>(items: readonly T[], count: number): T[] {
    return this.shuffle([...items]).slice(0, Math.max(0, count));
  }
}

/**
 * Deterministic ObjectIds, as the driver makes them: 4 bytes of seconds (the document's own time, so ids
 * sort like the activity, as they do when the app writes live), 5 bytes naming the stream (in place of the
 * driver's per-process random value) and a 3-byte counter. Within a stream, ids handed out in time order
 * sort in that order.
 */
export class VolumeIds {
  private readonly prefix: string;
  private counter = 0;

  constructor(seed: number, stream: string) {
    const a = hash32(`${seed}#${stream}`).toString(16).padStart(8, '0');
    const b = (hash32(`${stream}#${seed}`) & 0xff).toString(16).padStart(2, '0');
    this.prefix = a + b;
  }

  next(at: Date): string {
    const seconds = Math.floor(at.getTime() / 1000)
      .toString(16)
      .padStart(8, '0');
    const count = (this.counter++ & 0xffffff).toString(16).padStart(6, '0');
    return seconds + this.prefix + count;
  }
}

/** Splits `total` into integer parts proportional to `weights` (largest remainders), summing exactly to it. */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((n, w) => n + w, 0) || 1;
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((n, p) => n + p, 0);
  const order = exact.map((e, i) => [e - Math.floor(e), i] as const).sort((x, y) => y[0] - x[0] || x[1] - y[1]);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) parts[order[k][1]]++;
  return parts;
}
