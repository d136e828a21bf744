import {
  emailSchema,
  matchCountry,
  matchGender,
  matchRosterHeader,
  matchSector,
  REQUIRED_ROSTER_COLUMNS,
  type Gender,
  type ImportRowReport,
  type RosterColumn,
  type RosterFileErrorKind,
  type RosterRowError,
  type Sector,
} from '@trainaction/contracts';
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

/**
 * A spreadsheet saved as CSV in a Spanish locale separates with semicolons and leaves commas in values
 * unquoted ("Alta dirección (ministerio, viceministerio, dirección)"): the header line decides the separator.
 */
function separatorOf(csv: string): ',' | ';' {
  const header = csv.slice(0, csv.search(/\r?\n|$/));
  return (header.match(/;/g)?.length ?? 0) > (header.match(/,/g)?.length ?? 0) ? ';' : ',';
}

/**
 * Parses and validates a whole roster before anything is written. Headers, countries, genders and sectors
 * may be codes or the labels people write, in Spanish or English, in any letter case, with or without
 * accents. A file that is not a CSV with the required columns is refused as a whole (400, with the kind of
 * problem and its parameters); bad lines are reported one by one as kinds and parameters, and the rest proceed.
 */
export function parseRoster(csv: string): { valid: RosterRow[]; invalid: ImportRowReport[]; total: number } {
  if (csv.includes('\u0000')) throw notCsv('binary');
  const text = csv.replace(/^\uFEFF/, '');
  let records: string[][];
  try {
    records = parse(text, { skip_empty_lines: true, trim: true, relax_column_count: true, delimiter: separatorOf(text) });
  } catch (error) {
    throw notCsv('unreadable', { detail: (error as Error).message.split('\n')[0] });
  }
  records = records.filter((cells) => cells.some((c) => c !== ''));
  if (records.length < 2) throw notCsv('empty');
  if (records.length - 1 > MAX_ROSTER_ROWS) throw notCsv('too_many_rows', { max: MAX_ROSTER_ROWS });

  const column: Partial<Record<RosterColumn, number>> = {};
  records[0].forEach((header, i) => {
    const field = matchRosterHeader(header);
    if (field && column[field] === undefined) column[field] = i;
  });
  const missing = REQUIRED_ROSTER_COLUMNS.filter((f) => column[f] === undefined);
  if (missing.length) throw notCsv('missing_columns', { columns: missing.join(', '), count: missing.length });

  const valid: RosterRow[] = [];
  const invalid: ImportRowReport[] = [];
  const seen = new Map<string, number>();
  records.slice(1).forEach((cells, i) => {
    const row = i + 2; // line number in the file, header being line 1
    const cell = (field: RosterColumn) => (column[field] === undefined ? '' : (cells[column[field]] ?? '').trim());
    const email = cell('email');
    const errors: RosterRowError[] = [];
    const wrong = (kind: RosterRowError['kind'], field: RosterColumn) => errors.push({ kind, column: field, value: cell(field) });

    const parsedEmail = emailSchema.safeParse(email);
    if (!parsedEmail.success) wrong('email_invalid', 'email');
    const name = cell('name').replace(/\s+/g, ' ');
    if (name.length < 2 || name.length > 80) wrong('name_length', 'name');
    const country = matchCountry(cell('country'));
    if (!country) wrong('country_unknown', 'country');
    const gender = matchGender(cell('gender'));
    if (!gender) wrong('gender_unknown', 'gender');
    const sector = matchSector(cell('sector'));
    if (!sector) wrong('sector_unknown', 'sector');
    const organization = cell('organization');
    if (organization.length > 120) errors.push({ kind: 'organization_too_long', column: 'organization' });

    const key = email.toLowerCase();
    if (parsedEmail.success && seen.has(key)) errors.push({ kind: 'email_repeated', column: 'email', value: email, line: seen.get(key) });
    if (parsedEmail.success && !seen.has(key)) seen.set(key, row);

    if (errors.length) invalid.push({ row, email, status: 'invalid', errors });
    else
      valid.push({
        row,
        email: parsedEmail.data!,
        displayName: name,
        country: country!,
        gender: gender!,
        sector: sector!,
        organization: organization || undefined,
      });
  });
  return { valid, invalid, total: records.length - 1 };
}

function notCsv(kind: RosterFileErrorKind, params?: Record<string, string | number>): AppError {
  return new AppError('VALIDATION_FAILED', `The file is not a usable CSV roster (${kind})`, [{ path: 'csv', message: kind, params }]);
}
