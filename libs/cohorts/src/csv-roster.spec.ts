import { AppError } from '@trainaction/platform';
import { describe, expect, it } from 'vitest';
import { parseRoster } from './csv-roster';

function fileError(csv: string): unknown {
  try {
    parseRoster(csv);
  } catch (error) {
    return (error as AppError).details?.[0];
  }
  throw new Error('expected the file to be refused');
}

describe(parseRoster.name, () => {
  it('reads a Spanish spreadsheet saved with semicolons, with labels instead of codes', () => {
    const csv = [
      '\uFEFFCorreo electrónico;Nombre;País;Género;Sector;Organización',
      'ana@ejemplo.org;Ana  Pérez;Costa Rica;Mujer;Alta dirección (ministerio, viceministerio, dirección);Ministerio',
      'luis@ejemplo.org;Luis Gómez;república dominicana;HOMBRE;cuerpos policiales y de seguridad;',
    ].join('\r\n');
    const sut = parseRoster(csv);
    expect(sut.invalid).toEqual([]);
    expect(sut.valid).toEqual([
      {
        row: 2,
        email: 'ana@ejemplo.org',
        displayName: 'Ana Pérez',
        country: 'CR',
        gender: 'woman',
        sector: 'decision_maker',
        organization: 'Ministerio',
      },
      {
        row: 3,
        email: 'luis@ejemplo.org',
        displayName: 'Luis Gómez',
        country: 'DO',
        gender: 'man',
        sector: 'law_enforcement',
        organization: undefined,
      },
    ]);
  });

  it('reports each bad line with kinds, columns and the values as written', () => {
    const csv = [
      'email,name,country,gender,sector',
      'ana@ejemplo.org,Ana,honduras,Mujer,Policía',
      'eva@ejemplo.org,Eva,Narnia,Mujer,ONG',
      'ANA@ejemplo.org,Ana Dos,HN,Otro,Academia',
    ].join('\n');
    const sut = parseRoster(csv);
    expect(sut.valid).toHaveLength(1);
    expect(sut.invalid).toEqual([
      { row: 3, email: 'eva@ejemplo.org', status: 'invalid', errors: [{ kind: 'country_unknown', column: 'country', value: 'Narnia' }] },
      {
        row: 4,
        email: 'ANA@ejemplo.org',
        status: 'invalid',
        errors: [
          { kind: 'gender_unknown', column: 'gender', value: 'Otro' },
          { kind: 'email_repeated', column: 'email', value: 'ANA@ejemplo.org', line: 2 },
        ],
      },
    ]);
  });

  it('names the columns a file lacks, and refuses unreadable files by kind', () => {
    expect(fileError('correo;nombre;país\na@b.org;Ana;CR')).toEqual({
      path: 'csv',
      message: 'missing_columns',
      params: { columns: 'gender, sector', count: 2 },
    });
    expect(fileError('email,name,country,gender,sector')).toMatchObject({ message: 'empty' });
    expect(fileError('a\u0000b')).toMatchObject({ message: 'binary' });
  });
});
