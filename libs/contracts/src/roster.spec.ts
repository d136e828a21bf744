import { describe, expect, it } from 'vitest';
import { foldLabel, matchCountry, matchGender, matchRosterHeader, matchSector, ROSTER_SECTOR_LABELS, SECTORS } from './index';

describe('roster labels', () => {
  it('folds case, accents and spaces', () => {
    expect(foldLabel('  República   DOMINICANA ')).toBe('republica dominicana');
  });

  it.each([
    ['Costa Rica', 'CR'],
    ['costa rica', 'CR'],
    ['República Dominicana', 'DO'],
    ['republica dominicana', 'DO'],
    ['Rep. Dominicana', 'DO'],
    ['Dominican Republic', 'DO'],
    ['El Salvador', 'SV'],
    ['  el   salvador ', 'SV'],
    ['Guatemala', 'GT'],
    ['HONDURAS', 'HN'],
    ['México', 'MX'],
    ['Mexico', 'MX'],
    ['Spain', 'ES'],
    ['España', 'ES'],
    ['hn', 'HN'],
    ['CR', 'CR'],
  ])('reads the country %j as %s', (text, code) => {
    expect(matchCountry(text)).toBe(code);
  });

  it('knows no country that is not one', () => {
    expect(matchCountry('ZZ')).toBeUndefined();
    expect(matchCountry('Narnia')).toBeUndefined();
    expect(matchCountry('')).toBeUndefined();
  });

  it.each([
    ['Mujer', 'woman'],
    ['MUJER', 'woman'],
    ['woman', 'woman'],
    ['Hombre', 'man'],
    [' hombre ', 'man'],
    ['Man', 'man'],
    ['No binario', 'non_binary'],
    ['no binaria', 'non_binary'],
    ['non_binary', 'non_binary'],
    ['Non-binary', 'non_binary'],
    ['Prefiero no decirlo', 'undisclosed'],
    ['prefer not to say', 'undisclosed'],
  ])('reads the gender %j as %s', (text, gender) => {
    expect(matchGender(text)).toBe(gender);
  });

  it('refuses a self-described gender (the person gives its words) and unknown words', () => {
    expect(matchGender('self_described')).toBeUndefined();
    expect(matchGender('Prefiero describirlo')).toBeUndefined();
    expect(matchGender('astronauta')).toBeUndefined();
  });

  it.each([
    ['Cuerpos policiales y de seguridad', 'law_enforcement'],
    ['cuerpos policiales y de seguridad', 'law_enforcement'],
    ['CUERPOS  POLICIALES Y DE SEGURIDAD', 'law_enforcement'],
    ['Police and law enforcement', 'law_enforcement'],
    ['law_enforcement', 'law_enforcement'],
    ['Funcion publica', 'public_employee'],
    ['Función pública', 'public_employee'],
    ['Alta dirección (ministerio, viceministerio, dirección)', 'decision_maker'],
    ['Sociedad civil', 'civil_society'],
    ['Investigación', 'research'],
    ['Equipo tecnico', 'technical_team'],
    ['civil society', 'civil_society'],
  ])('reads the sector %j as %s', (text, sector) => {
    expect(matchSector(text)).toBe(sector);
  });

  it('reads every sector by its code and its labels in both languages', () => {
    for (const sector of SECTORS) {
      expect(matchSector(sector)).toBe(sector);
      expect(matchSector(ROSTER_SECTOR_LABELS[sector].es[0])).toBe(sector);
      expect(matchSector(ROSTER_SECTOR_LABELS[sector].en[0])).toBe(sector);
    }
  });

  it.each([
    ['Correo electrónico', 'email'],
    ['CORREO', 'email'],
    ['e-mail', 'email'],
    ['Nombre completo', 'name'],
    ['País', 'country'],
    ['pais', 'country'],
    ['Género', 'gender'],
    ['Organización', 'organization'],
    ['organisation', 'organization'],
  ])('reads the header %j as %s', (text, column) => {
    expect(matchRosterHeader(text)).toBe(column);
  });
});
