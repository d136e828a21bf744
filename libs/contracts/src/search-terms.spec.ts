import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold, matchRanges, queryWords, termsOf, wordCounts } from './search-terms';

describe('search terms', () => {
  it('folds exactly as decomposing the whole text and dropping its marks', () => {
    const whole = (text: string) =>
      text
        .normalize('NFD')
        .replace(/\p{M}+/gu, '')
        .toLowerCase();
    const spanish = fc.constantFrom(...'aeiouAEIOU áéíóúÁÉÍÓÚñÑüÜ¿¡\u0301\u0303ǅﬁẞİ'.split(''));
    const texts = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: spanish }), fc.string({ unit: 'grapheme-composite' }));
    fc.assert(
      fc.property(texts, (text) => fold(text) === whole(text)),
      { numRuns: 2000 },
    );
  });

  it('makes a singular and its plural one term, whatever the accents and case', () => {
    const pairs = [
      ['encuesta', 'Encuestas'],
      ['acción', 'acciones'],
      ['policía', 'POLICÍAS'],
      ['ciudad', 'ciudades'],
      ['patrullaje', 'patrullajes'],
      ['calle', 'calles'],
      ['mujer', 'mujeres'],
      ['joven', 'jóvenes'],
      ['ley', 'leyes'],
      ['luz', 'luces'],
      ['nombre', 'nombres'],
      ['reloj', 'relojes'],
      ['rule', 'rules'],
    ];
    for (const [one, many] of pairs) expect([...termsOf(many)], `${one} / ${many}`).toEqual(queryWords(one));
  });

  it('keeps different words apart and leaves out common ones', () => {
    expect(queryWords('patrulla patrullaje')).toHaveLength(2);
    expect(queryWords('la policía y el barrio')).toEqual([...termsOf('policía barrio')]);
  });

  it('highlights the forms found as they are written', () => {
    const text = 'Los patrullajes y el patrullaje comunitario';
    expect(matchRanges(text, queryWords('patrullaje')).map(([a, b]) => text.slice(a, b))).toEqual(['patrullajes', 'patrullaje']);
  });

  it('counts each query word as the index reads the text: its forms, accents and case, not its stop words', () => {
    const text = 'Encuestas de victimización: la encuesta, las ENCUESTAS y una victimizacion. Ellos, luces, luz.';
    expect(wordCounts(text, queryWords('encuesta victimización luz ello'))).toEqual([3, 2, 2, 0]);
    expect(wordCounts('', queryWords('encuesta'))).toEqual([0]);
    expect(wordCounts(text, [])).toEqual([]);
  });

  it('agrees with the index on every generated text: a word counts as often as its tokens are that term', () => {
    const vocabulary = [
      'encuesta',
      'Encuestas',
      'acción',
      'ACCIONES',
      'luz',
      'luces',
      'ellos',
      'ello',
      'la',
      'de',
      'policía',
      'Policías',
      'ciudad',
      'ciudades',
      'año',
      'ano',
      'x',
      'a1',
      '2024',
      'straße',
      'niño',
      'niños',
      'reloj',
      'relojes',
      'calle',
      'calles',
      'é',
    ];
    const token = fc.constantFrom(...vocabulary);
    const separator = fc.constantFrom(' ', ', ', '. ', '—', '\n', '¿', '!', '-', '_');
    const text = fc.array(fc.tuple(token, separator), { maxLength: 30 }).map((parts) => parts.flat().join(''));
    const query = fc.uniqueArray(token, { minLength: 1, maxLength: 4 }).map((ws) => queryWords(ws.join(' ')));
    fc.assert(
      fc.property(text, query, (t, q) => {
        const counts = wordCounts(t, q);
        const tokens = fold(t).split(/[^a-z0-9]+/);
        expect(counts).toEqual(q.map((w) => tokens.filter((k) => queryWords(k)[0] === w).length));
        expect(counts.map((n) => n > 0)).toEqual(q.map((w) => termsOf(t).has(w)));
      }),
      { numRuns: 500 },
    );
  });
});
