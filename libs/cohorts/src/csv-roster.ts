import { countrySchema, emailSchema, GENDERS, SECTORS, type Gender, type ImportRowReport, type Sector } from '@trainaction/contracts';
import { AppError } from '@trainaction/platform';
import { parse } from 'csv-parse/sync';

/** One valid roster line, ready to create or reuse an account. */
export interface RosterRow {
  row: number;
  email: string;
  displayName: string;
  country: string;
  gender: Gender;
  sector: Sector;
  organization?: string;
}

export const MAX_ROSTER_ROWS = 5000;

const COLUMN_ALIASES: Record<string, string[]> = {
  email: ['email', 'e-mail', 'correo', 'correo electrónico', 'correo electronico'],
  name: ['name', 'nombre', 'displayname', 'nombre completo'],
  country: ['country', 'país', 'pais'],
  gender: ['gender', 'género', 'genero'],
  sector: ['sector'],
  organization: ['organisation', 'organization', 'organización', 'organizacion', 'institución', 'institucion'],
};
const REQUIRED = ['email', 'name', 'country', 'gender', 'sector'];

const GENDER_WORDS: Record<string, Gender> = {
  mujer: 'woman',
  hombre: 'man',
  'no binario': 'non_binary',
  'no binaria': 'non_binary',
  'non-binary': 'non_binary',
  'prefiero no decir': 'undisclosed',
  'prefer not to say': 'undisclosed',
};

/**
 * Parses and validates a whole roster before anything is written. A file that is not a CSV with the
 * required columns is refused as a whole (400); bad lines are reported one by one and the rest proceed.
 */
export function parseRoster(csv: string): { valid: RosterRow[]; invalid: ImportRowReport[]; total: number } {
  if (csv.includes('\u0000')) throw notCsv('the file contains binary data');
  let records: string[][];
  try {
    records = parse(csv.replace(/^\uFEFF/, ''), { skip_empty_lines: true, trim: true, relax_column_count: false, delimiter: [',', ';'] });
  } catch (error) {
    throw notCsv((error as Error).message.split('\n')[0]);
  }
  if (records.length < 2) throw notCsv('it needs a header line and at least one learner');
  if (records.length - 1 > MAX_ROSTER_ROWS) throw notCsv(`it has more than ${MAX_ROSTER_ROWS} learners`);

  const header = records[0].map((h) => h.toLowerCase());
  const column: Record<string, number> = {};
  for (const [field, aliases] of Object.entries(COLUMN_ALIASES)) {
    const index = header.findIndex((h) => aliases.includes(h));
    if (index >= 0) column[field] = index;
  }
  const missing = REQUIRED.filter((f) => column[f] === undefined);
  if (missing.length) throw notCsv(`missing columns: ${missing.join(', ')}`);

  const valid: RosterRow[] = [];
  const invalid: ImportRowReport[] = [];
  const seen = new Map<string, number>();
  records.slice(1).forEach((cells, i) => {
    const row = i + 2; // line number in the file, header being line 1
    const cell = (field: string) => (column[field] === undefined ? '' : (cells[column[field]] ?? '').trim());
    const email = cell('email');
    const reasons: string[] = [];

    const parsedEmail = emailSchema.safeParse(email);
    if (!parsedEmail.success) reasons.push('email is not valid');
    const name = cell('name');
    if (name.length < 2 || name.length > 80) reasons.push('name must be 2 to 80 characters');
    const country = countrySchema.safeParse(cell('country'));
    if (!country.success) reasons.push(`country "${cell('country')}" is not an ISO 3166-1 code`);
    const genderText = cell('gender').toLowerCase();
    const gender = (GENDERS as readonly string[]).includes(genderText) ? (genderText as Gender) : GENDER_WORDS[genderText];
    if (!gender || gender === 'self_described') reasons.push(`gender "${cell('gender')}" is not one of ${GENDERS.filter((g) => g !== 'self_described').join(', ')}`);
    const sector = cell('sector').toLowerCase();
    if (!(SECTORS as readonly string[]).includes(sector)) reasons.push(`sector "${cell('sector')}" is not one of ${SECTORS.join(', ')}`);
    const organization = cell('organization');
    if (organization.length > 120) reasons.push('organisation is longer than 120 characters');

    const key = email.toLowerCase();
    if (parsedEmail.success && seen.has(key)) reasons.push(`the same e-mail is on line ${seen.get(key)}`);
    if (parsedEmail.success && !seen.has(key)) seen.set(key, row);

    if (reasons.length) invalid.push({ row, email, status: 'invalid', reason: reasons.join('; ') });
    else valid.push({ row, email: parsedEmail.data!, displayName: name, country: country.data!, gender: gender!, sector: sector as Sector, organization: organization || undefined });
  });
  return { valid, invalid, total: records.length - 1 };
}

function notCsv(reason: string): AppError {
  return new AppError('VALIDATION_FAILED', `The file is not a usable CSV roster: ${reason}`, [{ path: 'csv', message: reason }]);
}
