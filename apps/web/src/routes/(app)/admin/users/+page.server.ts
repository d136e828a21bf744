import { fail } from '@sveltejs/kit';
import { changeRoleSchema, roleSchema, type Page, type UserView } from '@trainaction/contracts';
import { failureFromApi, failureFromIssues, type FormFailure } from '$lib/forms/failure';
import { callApi } from '$lib/server/api-client';
import { ACCOUNT_MANAGERS, requireRole } from '$lib/server/guards';
import { textField } from '$lib/server/form-data';
import type { Actions, PageServerLoad } from './$types';

const PAGE_SIZE = 20;

export const load: PageServerLoad = async (event) => {
  const { user, token } = requireRole(event, ACCOUNT_MANAGERS);
  const roleFilter = roleSchema.safeParse(event.url.searchParams.get('role'));
  const role = roleFilter.success ? roleFilter.data : null;
  const cursor = event.url.searchParams.get('cursor');

  const result = await callApi<Page<UserView>>(event, '/users', {
    token,
    query: { limit: PAGE_SIZE, cursor, role },
  });
  const failure: FormFailure | null = result.ok ? null : failureFromApi(result.error);
  return {
    me: user,
    role,
    cursor,
    items: result.ok ? result.data.items : [],
    nextCursor: result.ok ? result.data.nextCursor : null,
    loadFailure: failure,
  };
};

export const actions: Actions = {
  changeRole: async (event) => {
    const { token } = requireRole(event, ACCOUNT_MANAGERS);
    const form = await event.request.formData();
    const userId = textField(form, 'userId');
    const displayName = textField(form, 'displayName');
    const parsed = changeRoleSchema.safeParse({ role: textField(form, 'role') });
    if (!parsed.success || !userId) {
      return fail(400, { userId, failure: failureFromIssues(parsed.error?.issues ?? [{ path: ['role'] }]) });
    }

    const result = await callApi<UserView>(event, `/users/${encodeURIComponent(userId)}/role`, {
      method: 'PATCH',
      token,
      body: parsed.data,
    });
    if (!result.ok) return fail(result.status, { userId, failure: failureFromApi(result.error) });
    return { changed: { userId, displayName: result.data.displayName ?? displayName, role: result.data.role } };
  },
};
