import { fail } from '@sveltejs/kit';
import { isId, type NotificationList, type UnreadCount } from '@trainaction/contracts';
import { callApi } from '$lib/server/api-client';
import { forumFail, text } from '$lib/server/forum';
import { requireUser } from '$lib/server/guards';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { token } = requireUser(event);
  const list = await callApi<NotificationList>(event, '/notifications', { token, query: { limit: 100 } });
  const items = list.ok ? list.data.items : [];
  // Unread first, newest first within each group.
  const sorted = [...items].sort((a, b) => Number(a.read) - Number(b.read) || b.createdAt.localeCompare(a.createdAt));
  return { items: sorted, unread: list.ok ? list.data.unread : 0, failed: !list.ok };
};

export const actions: Actions = {
  read: async (event) => {
    const { token } = requireUser(event);
    const form = await event.request.formData();
    const id = text(form, 'id');
    const ids = id === 'all' ? 'all' : isId(id) ? [id] : null;
    if (!ids) return fail(400, { action: 'read', code: 'VALIDATION_FAILED' });
    const result = await callApi<UnreadCount>(event, '/notifications/read', { method: 'POST', token, body: { ids } });
    if (!result.ok) return forumFail(result, { action: 'read' });
    return { action: 'read', unread: result.data.unread };
  },
};
