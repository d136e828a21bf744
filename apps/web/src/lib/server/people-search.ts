import type { Page, UserView } from '@trainaction/contracts';
import { callApi, type ApiEvent } from './api-client';

const MAX_RESULTS = 20;

/** People whose name (accents and letter case aside) or e-mail contains `query`: one call to GET /api/users?q=. */
export async function searchPeople(event: ApiEvent, token: string, query: string): Promise<{ items: UserView[]; failed: boolean }> {
  const q = query.trim();
  if (q.length < 2) return { items: [], failed: false };
  const result = await callApi<Page<UserView>>(event, '/users', { token, query: { q: q.slice(0, 100), limit: MAX_RESULTS } });
  return result.ok ? { items: result.data.items, failed: false } : { items: [], failed: true };
}
