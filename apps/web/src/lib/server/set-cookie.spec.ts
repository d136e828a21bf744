// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { isDeletion, parseSetCookie } from './set-cookie';

describe(parseSetCookie.name, () => {
  it('reads the refresh cookie as express writes it', () => {
    const cookie = parseSetCookie(
      'ta_refresh=abc.def%2Bg; Path=/; Expires=Tue, 29 Dec 2026 16:45:23 GMT; HttpOnly; Secure; SameSite=Strict',
    );
    expect(cookie).toEqual({
      name: 'ta_refresh',
      value: 'abc.def+g',
      options: {
        path: '/',
        httpOnly: true,
        secure: true,
        sameSite: 'strict',
        expires: new Date('2026-12-29T16:45:23Z'),
      },
    });
  });

  it('recognises the clearing answer of a logout or a refused refresh', () => {
    const cleared = parseSetCookie('ta_refresh=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; SameSite=Strict');
    expect(cleared && isDeletion(cleared)).toBe(true);
    const maxAgeZero = parseSetCookie('ta_refresh=x; Max-Age=0; Path=/');
    expect(maxAgeZero && isDeletion(maxAgeZero)).toBe(true);
  });

  it('ignores a line without a name', () => {
    expect(parseSetCookie('=oops; Path=/')).toBeNull();
  });
});
