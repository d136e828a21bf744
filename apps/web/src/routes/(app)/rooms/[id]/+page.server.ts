import { error } from '@sveltejs/kit';
import { isId, type MemberView, type MessageView, type RoomView, type Page, type CohortView } from '@trainaction/contracts';
import { m } from '$lib/paraglide/messages';
import { callApi } from '$lib/server/api-client';
import { renderRoomMarkdownOnServer } from '$lib/server/room-markdown';
import { requireUser } from '$lib/server/guards';
import type { PageServerLoad } from './$types';

const PAGE = 50;

export const load: PageServerLoad = async (event) => {
  const { user, token } = requireUser(event);
  const id = event.params.id;
  if (!isId(id)) error(404, { message: m.room_not_found(), code: 'NOT_FOUND' });
  const room = await callApi<RoomView>(event, `/rooms/${id}`, { token });
  if (!room.ok) {
    if (room.status === 404) error(404, { message: m.room_not_found(), code: 'NOT_FOUND' });
    if (room.error.code === 'UNAVAILABLE') error(503, { message: m.error_unavailable(), code: 'UNAVAILABLE' });
    error(room.status, { message: m.error_unknown(), code: room.error.code });
  }
  const cohortId = room.data.cohortId;
  const [members, history, cohort] = await Promise.all([
    callApi<Page<MemberView>>(event, `/cohorts/${cohortId}/members`, { token }),
    callApi<Page<MessageView>>(event, `/rooms/${id}/messages`, { token, query: { limit: PAGE } }),
    callApi<CohortView>(event, `/cohorts/${cohortId}`, { token }),
  ]);
  const messages = history.ok ? [...history.data.items].reverse() : [];
  // The first render uses the server's sanitiser; the browser renders later changes with the same rules.
  const rendered: Record<string, { body: string; html: string }> = {};
  for (const message of messages)
    if (!message.deleted) rendered[message.id] = { body: message.body, html: renderRoomMarkdownOnServer(message.body) };
  const memberItems = members.ok ? members.data.items : [];
  const myRole = memberItems.find((p) => p.userId === user.id)?.role ?? null;
  return {
    room: room.data,
    cohortName: cohort.ok ? cohort.data.name : null,
    members: memberItems.map((p) => ({ userId: p.userId, displayName: p.displayName, country: p.country, role: p.role })),
    messages,
    rendered,
    olderCursor: history.ok ? history.data.nextCursor : null,
    historyFailed: !history.ok,
    canModerate: myRole === 'moderator' || user.role === 'coordinator' || user.role === 'admin',
    me: { id: user.id, displayName: user.displayName },
    /** The root layout adds a skip link to the message box. */
    skipToComposer: true,
  };
};
