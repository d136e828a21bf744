import { c as changeRoleSchema, r as roleSchema } from '../../../../../chunks/src.js-BEir3teA.js';
import { f as failureFromIssues, a as failureFromApi } from '../../../../../chunks/failure.js-t1Ny7fSp.js';
import { c as callApi } from '../../../../../chunks/api-client.js-CGTF_sRb.js';
import { a as requireRole, A as ACCOUNT_MANAGERS } from '../../../../../chunks/guards.js-p-okixA8.js';
import { t as textField } from '../../../../../chunks/form-data.js-BOxvqRxB.js';
import { A as fail } from '../../../../../chunks/utils.js-dm2kV1-z.js';

// src/routes/(app)/admin/users/+page.server.ts
var PAGE_SIZE = 20;
var load = async (event) => {
	const { user, token } = requireRole(event, ACCOUNT_MANAGERS);
	const roleFilter = roleSchema.safeParse(event.url.searchParams.get("role"));
	const role = roleFilter.success ? roleFilter.data : null;
	const cursor = event.url.searchParams.get("cursor");
	const result = await callApi(event, "/users", {
		token,
		query: {
			limit: PAGE_SIZE,
			cursor,
			role
		}
	});
	const failure = result.ok ? null : failureFromApi(result.error);
	return {
		me: user,
		role,
		cursor,
		items: result.ok ? result.data.items : [],
		nextCursor: result.ok ? result.data.nextCursor : null,
		loadFailure: failure
	};
};
var actions = { changeRole: async (event) => {
	const { token } = requireRole(event, ACCOUNT_MANAGERS);
	const form = await event.request.formData();
	const userId = textField(form, "userId");
	const displayName = textField(form, "displayName");
	const parsed = changeRoleSchema.safeParse({ role: textField(form, "role") });
	if (!parsed.success || !userId) return fail(400, {
		userId,
		failure: failureFromIssues(parsed.error?.issues ?? [{ path: ["role"] }])
	});
	const result = await callApi(event, `/users/${encodeURIComponent(userId)}/role`, {
		method: "PATCH",
		token,
		body: parsed.data
	});
	if (!result.ok) return fail(result.status, {
		userId,
		failure: failureFromApi(result.error)
	});
	return { changed: {
		userId,
		displayName: result.data.displayName ?? displayName,
		role: result.data.role
	} };
} };

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	actions: actions,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-CfFLHTE8.js.map
