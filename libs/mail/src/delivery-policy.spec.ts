import { describe, expect, it } from 'vitest';
import { classifyFailure, dueMails, MAX_RETRY_DELAY_MS, retryDelayMs, settleFailure } from './delivery-policy';
import type { ActiveMail } from './outbox.repository';

const at = (ms: number) => new Date(ms);
const mail = (over: Partial<ActiveMail>): ActiveMail => ({ id: 'm', state: 'pending', claims: 0, nextAttemptAt: at(0), ...over });

describe(dueMails.name, () => {
  it('takes pending mails whose next attempt has come, and claims older than the timeout', () => {
    const sut = dueMails(
      [
        mail({ id: 'due', nextAttemptAt: at(900) }),
        mail({ id: 'later', nextAttemptAt: at(1500) }),
        mail({ id: 'abandoned', state: 'sending', claimedAt: at(400) }),
        mail({ id: 'held', state: 'sending', claimedAt: at(800) }),
      ],
      1000,
      500,
    );
    expect(sut.due.map((m) => m.id).sort()).toEqual(['abandoned', 'due']);
    expect(sut.nextInMs).toBe(300); // the live claim expires at 1300, before the later mail at 1500
  });

  it('says Infinity when nothing else is waiting', () => {
    expect(dueMails([], 0, 500)).toEqual({ due: [], nextInMs: Infinity });
  });
});

describe(retryDelayMs.name, () => {
  it('doubles from the base with each attempt and stops at an hour', () => {
    expect([1, 2, 3, 4].map((n) => retryDelayMs(n, 30_000))).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(retryDelayMs(40, 30_000)).toBe(MAX_RETRY_DELAY_MS);
  });
});

describe(classifyFailure.name, () => {
  it('takes SMTP 5xx replies as permanent and keeps the reply', () => {
    expect(classifyFailure({ responseCode: 550, response: '550 5.1.1 No such user', code: 'EENVELOPE' })).toEqual({
      permanent: true,
      error: 'EENVELOPE: 550 5.1.1 No such user',
    });
  });

  it('takes 4xx replies, timeouts and lost connections as temporary', () => {
    expect(classifyFailure({ responseCode: 451, response: '451 Try again later' }).permanent).toBe(false);
    expect(classifyFailure(Object.assign(new Error('Connection timeout'), { code: 'ETIMEDOUT' }))).toEqual({
      permanent: false,
      error: 'ETIMEDOUT: Connection timeout',
    });
    expect(classifyFailure(new Error('connect ECONNREFUSED 127.0.0.1:1')).error).toBe('connect ECONNREFUSED 127.0.0.1:1');
  });
});

describe(settleFailure.name, () => {
  const temporary = { permanent: false, error: '451' };

  it('retries a temporary failure after the backoff', () => {
    expect(settleFailure(temporary, 2, 5, 100, 1000)).toEqual({ kind: 'retry', nextAttemptAt: at(1200) });
  });

  it('fails a mail out of attempts, and bounces a permanent refusal at once', () => {
    expect(settleFailure(temporary, 5, 5, 100, 0)).toEqual({ kind: 'failed' });
    expect(settleFailure({ permanent: true, error: '550' }, 1, 5, 100, 0)).toEqual({ kind: 'bounced' });
  });
});
