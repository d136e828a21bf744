import { fail, redirect } from '@sveltejs/kit';
import { passwordResetConfirmSchema, type PasswordResetDone } from '@trainaction/contracts';
import { failureFromApi, failureFromIssues } from '$lib/forms/failure';
import { linkProblem, type LinkProblem } from '$lib/forms/link-problem';
import { callApi } from '$lib/server/api-client';
import { textField } from '$lib/server/form-data';
import { endSession } from '$lib/server/session';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url }) => ({ token: url.searchParams.get('token')?.trim() ?? '' });

export const actions: Actions = {
  default: async (event) => {
    const form = await event.request.formData();
    const token = textField(form, 'token');
    const password = textField(form, 'password');

    const parsed = passwordResetConfirmSchema.safeParse({ token, password });
    if (!parsed.success) {
      if (parsed.error.issues.some((issue) => issue.path[0] === 'token')) return fail(400, { link: 'LINK_INVALID' as LinkProblem });
      const failure = failureFromIssues(parsed.error.issues);
      if (!password) failure.fields.password = 'required';
      return fail(400, { failure });
    }

    const result = await callApi<PasswordResetDone>(event, '/auth/password-reset/confirm', { method: 'POST', body: parsed.data });
    if (!result.ok) {
      const link = linkProblem(result.error.code);
      return link ? fail(result.status, { link }) : fail(result.status, { failure: failureFromApi(result.error) });
    }
    // The reset ended every sign-in of the account; this browser starts afresh at the login page.
    endSession(event);
    redirect(303, '/login?reset=done');
  },
};
