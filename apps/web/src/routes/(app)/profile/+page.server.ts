import { fail } from '@sveltejs/kit';
import { updateProfileSchema, type UserView } from '@trainaction/contracts';
import { failureFromApi, failureFromIssues } from '$lib/forms/failure';
import { profilePayload, profileValues } from '$lib/forms/profile';
import { callApi } from '$lib/server/api-client';
import { requireUser } from '$lib/server/guards';
import { setLocaleCookie } from '$lib/server/session';
import type { Actions } from './$types';

export const actions: Actions = {
  default: async (event) => {
    const { user, token } = requireUser(event);
    const values = profileValues(await event.request.formData());
    // Every field is sent; an emptied organisation is sent as '' so the API clears it.
    const parsed = updateProfileSchema.safeParse(profilePayload(values, { keepEmptyOrganization: true }));
    if (!parsed.success) return fail(400, { failure: failureFromIssues(parsed.error.issues), values });

    const result = await callApi<UserView>(event, '/me', { method: 'PATCH', token, body: parsed.data });
    if (!result.ok) return fail(result.status, { failure: failureFromApi(result.error), values });

    const localeChanged = result.data.locale !== user.locale;
    if (localeChanged) setLocaleCookie(event, result.data.locale);
    event.locals.user = result.data;
    return { saved: true as const, localeChanged };
  },
};
