import type { NotificationView } from '@trainaction/contracts';
import { callApi } from '$lib/server/api-client';
import { requireUser } from '$lib/server/guards';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { token } = requireUser(event);
  const result = await callApi<{ digest: 'off' | 'daily'; since: string; items: NotificationView[]; unread: number }>(event, '/notifications/digest', { token });
  return result.ok ? { ...result.data, failed: false } : { digest: 'off' as const, since: null, items: [] as NotificationView[], unread: 0, failed: true };
};
