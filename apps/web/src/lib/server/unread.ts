import type { CohortView, Page, RoomView, ThreadView } from '@trainaction/contracts';
import { callApi, type ApiEvent } from './api-client';

/** Threads of a forum read for its count: the most recently active page; older threads rarely hold news. */
export const FORUM_UNREAD_PAGE = 50;

export interface ForumUnread {
  /** Unread replies in the page of threads read. */
  unread: number;
  /** True when the forum has more threads than that page: the count may be higher. */
  more: boolean;
}

export interface CohortUnread {
  rooms: Pick<RoomView, 'id' | 'name' | 'unread'>[];
  forum: ForumUnread | null;
  courseForum: ForumUnread | null;
}

/**
 * What is new for the person in one cohort, from the counts the API keeps per room (read marks) and per thread
 * (`ForumReads`): three index-backed requests, no message or post is read to count.
 */
export async function cohortUnread(event: ApiEvent, token: string, cohort: CohortView): Promise<CohortUnread> {
  const forum = (courseWide: boolean) =>
    callApi<Page<ThreadView>>(event, `/cohorts/${cohort.id}/threads`, {
      token,
      query: { courseWide: String(courseWide), limit: FORUM_UNREAD_PAGE },
    }).then((r) => (r.ok ? { unread: r.data.items.reduce((sum, t) => sum + (t.unread ?? 0), 0), more: r.data.nextCursor !== null } : null));
  const [rooms, cohortForum, courseForum] = await Promise.all([
    callApi<RoomView[]>(event, `/cohorts/${cohort.id}/rooms`, { token }),
    forum(false),
    forum(true),
  ]);
  return {
    rooms: rooms.ok ? rooms.data.map((r) => ({ id: r.id, name: r.name, unread: r.unread ?? 0 })) : [],
    forum: cohortForum,
    courseForum,
  };
}
