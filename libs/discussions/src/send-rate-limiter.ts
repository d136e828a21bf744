/**
 * Per-user token bucket for message sends on this node (a user's socket lives on one node): bursts of
 * `capacity`, then `perSecond`. Excess sends are refused before anything is stored.
 */
export class SendRateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly capacity = 10,
    private readonly perSecond = 2,
  ) {}

  /** Whether `take` would succeed now, without taking. */
  wouldAllow(userId: string, now = Date.now()): boolean {
    const bucket = this.buckets.get(userId);
    if (!bucket) return true;
    return Math.min(this.capacity, bucket.tokens + ((now - bucket.at) / 1000) * this.perSecond) >= 1;
  }

  take(userId: string, now = Date.now()): boolean {
    const bucket = this.buckets.get(userId) ?? { tokens: this.capacity, at: now };
    bucket.tokens = Math.min(this.capacity, bucket.tokens + ((now - bucket.at) / 1000) * this.perSecond);
    bucket.at = now;
    this.buckets.set(userId, bucket);
    if (this.buckets.size > 50_000) this.prune(now);
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }

  private prune(now: number): void {
    const full = (this.capacity / this.perSecond) * 1000;
    for (const [user, bucket] of this.buckets) if (now - bucket.at > full) this.buckets.delete(user);
  }
}
