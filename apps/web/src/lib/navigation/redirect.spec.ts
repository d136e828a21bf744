import { describe, expect, it } from 'vitest';
import { afterSignIn, safeRedirectPath } from './redirect';

describe(safeRedirectPath.name, () => {
  it('keeps same-site paths with their query', () => {
    expect(safeRedirectPath('/admin/users?role=learner')).toBe('/admin/users?role=learner');
  });

  it.each(['https://evil.example/', '//evil.example/x', '/\\evil.example', 'javascript:alert(1)', '', null, '/a\nb'])(
    'refuses %j',
    (value) => {
      expect(safeRedirectPath(value)).toBeNull();
    },
  );
});

describe(afterSignIn.name, () => {
  it('goes home unless a real page asked for the sign-in', () => {
    expect(afterSignIn(null)).toBe('/home');
    expect(afterSignIn('/login')).toBe('/home');
    expect(afterSignIn('/')).toBe('/home');
    expect(afterSignIn('/profile')).toBe('/profile');
  });
});
