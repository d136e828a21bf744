import { redirect } from '@sveltejs/kit';
import { localeSchema } from '@trainaction/contracts';
import { safeRedirectPath } from '$lib/navigation/redirect';
import { callApi } from '$lib/server/api-client';
import { textField } from '$lib/server/form-data';
import { setLocaleCookie } from '$lib/server/session';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
  redirect(303, '/');
};

export const actions: Actions = {
  default: async (event) => {
    const form = await event.request.formData();
    const back = safeRedirectPath(textField(form, 'redirectTo')) ?? '/';
    const locale = localeSchema.safeParse(textField(form, 'locale'));
    if (locale.success) {
      setLocaleCookie(event, locale.data);
      const { user, accessToken } = event.locals;
      // Remember the choice on the account too; the cookie alone is enough if the API is busy.
      if (user && accessToken && user.locale !== locale.data) {
        await callApi(event, '/me', { method: 'PATCH', token: accessToken, body: { locale: locale.data } });
      }
    }
    redirect(303, back);
  },
};
