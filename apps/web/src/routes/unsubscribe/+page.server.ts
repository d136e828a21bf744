import { fail } from '@sveltejs/kit';
import type { UnsubscribeLinkView, UnsubscribeTarget } from '@trainaction/contracts';
import { callApi } from '$lib/server/api-client';
import { textField } from '$lib/server/form-data';
import type { Actions, PageServerLoad } from './$types';

/**
 * Where an unsubscribe link from a mail lands (the API's GET sends people here): what the link stops and in
 * which language to ask, without signing in. Nothing changes until the person presses the button (a mail
 * scanner opening the link changes nothing).
 */
export const load: PageServerLoad = async (event) => {
  const token = event.url.searchParams.get('token')?.trim() ?? '';
  if (!token) return { token, link: null, failed: false };
  const result = await callApi<UnsubscribeLinkView>(event, '/mail/unsubscribe/check', { query: { token } });
  return { token, link: result.ok ? result.data : null, failed: !result.ok && result.status >= 500 };
};

export const actions: Actions = {
  default: async (event) => {
    const token = textField(await event.request.formData(), 'token').trim();
    if (!token) return fail(400, { invalid: true as const });
    const result = await callApi<{ target: UnsubscribeTarget; off: true }>(event, '/mail/unsubscribe', {
      method: 'POST',
      query: { token },
    });
    if (!result.ok) return fail(result.status, result.status >= 500 ? { failed: true as const } : { invalid: true as const });
    return { done: true as const, target: result.data.target };
  },
};
