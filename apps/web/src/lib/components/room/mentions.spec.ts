import { describe, expect, it } from 'vitest';
import { insertMention, matchMembers, mentionAt } from './mentions';

const people = [
  { userId: '1', displayName: 'José Martínez' },
  { userId: '2', displayName: 'Ana María López' },
  { userId: '3', displayName: 'María Pérez' },
  { userId: '4', displayName: 'Yo Misma' },
];

describe('mentionAt', () => {
  it('finds the mention being typed at the caret', () => {
    expect(mentionAt('Hola @jo', 8)).toEqual({ start: 5, query: 'jo' });
    expect(mentionAt('@', 1)).toEqual({ start: 0, query: '' });
    expect(mentionAt('Hola @Ana Ma', 12)).toEqual({ start: 5, query: 'Ana Ma' });
  });

  it('ignores an e-mail address, another line and a space right after the @', () => {
    expect(mentionAt('ana@correo', 10)).toBeNull();
    expect(mentionAt('@ana\nhola', 9)).toBeNull();
    expect(mentionAt('dos @ tres', 10)).toBeNull();
  });
});

describe('matchMembers', () => {
  it('matches the start of the name or of a word, without accents or case, and leaves out the writer', () => {
    expect(matchMembers(people, 'jose', '4').map((p) => p.userId)).toEqual(['1']);
    expect(matchMembers(people, 'maria', '4').map((p) => p.userId)).toEqual(['3', '2']);
    expect(matchMembers(people, 'yo', '4')).toEqual([]);
    expect(matchMembers(people, '', '4')).toHaveLength(3);
  });
});

describe('insertMention', () => {
  it('replaces the typed part with the whole name and one space', () => {
    expect(insertMention('Hola @jo y más', 5, 8, 'José Martínez')).toEqual({ text: 'Hola @José Martínez y más', caret: 20 });
    expect(insertMention('@an', 0, 3, 'Ana María López')).toEqual({ text: '@Ana María López ', caret: 17 });
  });
});
