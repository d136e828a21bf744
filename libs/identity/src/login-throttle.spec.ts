import { describe, expect, it } from 'vitest';
import { progressiveDelayMs, SignInThrottled, WaitingSignIns } from './login-throttle';

describe(progressiveDelayMs.name, () => {
  it('waits nothing below the limit, then doubles from the base, and never more than the cap', () => {
    const delays = [0, 4, 5, 6, 7, 8, 9, 10, 50, 10_000].map((failures) => progressiveDelayMs(failures, 5, 250, 4000));
    expect(delays).toEqual([0, 0, 250, 500, 1000, 2000, 4000, 4000, 4000, 4000]);
  });

  it('waits nothing when the delay is turned off', () => {
    expect(progressiveDelayMs(20, 5, 0, 4000)).toBe(0);
    expect(progressiveDelayMs(20, 5, 250, 0)).toBe(0);
  });
});

describe(WaitingSignIns.name, () => {
  it('lets a few sign-ins per address wait at once, and frees a place when one is released', () => {
    const waiting = new WaitingSignIns(2);
    const first = waiting.enter('203.0.113.1');
    const second = waiting.enter('203.0.113.1');
    expect(first).not.toBeNull();
    expect(second).not.toBeNull();
    expect(waiting.enter('203.0.113.1')).toBeNull();
    expect(waiting.enter('198.51.100.1')).not.toBeNull();
    first!();
    first!(); // releasing twice frees one place only
    expect(waiting.enter('203.0.113.1')).not.toBeNull();
    expect(waiting.enter('203.0.113.1')).toBeNull();
    expect(waiting.size).toBe(3);
  });
});

describe(SignInThrottled.name, () => {
  it('is a RATE_LIMITED error that carries its Retry-After', () => {
    const error = new SignInThrottled(42);
    expect(error.code).toBe('RATE_LIMITED');
    expect(error.status).toBe(429);
    expect(error.retryAfterSeconds).toBe(42);
  });
});
