import { describe, expect, it } from 'vitest';
import { findOperatorKey } from './operator-keys';

describe(findOperatorKey.name, () => {
  it('finds operator keys at any depth, in objects and arrays', () => {
    expect(findOperatorKey({ email: { $ne: null } })).toBe('$ne');
    expect(findOperatorKey({ a: [{ b: { $where: 'x' } }] })).toBe('$where');
    expect(findOperatorKey({ 'profile.role': 'admin' })).toBe('profile.role');
    expect(findOperatorKey({ 'x[$gt]': '1' })).toBe('x[$gt]');
  });

  it('passes plain data, including $ and dots inside values', () => {
    expect(findOperatorKey({ email: 'a.b@example.org', body: 'costs $5', tags: ['$x'] })).toBeUndefined();
    expect(findOperatorKey(null)).toBeUndefined();
    expect(findOperatorKey('text')).toBeUndefined();
  });
});
