import { cohortInvitationSchema } from '@trainaction/contracts';
import { failureFromIssues, type FormFailure } from '$lib/forms/failure';

/** The invite-by-e-mail form as typed (strings; '' when unanswered), to refill it after a failure. */
export type InviteValues = Partial<Record<'email' | 'displayName' | 'country' | 'sector' | 'gender' | 'locale' | 'role', string>>;

/** The enrol page's `invite` action answer: done, or the failure with what was typed. */
export interface InviteResult {
  done?: { displayName: string };
  failure?: FormFailure;
  values?: InviteValues;
}

const FIELDS = ['email', 'displayName', 'country', 'sector', 'gender', 'locale', 'role'] as const;

export function inviteValues(form: FormData): InviteValues {
  const values: InviteValues = {};
  for (const field of FIELDS) {
    const value = form.get(field);
    values[field] = typeof value === 'string' ? value.trim() : '';
  }
  return values;
}

/** The request for `POST /api/cohorts/:id/invitations`, checked by the shared schema; empty answers are left out. */
export function invitePayload(values: InviteValues) {
  const body = Object.fromEntries(Object.entries(values).filter(([, value]) => value !== ''));
  const parsed = cohortInvitationSchema.safeParse(body);
  return parsed.success
    ? { ok: true as const, data: parsed.data }
    : { ok: false as const, failure: failureFromIssues(parsed.error.issues) };
}
