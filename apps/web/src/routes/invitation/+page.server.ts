import { fail, redirect } from '@sveltejs/kit';
import {
  invitationAcceptSchema,
  linkTokenSchema,
  type AuthResult,
  type InvitationRenewRequested,
  type InvitationUsable,
} from '@trainaction/contracts';
import { failureFromApi, failureFromIssues } from '$lib/forms/failure';
import { linkProblem, type LinkProblem } from '$lib/forms/link-problem';
import { callApi } from '$lib/server/api-client';
import { textField } from '$lib/server/form-data';
import { startSession } from '$lib/server/session';
import type { Actions, PageServerLoad } from './$types';

/**
 * `/invitation?token=…`: the link of an invitation mail. The link is only checked here (an expired or used
 * one is explained before anyone types a password); nothing changes until the form is sent.
 */
export const load: PageServerLoad = async (event) => {
  const token = event.url.searchParams.get('token')?.trim() ?? '';
  const parsed = linkTokenSchema.safeParse({ token });
  if (!parsed.success) return { token, problem: 'LINK_INVALID' as LinkProblem, cohortName: null };
  const result = await callApi<InvitationUsable>(event, '/auth/invitation/check', { method: 'POST', body: parsed.data });
  if (result.ok) return { token, problem: null, cohortName: result.data.cohortName || null };
  // Anything else (the API unreachable): show the form; sending it says what went wrong.
  return { token, problem: linkProblem(result.error.code), cohortName: null };
};

export const actions: Actions = {
  /** Chooses the password; the API signs the person in, and the home page shows their cohort. */
  accept: async (event) => {
    const form = await event.request.formData();
    const token = textField(form, 'token');
    const password = textField(form, 'password');

    const parsed = invitationAcceptSchema.safeParse({ token, password });
    if (!parsed.success) {
      if (parsed.error.issues.some((issue) => issue.path[0] === 'token')) return fail(400, { link: 'LINK_INVALID' as LinkProblem });
      const failure = failureFromIssues(parsed.error.issues);
      if (!password) failure.fields.password = 'required';
      return fail(400, { failure });
    }

    const result = await callApi<AuthResult>(event, '/auth/invitation/accept', { method: 'POST', body: parsed.data });
    if (!result.ok) {
      const link = linkProblem(result.error.code);
      return link ? fail(result.status, { link }) : fail(result.status, { failure: failureFromApi(result.error) });
    }
    startSession(event, result.data, result.headers);
    redirect(303, '/home');
  },

  /** From an expired invitation: ask for a new one, mailed to the address this one came to. */
  renew: async (event) => {
    const parsed = linkTokenSchema.safeParse({ token: textField(await event.request.formData(), 'token') });
    if (!parsed.success) return fail(400, { link: 'LINK_INVALID' as LinkProblem });
    const result = await callApi<InvitationRenewRequested>(event, '/auth/invitation/renew', { method: 'POST', body: parsed.data });
    if (!result.ok) return fail(result.status, { link: 'LINK_EXPIRED' as LinkProblem, failure: failureFromApi(result.error) });
    // The same words whatever the API did: the page does not tell whether a mail went out.
    return { renewed: true as const };
  },
};
