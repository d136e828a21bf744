import {
  isId,
  queryWords,
  type CohortView,
  type ForumSearchResult,
  type MemberView,
  type MessageSearchResult,
  type Page,
} from '@trainaction/contracts';
import { callApi } from '$lib/server/api-client';
import { requireUser } from '$lib/server/guards';
import type { PageServerLoad } from './$types';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export const load: PageServerLoad = async (event) => {
  const { token } = requireUser(event);
  const params = event.url.searchParams;
  const q = (params.get('q') ?? '').trim().slice(0, 200);
  const authorId = params.get('authorId') ?? '';
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const mine = await callApi<Page<CohortView>>(event, '/cohorts', { token, query: { scope: 'mine' } });
  const cohorts = mine.ok ? mine.data.items : [];
  // Authors the typeahead suggests: the people of one's cohorts (the members list each cohort already offers).
  const lists = await Promise.all(cohorts.slice(0, 10).map((c) => callApi<Page<MemberView>>(event, `/cohorts/${c.id}/members`, { token })));
  const people = new Map<string, string>();
  for (const list of lists) if (list.ok) for (const p of list.data.items) people.set(p.userId, p.displayName);
  const authors = [...people].map(([userId, displayName]) => ({ userId, displayName }));

  const searched = Boolean(q || isId(authorId) || DAY.test(from) || DAY.test(to));
  let results: ForumSearchResult | null = null;
  let messages: MessageSearchResult['messages'] = [];
  let failed = false;
  if (searched) {
    // Room messages are searched by words only (the author and dates filter the forum).
    const fromRooms = q ? callApi<MessageSearchResult>(event, '/messages/search', { token, query: { q, limit: 30 } }) : null;
    const result = await callApi<ForumSearchResult>(event, '/forum/search', {
      token,
      query: {
        q: q || undefined,
        authorId: isId(authorId) ? authorId : undefined,
        from: DAY.test(from) ? `${from}T00:00:00.000Z` : undefined,
        to: DAY.test(to) ? `${to}T23:59:59.999Z` : undefined,
        limit: 50,
      },
    });
    if (result.ok) results = result.data;
    else failed = true;
    const rooms = await fromRooms;
    if (rooms?.ok) messages = rooms.data.messages;
    else if (rooms) failed = true;
  }
  const cohortParam = params.get('cohort');
  return {
    query: { q, authorId, from, to },
    words: queryWords(q),
    authors,
    results,
    messages,
    failed,
    searched,
    cohortId: cohortParam && isId(cohortParam) ? cohortParam : null,
  };
};
