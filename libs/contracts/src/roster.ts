import { z } from 'zod';
import { ISO_COUNTRIES } from './countries';
import { GENDERS, SECTORS, type Gender, type Locale, type Sector } from './identity';

/** The columns of a roster, in the template's order. */
export const ROSTER_COLUMNS = ['email', 'name', 'country', 'gender', 'sector', 'organization'] as const;
export type RosterColumn = (typeof ROSTER_COLUMNS)[number];
export const REQUIRED_ROSTER_COLUMNS: readonly RosterColumn[] = ['email', 'name', 'country', 'gender', 'sector'];

/** Why one line of a roster was not imported; the page words it in the coordinator's language. */
export const ROSTER_ROW_ERRORS = [
  'email_invalid',
  'email_repeated',
  'name_length',
  'country_unknown',
  'gender_unknown',
  'sector_unknown',
  'organization_too_long',
  'cohort_full',
] as const;
export type RosterRowErrorKind = (typeof ROSTER_ROW_ERRORS)[number];

export const rosterRowErrorSchema = z.object({
  kind: z.enum(ROSTER_ROW_ERRORS),
  column: z.enum(ROSTER_COLUMNS).optional(),
  /** What the line held in that column, as written. */
  value: z.string().optional(),
  /** For `email_repeated`: the earlier line with the same address. */
  line: z.number().int().optional(),
});
export type RosterRowError = z.infer<typeof rosterRowErrorSchema>;

/** Why a whole file was refused (400, nothing imported). Sent as `details[0].message` with `params`. */
export const ROSTER_FILE_ERRORS = ['binary', 'unreadable', 'empty', 'too_many_rows', 'missing_columns'] as const;
export type RosterFileErrorKind = (typeof ROSTER_FILE_ERRORS)[number];

type Labels<K extends string> = Record<K, Record<Locale, string[]>>;

/** Header names people write; the first of each language heads the template. */
export const ROSTER_HEADERS: Labels<RosterColumn> = {
  email: { es: ['correo', 'correo electrónico', 'email', 'e-mail', 'mail'], en: ['email', 'e-mail', 'email address', 'mail'] },
  name: { es: ['nombre', 'nombre completo', 'nombre y apellidos'], en: ['name', 'full name', 'displayname', 'display name'] },
  country: { es: ['país', 'pais'], en: ['country'] },
  gender: { es: ['género', 'genero', 'sexo'], en: ['gender'] },
  sector: { es: ['sector'], en: ['sector'] },
  organization: { es: ['organización', 'institución', 'entidad'], en: ['organisation', 'organization', 'institution'] },
};

/** The gender answers a roster may give (a self-described gender needs its own words: the person gives it). */
export const ROSTER_GENDERS = GENDERS.filter((g): g is Exclude<Gender, 'self_described'> => g !== 'self_described');

export const ROSTER_GENDER_LABELS: Labels<Exclude<Gender, 'self_described'>> = {
  woman: { es: ['Mujer', 'femenino', 'f'], en: ['Woman', 'female', 'f'] },
  man: { es: ['Hombre', 'masculino', 'm'], en: ['Man', 'male', 'm'] },
  non_binary: { es: ['No binario', 'no binaria', 'no binarie'], en: ['Non-binary', 'nonbinary', 'non binary'] },
  undisclosed: { es: ['Prefiero no decirlo', 'prefiero no decir', 'sin respuesta'], en: ['Prefer not to say', 'undisclosed'] },
};

/** The first label of each language is the one the web app shows (apps/web/messages `sector_*`). */
export const ROSTER_SECTOR_LABELS: Labels<Sector> = {
  decision_maker: {
    es: ['Alta dirección (ministerio, viceministerio, dirección)', 'alta dirección', 'tomador de decisiones', 'tomadora de decisiones'],
    en: ['Senior leadership (minister, vice minister, director)', 'senior leadership', 'decision maker'],
  },
  law_enforcement: {
    es: ['Cuerpos policiales y de seguridad', 'policía', 'cuerpos policiales', 'seguridad'],
    en: ['Police and law enforcement', 'police', 'law enforcement'],
  },
  technical_team: { es: ['Equipo técnico'], en: ['Technical team'] },
  public_employee: {
    es: ['Función pública', 'funcionario público', 'funcionaria pública', 'empleado público'],
    en: ['Public service', 'public employee', 'civil servant'],
  },
  academia: { es: ['Academia', 'universidad'], en: ['Academia', 'university'] },
  research: { es: ['Investigación'], en: ['Research'] },
  civil_society: { es: ['Sociedad civil', 'ong'], en: ['Civil society', 'ngo'] },
};

/** Names people use that Intl.DisplayNames does not give. */
const COUNTRY_ALIASES: Record<string, string> = {
  'rep dominicana': 'DO',
  'rep. dominicana': 'DO',
  'republica dominicana': 'DO',
  'dominican rep': 'DO',
  rd: 'DO',
  'estados unidos de america': 'US',
  eeuu: 'US',
  'ee uu': 'US',
  'ee.uu.': 'US',
  usa: 'US',
  'united states of america': 'US',
};

/** Lower case, no accents, single spaces: "  República   Dominicana " and "republica dominicana" match. */
export function foldLabel(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

function index<K extends string>(labels: Labels<K>, codes: readonly K[]): Map<string, K> {
  const map = new Map<string, K>();
  for (const code of codes) {
    map.set(foldLabel(code), code);
    map.set(foldLabel(code.replace(/_/g, ' ')), code);
    for (const locale of Object.keys(labels[code]) as Locale[]) for (const label of labels[code][locale]) map.set(foldLabel(label), code);
  }
  return map;
}

let countries: Map<string, string> | undefined;
function countryIndex(): Map<string, string> {
  if (countries) return countries;
  countries = new Map(Object.entries(COUNTRY_ALIASES).map(([name, code]) => [foldLabel(name), code]));
  for (const locale of ['es', 'en']) {
    const names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
    for (const code of ISO_COUNTRIES) {
      const name = names.of(code);
      if (name) countries.set(foldLabel(name), code);
    }
  }
  for (const code of ISO_COUNTRIES) countries.set(foldLabel(code), code);
  return countries;
}

const genders = index(ROSTER_GENDER_LABELS, ROSTER_GENDERS);
const sectors = index(ROSTER_SECTOR_LABELS, SECTORS);
const headers = index(ROSTER_HEADERS, ROSTER_COLUMNS);

/** An ISO 3166-1 code from a code or a country's name in Spanish or English, or undefined. */
export function matchCountry(text: string): string | undefined {
  return countryIndex().get(foldLabel(text));
}

export function matchGender(text: string): Exclude<Gender, 'self_described'> | undefined {
  return genders.get(foldLabel(text));
}

export function matchSector(text: string): Sector | undefined {
  return sectors.get(foldLabel(text));
}

export function matchRosterHeader(text: string): RosterColumn | undefined {
  return headers.get(foldLabel(text));
}
