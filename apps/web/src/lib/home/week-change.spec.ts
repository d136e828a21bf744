import { describe, expect, it } from 'vitest';
import { activeWords, changeWords, contributionWords } from './week-change';

const weeks = (now: number | string | null, before: number | string | null, contributions: [number | null, number | null] = [0, 0]) => ({
  thisWeek: { activeLearners: now, contributions: contributions[0] },
  lastWeek: { activeLearners: before, contributions: contributions[1] },
});

describe('the week against the one before, in words', () => {
  it('says how many more or fewer, with plural forms', () => {
    expect(activeWords(weeks(156, 144), 'es')).toBe('156 personas activas esta semana (12 más que la anterior)');
    expect(activeWords(weeks(1, 2), 'es')).toBe('1 persona activa esta semana (1 menos que la anterior)');
    expect(contributionWords(weeks(0, 0, [420, 450]))).toBe('420 aportes esta semana (30 menos que la anterior)');
    expect(changeWords(3, 3)).toBe('(igual que la anterior)');
  });

  it('says a figure is protected instead of comparing it', () => {
    expect(activeWords(weeks(null, 10), 'es')).toBe('Personas activas esta semana: cifra protegida');
    expect(activeWords(weeks('<5', 7), 'es')).toBe('Personas activas esta semana: <5 (cifra protegida)');
    expect(activeWords(weeks(8, '<5'), 'es')).toBe('8 personas activas esta semana');
    expect(contributionWords(weeks(0, 0, [null, 4]))).toBe('Aportes esta semana: cifra protegida');
  });
});
