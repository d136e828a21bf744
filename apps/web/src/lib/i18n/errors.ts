import type { FieldProblem, FormErrorCode } from '$lib/forms/failure';
import { m } from '$lib/paraglide/messages';

/** Where an error happened changes what it means to the person (a 401 at sign-in is a wrong password). */
export type ErrorContext = 'login' | 'roleChange' | 'default';

/** A calm sentence in the current language for an API error code. */
export function formErrorMessage(code: FormErrorCode, context: ErrorContext = 'default'): string {
  switch (code) {
    case 'UNAUTHENTICATED':
      return context === 'login' ? m.error_unauthenticated_login() : m.error_unauthenticated();
    case 'FORBIDDEN':
      return context === 'roleChange' ? m.error_forbidden_role() : m.error_forbidden();
    case 'NOT_FOUND':
      return m.error_not_found();
    case 'VALIDATION_FAILED':
      return m.error_validation();
    case 'CONFLICT':
      return m.error_conflict();
    case 'RATE_LIMITED':
    case 'SLOW_MODE':
      return m.error_rate_limited();
    case 'PAYLOAD_TOO_LARGE':
      return m.error_payload_too_large();
    case 'UNAVAILABLE':
      return m.error_unavailable();
    case 'EMAIL_UNVERIFIED':
      return m.error_email_unverified();
    default:
      return m.error_unknown();
  }
}

const FIELD_MESSAGES: Record<string, () => string> = {
  email: m.error_field_email,
  password: m.error_field_password,
  displayName: m.error_field_displayName,
  country: m.error_field_country,
  gender: m.error_field_gender,
  genderText: m.error_field_genderText,
  sector: m.error_field_sector,
  organization: m.error_field_organization,
  locale: m.error_field_locale,
  role: m.error_field_role,
  courseId: m.error_field_courseId,
  name: m.error_field_name,
  countries: m.error_field_countries,
  startsAt: m.error_field_startsAt,
  endsAt: m.error_field_endsAt,
  timezone: m.error_field_timezone,
  capacity: m.error_field_capacity,
  status: m.error_field_status,
  enrollmentMode: m.error_field_enrollmentMode,
  userId: m.error_field_userId,
  csv: m.error_field_csv,
  cohortCount: m.error_field_cohortCount,
  namePrefix: m.error_field_namePrefix,
  slug: m.error_field_slug,
  title: m.error_field_title,
  summary: m.error_field_summary,
  topics: m.error_field_topics,
  modules: m.error_field_modules,
};

/** What to say under one field. */
export function fieldErrorMessage(field: string, problem: FieldProblem): string {
  if (field === 'email' && problem === 'taken') return m.error_field_email_taken();
  if (field === 'password' && problem === 'required') return m.error_field_password_required();
  return (FIELD_MESSAGES[field] ?? m.error_field_generic)();
}

/** Every field error of a failure, worded; handy for components that take a plain map. */
export function fieldErrorMessages(fields: Record<string, FieldProblem> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [field, problem] of Object.entries(fields ?? {})) out[field] = fieldErrorMessage(field, problem);
  return out;
}
