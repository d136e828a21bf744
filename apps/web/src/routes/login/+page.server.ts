import { fail, redirect } from '@sveltejs/kit';
import { loginSchema, type AuthResult } from '@trainaction/contracts';
import { failureFromApi, failureFromIssues, type FormFailure } from '$lib/forms/failure';
import { afterSignIn } from '$lib/navigation/redirect';
import { callApi } from '$lib/server/api-client';
import { textField } from '$lib/server/form-data';
import { startSession } from '$lib/server/session';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
  if (locals.user) redirect(303, afterSignIn(url.searchParams.get('redirectTo')));
  // `?reset=done`: back from choosing a new password (reset-password), which ended every session.
  return { redirectTo: url.searchParams.get('redirectTo') ?? '', passwordChanged: url.searchParams.get('reset') === 'done' };
};

export const actions: Actions = {
  default: async (event) => {
    const form = await event.request.formData();
    const email = textField(form, 'email').trim();
    const password = textField(form, 'password');
    const redirectTo = textField(form, 'redirectTo');

    const parsed = loginSchema.safeParse({ email, password });
    if (!parsed.success) {
      const failure: FormFailure = failureFromIssues(parsed.error.issues);
      if (!password) failure.fields.password = 'required';
      return fail(400, { failure, email });
    }

    const result = await callApi<AuthResult>(event, '/auth/login', { method: 'POST', body: parsed.data });
    if (!result.ok) return fail(result.status, { failure: failureFromApi(result.error), email });

    startSession(event, result.data, result.headers);
    redirect(303, afterSignIn(redirectTo));
  },
};
