import { describe, expect, it } from 'vitest';
import { matchRanges, queryWords, termsOf } from './search-terms';

describe('search terms', () => {
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
});
