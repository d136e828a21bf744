import {
  ROSTER_HEADERS,
  type FieldIssue,
  type Locale,
  type RosterColumn,
  type RosterFileErrorKind,
  type RosterRowError,
} from '@trainaction/contracts';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';

/** The column's header as the template writes it in the current language. */
export function rosterColumnName(column: RosterColumn): string {
  return ROSTER_HEADERS[column][getLocale() as Locale][0];
}

/** One problem of one roster line, in the current language. */
export function rosterRowErrorMessage(error: RosterRowError): string {
  const value = error.value ?? '';
  if (!value && error.column && error.kind !== 'organization_too_long' && error.kind !== 'email_repeated') {
    return m.import_error_empty({ column: rosterColumnName(error.column) });
  }
  switch (error.kind) {
    case 'email_invalid':
      return m.import_error_email_invalid({ value });
    case 'email_repeated':
      return m.import_error_email_repeated({ value, line: error.line ?? '?' });
    case 'name_length':
      return m.import_error_name_length({ value });
    case 'country_unknown':
      return m.import_error_country_unknown({ value });
    case 'gender_unknown':
      return m.import_error_gender_unknown({ value });
    case 'sector_unknown':
      return m.import_error_sector_unknown({ value });
    case 'organization_too_long':
      return m.import_error_organization_too_long();
    case 'cohort_full':
      return m.import_error_cohort_full();
    default:
      return m.import_row_invalid();
  }
}

/** Why a whole file was refused (the API's `details[0]` on the `csv` path), or null for any other failure. */
export function rosterFileErrorMessage(issue: Partial<Pick<FieldIssue, 'message' | 'params'>> | null | undefined): string | null {
  const params = issue?.params ?? {};
  switch (issue?.message as RosterFileErrorKind | undefined) {
    case 'binary':
      return m.import_file_binary();
    case 'unreadable':
      return m.import_file_unreadable();
    case 'empty':
      return m.import_file_empty();
    case 'too_many_rows':
      return m.import_file_too_many_rows({ max: Number(params.max ?? 0) });
    case 'missing_columns': {
      const columns = String(params.columns ?? '')
        .split(', ')
        .map((c) => (c in ROSTER_HEADERS ? rosterColumnName(c as RosterColumn) : c))
        .join(', ');
      return m.import_file_missing_columns({ columns, count: Number(params.count ?? 1) });
    }
    default:
      return null;
  }
}
