import { ROSTER_COLUMNS, ROSTER_GENDER_LABELS, ROSTER_HEADERS, ROSTER_SECTOR_LABELS, type Locale } from '@trainaction/contracts';
import { countryName } from '$lib/i18n/countries';
import { m } from '$lib/paraglide/messages';

function quoted(value: string, separator: string): string {
  return value.includes(separator) || value.includes('"') ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * The roster template in `locale`: headers and an example line in that language. Spanish uses semicolons,
 * as a Spanish-locale spreadsheet opens and saves CSV; the BOM makes it read the accents as UTF-8.
 */
export function rosterTemplate(locale: Locale): string {
  const separator = locale === 'es' ? ';' : ',';
  const example = [
    'ana.perez@ejemplo.org',
    m.import_template_example_name({}, { locale }),
    countryName('CR', locale),
    ROSTER_GENDER_LABELS.woman[locale][0],
    ROSTER_SECTOR_LABELS.law_enforcement[locale][0],
    m.import_template_example_organization({}, { locale }),
  ];
  const header = ROSTER_COLUMNS.map((c) => ROSTER_HEADERS[c][locale][0]);
  return '\uFEFF' + [header, example].map((cells) => cells.map((c) => quoted(c, separator)).join(separator)).join('\r\n') + '\r\n';
}
