import { ACADEMY_COUNTRIES, COUNTRY_OPTIONS } from '@trainaction/contracts';

export interface CountryOption {
  code: string;
  name: string;
}

export interface CountryGroups {
  academy: CountryOption[];
  others: CountryOption[];
}

const academy = new Set<string>(ACADEMY_COUNTRIES);

function displayNames(locale: string): Intl.DisplayNames | null {
  try {
    return new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' });
  } catch {
    return null;
  }
}

/** The country's name in `locale` (Intl.DisplayNames), or its code where the runtime has no name. */
export function countryName(code: string, locale: string): string {
  return displayNames(locale)?.of(code) ?? code;
}

/** The academy's five countries first (in their usual order), then every other ISO country by name. */
export function countryGroups(locale: string): CountryGroups {
  const names = displayNames(locale);
  const toOption = (code: string): CountryOption => ({ code, name: names?.of(code) ?? code });
  const collator = new Intl.Collator(locale);
  return {
    academy: ACADEMY_COUNTRIES.map(toOption),
    others: COUNTRY_OPTIONS.filter((code) => !academy.has(code))
      .map(toOption)
      .sort((a, b) => collator.compare(a.name, b.name)),
  };
}
