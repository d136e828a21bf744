import { AppError } from '@trainaction/platform';

/**
 * Sign-in throttling that cannot be turned against an account holder. Failed sign-ins are counted per
 * (account, address) pair and per address, and those two limits answer 429 with Retry-After: they stop
 * a guesser at its own address and never the holder at theirs. Per account across every address there
 * is no refusal, only a progressive delay before the password is checked (the same for a right and a
 * wrong one), so a guesser spread over many addresses is slowed while the holder still gets in.
 */

/** A 429 with the seconds to say in Retry-After. */
export class Throttled extends AppError {
  constructor(
    readonly retryAfterSeconds: number,
    message: string,
  ) {
    super('RATE_LIMITED', message);
  }
}

/** The 429 of the per-pair and per-address sign-in limits. */
export class SignInThrottled extends Throttled {
  constructor(retryAfterSeconds: number) {
    super(retryAfterSeconds, 'Too many failed sign-ins from this address; try again later');
  }
}

/**
 * The wait before checking a password for an account with `failures` recent failures from all addresses:
 * none below `threshold`, then `baseMs` doubling with each further failure, never more than `maxMs`.
 */
export function progressiveDelayMs(failures: number, threshold: number, baseMs: number, maxMs: number): number {
  if (failures < threshold || baseMs <= 0 || maxMs <= 0) return 0;
  const doublings = Math.min(failures - threshold, 30);
  return Math.min(maxMs, baseMs * 2 ** doublings);
}

/**
 * How many delayed sign-ins one address may have waiting at once (on this API node). The delay is capped,
 * and past this an address gets 429 at once instead of another held connection, so an attacker cannot
 * pile up waiting requests cheaply: each held request needs its own address, and each address also spends
 * its own failure budget.
 */
export const MAX_WAITING_PER_ADDRESS = 3;

/** Counts the sign-ins waiting out their delay, per address. */
export class WaitingSignIns {
  private readonly waiting = new Map<string, number>();

  constructor(private readonly perAddress = MAX_WAITING_PER_ADDRESS) {}

  /** A release function for one more waiting sign-in from `address`, or null when it already has enough. */
  enter(address: string): (() => void) | null {
    const count = this.waiting.get(address) ?? 0;
    if (count >= this.perAddress) return null;
    this.waiting.set(address, count + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const left = (this.waiting.get(address) ?? 1) - 1;
      if (left <= 0) this.waiting.delete(address);
      else this.waiting.set(address, left);
    };
  }

  /** Waiting sign-ins from every address (for tests). */
  get size(): number {
    let total = 0;
    for (const count of this.waiting.values()) total += count;
    return total;
  }
}
