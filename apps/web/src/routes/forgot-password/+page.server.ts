import { fail } from '@sveltejs/kit';
import { passwordResetRequestSchema, type PasswordResetRequested } from '@trainaction/contracts';
import { failureFromApi, failureFromIssues } from '$lib/forms/failure';
import { callApi } from '$lib/server/api-client';
import { textField } from '$lib/server/form-data';
import type { Actions } from './$types';

export const actions: Actions = {
  default: async (event) => {
    const form = await event.request.formData();
    const email = textField(form, 'email').trim();

    const parsed = passwordResetRequestSchema.safeParse({ email });
    if (!parsed.success) return fail(400, { failure: failureFromIssues(parsed.error.issues), email });

    const result = await callApi<PasswordResetRequested>(event, '/auth/password-reset', { method: 'POST', body: parsed.data });
    if (!result.ok) return fail(result.status, { failure: failureFromApi(result.error), email });
    // The API answers alike whether or not the address has an account; so does this page.
    return { sent: true as const, email };
  },
};
