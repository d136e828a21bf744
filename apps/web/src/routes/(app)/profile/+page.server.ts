import { fail } from '@sveltejs/kit';
import {
  MAIL_GROUPS,
  mailPreferencesInputSchema,
  updateProfileSchema,
  type MailPreferencesView,
  type UserView,
} from '@trainaction/contracts';
import { failureFromApi, failureFromIssues } from '$lib/forms/failure';
import { profilePayload, profileValues } from '$lib/forms/profile';
import { callApi } from '$lib/server/api-client';
import { optionalField } from '$lib/server/form-data';
import { requireUser } from '$lib/server/guards';
import { setLocaleCookie } from '$lib/server/session';
import type { Actions, PageServerLoad } from './$types';

/** The person's notification mail choices, for the "Correo de notificaciones" section. */
export const load: PageServerLoad = async (event) => {
  const { token } = requireUser(event);
  const result = await callApi<MailPreferencesView>(event, '/notifications/preferences', { token });
  return { mailPreferences: result.ok ? result.data : null };
};

export const actions: Actions = {
  save: async (event) => {
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
  /** The zone every time is shown in; '' goes back to the cohort's. */
  timeZone: async (event) => {
    const { token } = requireUser(event);
    const chosen = optionalField(await event.request.formData(), 'timeZone');
    const parsed = updateProfileSchema.safeParse({ timeZone: chosen ?? null });
    if (!parsed.success) return fail(400, { zoneFailure: failureFromIssues(parsed.error.issues) });
    const result = await callApi<UserView>(event, '/me', { method: 'PATCH', token, body: parsed.data });
    if (!result.ok) return fail(result.status, { zoneFailure: failureFromApi(result.error) });
    return { zoneSaved: true as const };
  },
  /** One choice per mail group (radio buttons named after the groups). */
  mail: async (event) => {
    const { token } = requireUser(event);
    const form = await event.request.formData();
    const parsed = mailPreferencesInputSchema.safeParse(
      Object.fromEntries(MAIL_GROUPS.map((group) => [group, optionalField(form, group)])),
    );
    if (!parsed.success) return fail(400, { mailFailure: failureFromIssues(parsed.error.issues) });
    const result = await callApi<MailPreferencesView>(event, '/notifications/preferences', { method: 'PUT', token, body: parsed.data });
    if (!result.ok) return fail(result.status, { mailFailure: failureFromApi(result.error) });
    return { mailSaved: true as const, mailPreferences: result.data };
  },
};
