import { fail, redirect } from '@sveltejs/kit';
import { registerSchema, type AuthResult, type RegisterAccepted } from '@trainaction/contracts';
import { failureFromApi, failureFromIssues } from '$lib/forms/failure';
import { profilePayload, profileValues } from '$lib/forms/profile';
import { callApi } from '$lib/server/api-client';
import { textField } from '$lib/server/form-data';
import { startSession } from '$lib/server/session';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => {
  if (locals.user) redirect(303, '/home');
};

export const actions: Actions = {
  default: async (event) => {
    const form = await event.request.formData();
    const email = textField(form, 'email').trim();
    const values = profileValues(form);
    const request = { email, password: textField(form, 'password'), ...profilePayload(values) };

    const parsed = registerSchema.safeParse(request);
    if (!parsed.success) return fail(400, { failure: failureFromIssues(parsed.error.issues), email, values });

    const result = await callApi<RegisterAccepted>(event, '/auth/register', { method: 'POST', body: parsed.data });
    if (!result.ok) return fail(result.status, { failure: failureFromApi(result.error), email, values });

    // The API answers the same whether the address was new or already had an account, and signs nobody
    // in: sign in with what was typed. When that fails, say so without telling which case it was.
    const signIn = await callApi<AuthResult>(event, '/auth/login', {
      method: 'POST',
      body: { email: parsed.data.email, password: parsed.data.password },
    });
    if (!signIn.ok) return { signInNeeded: true as const, email };

    startSession(event, signIn.data, signIn.headers);
    redirect(303, '/home');
  },
};
