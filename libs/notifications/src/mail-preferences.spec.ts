import { DEFAULT_MAIL_PREFERENCES } from '@trainaction/contracts';
import { describe, expect, it } from 'vitest';
import { isUnsubscribed, preferencesFrom, unsubscribed, withChanges } from './mail-preferences';

describe(preferencesFrom.name, () => {
  it('gives the defaults to someone who never chose: mentions, reviews and announcements at once, replies daily', () => {
    expect(preferencesFrom(null)).toEqual({ mentions: 'immediate', replies: 'daily', reviews: 'immediate', announcements: 'immediate' });
  });

  it('reads the older single digest answer: "off" turns off what would have come daily', () => {
    expect(preferencesFrom({ userId: 'u', digest: 'off' })).toEqual({ ...DEFAULT_MAIL_PREFERENCES, replies: 'off' });
    expect(preferencesFrom({ userId: 'u', digest: 'daily' })).toEqual(DEFAULT_MAIL_PREFERENCES);
  });

  it('takes stored choices group by group and ignores values it does not know', () => {
    const mail = { mentions: 'off', replies: 'immediate', reviews: 'weekly' } as never;
    expect(preferencesFrom({ userId: 'u', mail })).toEqual({ ...DEFAULT_MAIL_PREFERENCES, mentions: 'off', replies: 'immediate' });
  });
});

describe(withChanges.name, () => {
  it('changes only the groups named', () => {
    expect(withChanges(DEFAULT_MAIL_PREFERENCES, { reviews: 'daily' })).toEqual({ ...DEFAULT_MAIL_PREFERENCES, reviews: 'daily' });
  });
});

describe(unsubscribed.name, () => {
  it('turns off the group of the link', () => {
    const sut = unsubscribed(DEFAULT_MAIL_PREFERENCES, 'mentions');
    expect(sut.mentions).toBe('off');
    expect(isUnsubscribed(sut, 'mentions')).toBe(true);
    expect(isUnsubscribed(sut, 'reviews')).toBe(false);
  });

  it('turns off every daily group for the digest’s link, and leaves immediate ones', () => {
    const sut = unsubscribed({ ...DEFAULT_MAIL_PREFERENCES, reviews: 'daily' }, 'digest');
    expect(sut).toEqual({ mentions: 'immediate', replies: 'off', reviews: 'off', announcements: 'immediate' });
    expect(isUnsubscribed(sut, 'digest')).toBe(true);
    expect(isUnsubscribed(DEFAULT_MAIL_PREFERENCES, 'digest')).toBe(false);
  });
});
