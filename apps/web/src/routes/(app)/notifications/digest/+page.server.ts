import type { MailPreferencesView, NotificationDigestView, NotificationView } from '@trainaction/contracts';
import { callApi } from '$lib/server/api-client';
import { requireUser } from '$lib/server/guards';
import type { PageServerLoad } from './$types';

/** What the person's next daily digest holds so far, and whether anything comes daily at all. */
export const load: PageServerLoad = async (event) => {
  const { token } = requireUser(event);
  const [digest, preferences] = await Promise.all([
    callApi<NotificationDigestView>(event, '/notifications/digest', { token }),
    callApi<MailPreferencesView>(event, '/notifications/preferences', { token }),
  ]);
  if (!digest.ok || !preferences.ok) return { failed: true as const, since: null, items: [] as NotificationView[], preferences: null };
  return { failed: false as const, since: digest.data.since, items: digest.data.items, preferences: preferences.data };
};
