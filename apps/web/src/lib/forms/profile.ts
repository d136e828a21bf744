import type { Gender, Locale, Sector } from '@trainaction/contracts';

/** The profile answers as a form holds them (strings; '' when unanswered), to refill a form after a failure. */
export interface ProfileValues {
  displayName?: string;
  country?: string;
  gender?: Gender | '';
  genderText?: string;
  sector?: Sector | '';
  organization?: string;
  locale?: Locale | '';
}

function text(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value.trim() : '';
}

/** What the person typed, kept to show the form again. */
export function profileValues(form: FormData): ProfileValues {
  return {
    displayName: text(form, 'displayName'),
    country: text(form, 'country'),
    gender: text(form, 'gender') as ProfileValues['gender'],
    genderText: text(form, 'genderText'),
    sector: text(form, 'sector') as ProfileValues['sector'],
    organization: text(form, 'organization'),
    locale: text(form, 'locale') as ProfileValues['locale'],
  };
}

/**
 * The profile part of a register or profile request, ready for the shared zod schemas: empty answers are left
 * out, and the free-text gender travels only with `self_described` (the API refuses it otherwise).
 */
export function profilePayload(values: ProfileValues, options: { keepEmptyOrganization?: boolean } = {}): Record<string, string> {
  const payload: Record<string, string> = {};
  const put = (key: keyof ProfileValues, value: string | undefined) => {
    if (value) payload[key] = value;
  };
  put('displayName', values.displayName);
  put('country', values.country?.toUpperCase());
  put('gender', values.gender);
  if (values.gender === 'self_described') put('genderText', values.genderText);
  put('sector', values.sector);
  if (values.organization) payload.organization = values.organization;
  else if (options.keepEmptyOrganization) payload.organization = '';
  put('locale', values.locale);
  return payload;
}
