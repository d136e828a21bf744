import { fail } from '@sveltejs/kit';
import { csvImportSchema, enrollmentSchema, type FieldIssue, type ImportJobView, type MemberView } from '@trainaction/contracts';
import { invitePayload, inviteValues, type InviteResult } from '$lib/cohorts/invite';
import { failureFromApi, failureFromIssues } from '$lib/forms/failure';
import { callApi } from '$lib/server/api-client';
import { loadCohort } from '$lib/server/cohorts';
import { textField } from '$lib/server/form-data';
import { COHORT_MANAGERS, requireRole } from '$lib/server/guards';
import { searchPeople } from '$lib/server/people-search';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { token } = requireRole(event, COHORT_MANAGERS);
  const cohort = await loadCohort(event, token, event.params.id);
  const who = (event.url.searchParams.get('who') ?? '').trim().slice(0, 80);
  const people = who ? await searchPeople(event, token, who) : { items: [], failed: false };
  return { cohort, who, people: people.items, searchFailed: people.failed, created: event.url.searchParams.has('created') };
};

export const actions: Actions = {
  enrol: async (event) => {
    const { token } = requireRole(event, COHORT_MANAGERS);
    const form = await event.request.formData();
    const displayName = textField(form, 'displayName');
    const parsed = enrollmentSchema.safeParse({ userId: textField(form, 'userId'), role: textField(form, 'role') || 'learner' });
    if (!parsed.success) return fail(400, { enrol: { failure: failureFromIssues(parsed.error.issues) } });
    const result = await callApi(event, `/cohorts/${event.params.id}/enrollments`, { method: 'POST', token, body: parsed.data });
    if (!result.ok) return fail(result.status, { enrol: { failure: failureFromApi(result.error) } });
    return { enrol: { done: { displayName, role: parsed.data.role } } };
  },

  /** Enrol by e-mail: a new address gets an account and an invitation, an existing one a notice. */
  invite: async (event) => {
    const { token } = requireRole(event, COHORT_MANAGERS);
    const values = inviteValues(await event.request.formData());
    const payload = invitePayload(values);
    if (!payload.ok) return fail(400, { invite: { failure: payload.failure, values } satisfies InviteResult });
    const result = await callApi<MemberView>(event, `/cohorts/${event.params.id}/invitations`, {
      method: 'POST',
      token,
      body: payload.data,
    });
    if (!result.ok) return fail(result.status, { invite: { failure: failureFromApi(result.error), values } satisfies InviteResult });
    return { invite: { done: { displayName: result.data.displayName } } satisfies InviteResult };
  },

  import: async (event) => {
    const { token } = requireRole(event, COHORT_MANAGERS);
    const csv = textField(await event.request.formData(), 'csv');
    const parsed = csvImportSchema.safeParse({ csv });
    if (!parsed.success) return fail(400, { import: { failure: failureFromIssues([{ path: 'csv' }]) } });
    const result = await callApi<ImportJobView>(event, `/cohorts/${event.params.id}/imports`, { method: 'POST', token, body: parsed.data });
    if (!result.ok) {
      // Why the file was refused, as a kind and parameters the page words in the coordinator's language.
      const issue = result.error.details?.find((d) => d.path === 'csv');
      const file: Pick<FieldIssue, 'message' | 'params'> | null = issue ? { message: issue.message, params: issue.params ?? {} } : null;
      return fail(result.status, { import: { failure: failureFromApi(result.error), file } });
    }
    return { import: { job: result.data } };
  },
};
