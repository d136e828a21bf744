import { describe, expect, it } from 'vitest';
import { accentInsensitivePattern } from './user-search';

const finds = (query: string, text: string) => new RegExp(accentInsensitivePattern(query), 'i').test(text);

describe(accentInsensitivePattern.name, () => {
  it('finds part of a name whatever the accents and letter case on either side', () => {
    expect(finds('maria', 'Ana María López')).toBe(true);
    expect(finds('MARÍA', 'maria lopez')).toBe(true);
    expect(finds('peña', 'Luis Pena')).toBe(true);
    expect(finds('jose', 'José')).toBe(true);
    expect(finds('josé', 'Joseph')).toBe(true);
    expect(finds('mario', 'María')).toBe(false);
  });

  it('matches the rest of the query literally', () => {
    expect(finds('a.b', 'axb')).toBe(false);
    expect(finds('a.b', 'a.b@x.org')).toBe(true);
    expect(finds('(x+', 'y(x+z')).toBe(true);
  });
});
