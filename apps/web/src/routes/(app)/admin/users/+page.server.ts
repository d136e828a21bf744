import { fail } from '@sveltejs/kit';
import { changeRoleSchema, listUsersQuerySchema, type Role, type UserListPage, type UserView } from '@trainaction/contracts';
import { failureFromApi, failureFromIssues, type FormFailure } from '$lib/forms/failure';
import { callApi } from '$lib/server/api-client';
import { textField } from '$lib/server/form-data';
import { ACCOUNT_MANAGERS, requireRole } from '$lib/server/guards';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

const PAGE_SIZE = 20;
/** Roles that change what a person may do across the academy: granted only after a confirmation. */
const POWERFUL: readonly Role[] = ['admin', 'coordinator'];

export const load: PageServerLoad = async (event) => {
  const { user, token } = requireRole(event, ACCOUNT_MANAGERS);
  const raw = Object.fromEntries([...event.url.searchParams].filter(([, v]) => v !== ''));
  const parsed = listUsersQuerySchema.safeParse({ ...raw, limit: PAGE_SIZE, page: raw.page ?? 1 });
  const query = parsed.success ? parsed.data : { limit: PAGE_SIZE, page: 1 };
  const result = await callApi<UserListPage>(event, '/users', { token, query: { ...query } });
  const failure: FormFailure | null = result.ok ? null : failureFromApi(result.error);
  return {
    me: user,
    query,
    items: result.ok ? result.data.items : [],
    total: result.ok ? (result.data.total ?? 0) : 0,
    loadFailure: failure,
  };
};

async function target(event: RequestEvent): Promise<{ token: string; userId: string; displayName: string; form: FormData }> {
  const { token } = requireRole(event, ACCOUNT_MANAGERS);
  const form = await event.request.formData();
  return { token, userId: textField(form, 'userId'), displayName: textField(form, 'displayName'), form };
}

export const actions: Actions = {
  changeRole: async (event) => {
    const { token, userId, displayName, form } = await target(event);
    const parsed = changeRoleSchema.safeParse({ role: textField(form, 'role') });
    if (!parsed.success || !userId) {
      return fail(400, { userId, failure: failureFromIssues(parsed.error?.issues ?? [{ path: ['role'] }]) });
    }
    // Admin and coordinator are asked for once more before they are granted (the form below the row says what they allow).
    if (POWERFUL.includes(parsed.data.role) && textField(form, 'confirmed') !== 'yes') {
      return { confirm: { userId, displayName, role: parsed.data.role } };
    }
    const result = await callApi<UserView>(event, `/users/${encodeURIComponent(userId)}/role`, {
      method: 'PATCH',
      token,
      body: parsed.data,
    });
    if (!result.ok) return fail(result.status, { userId, failure: failureFromApi(result.error) });
    return { changed: { userId, displayName: result.data.displayName ?? displayName, role: result.data.role } };
  },

  setStatus: async (event) => {
    const { token, userId, displayName, form } = await target(event);
    const disabled = textField(form, 'disabled') === 'true';
    const result = await callApi<UserView>(event, `/users/${encodeURIComponent(userId)}/status`, {
      method: 'PATCH',
      token,
      body: { disabled },
    });
    if (!result.ok) return fail(result.status, { userId, failure: failureFromApi(result.error) });
    return { done: { kind: disabled ? ('deactivated' as const) : ('reactivated' as const), displayName } };
  },

  sendReset: async (event) => {
    const { token, userId, displayName } = await target(event);
    const result = await callApi(event, `/users/${encodeURIComponent(userId)}/password-reset`, { method: 'POST', token, body: {} });
    if (!result.ok) return fail(result.status, { userId, failure: failureFromApi(result.error) });
    return { done: { kind: 'reset' as const, displayName } };
  },

  sendInvitation: async (event) => {
    const { token, userId, displayName } = await target(event);
    const result = await callApi(event, `/users/${encodeURIComponent(userId)}/invitation`, { method: 'POST', token, body: {} });
    if (!result.ok) return fail(result.status, { userId, failure: failureFromApi(result.error) });
    return { done: { kind: 'invitation' as const, displayName } };
  },
};
