import { describe, expect, it } from 'vitest';
import { readUnsubscribe, signUnsubscribe, unsubscribeKey } from './unsubscribe-token';

const key = unsubscribeKey('x'.repeat(48));
const userId = '65f0c0ffee0123456789abcd';

describe(signUnsubscribe.name, () => {
  it('makes a link token that names the person and the mail to stop, and reads back', () => {
    const sut = signUnsubscribe(key, { userId, target: 'mentions' });
    expect(sut).toMatch(/^65f0c0ffee0123456789abcd\.mentions\.[A-Za-z0-9_-]{22}$/);
    expect(readUnsubscribe(key, sut)).toEqual({ userId, target: 'mentions' });
  });

  it('refuses a token with another person, another target, another key or a changed signature', () => {
    const token = signUnsubscribe(key, { userId, target: 'digest' });
    const [, , mac] = token.split('.');
    expect(readUnsubscribe(key, `65f0c0ffee0123456789abce.digest.${mac}`)).toBeNull();
    expect(readUnsubscribe(key, `${userId}.replies.${mac}`)).toBeNull();
    expect(readUnsubscribe(unsubscribeKey('y'.repeat(48)), token)).toBeNull();
    expect(readUnsubscribe(key, `${token.slice(0, -2)}AA`)).toBeNull();
  });

  it('refuses malformed tokens and unknown targets', () => {
    for (const token of [
      '',
      'a.b',
      `${userId}.mentions`,
      `${userId}.everything.abc`,
      `${userId}.mentions.abc.def`,
      `not-an-id.mentions.abc`,
    ])
      expect(readUnsubscribe(key, token)).toBeNull();
  });
});
