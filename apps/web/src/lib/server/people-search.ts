import type { Page, UserView } from '@trainaction/contracts';
import { callApi, type ApiEvent } from './api-client';

const PAGE = 100;
const MAX_PAGES = 30;
const MAX_RESULTS = 20;

/** Lower-case without accents, so "jose" finds "José". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
}

/**
 * People whose name or e-mail contains `query`. GET /api/users has no text search yet, so this walks its pages
 * (at most 3,000 accounts) and filters here; a `q` parameter on the API would replace the loop.
 */
export async function searchPeople(event: ApiEvent, token: string, query: string): Promise<{ items: UserView[]; failed: boolean }> {
  const needle = fold(query.trim());
  if (needle.length < 2) return { items: [], failed: false };
  const found: UserView[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < MAX_PAGES; page++) {
    const result: Awaited<ReturnType<typeof callApi<Page<UserView>>>> = await callApi<Page<UserView>>(event, '/users', {
      token,
      query: { limit: PAGE, cursor },
    });
    if (!result.ok) return { items: found, failed: true };
    for (const user of result.data.items) {
      if (fold(user.displayName).includes(needle) || fold(user.email ?? '').includes(needle)) found.push(user);
      if (found.length >= MAX_RESULTS) return { items: found, failed: false };
    }
    cursor = result.data.nextCursor;
    if (!cursor) break;
  }
  return { items: found, failed: false };
}
