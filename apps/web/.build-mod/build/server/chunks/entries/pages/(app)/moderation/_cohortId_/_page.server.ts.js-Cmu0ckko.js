import { e as error_forbidden } from '../../../../../chunks/error_forbidden.js-CfrwO1E1.js';
import { e as error_unavailable } from '../../../../../chunks/error_unavailable.js-uIGIVP0X.js';
import { c as callApi } from '../../../../../chunks/api-client.js-CGTF_sRb.js';
import { l as loadCohort } from '../../../../../chunks/cohorts.js-DJODQWKG.js';
import { r as requireModerator } from '../../../../../chunks/moderation.js-DEsSmpXb.js';
import { v as error } from '../../../../../chunks/utils.js-dm2kV1-z.js';

// src/routes/(app)/moderation/[cohortId]/+page.server.ts
var load = async (event) => {
	const { user, token } = requireModerator(event);
	const cohort = await loadCohort(event, token, event.params.cohortId);
	requireModerator(event, cohort);
	const [flags, rooms, members, contacts, audit] = await Promise.all([
		callApi(event, `/cohorts/${cohort.id}/flags`, { token }),
		callApi(event, `/cohorts/${cohort.id}/rooms`, { token }),
		callApi(event, `/cohorts/${cohort.id}/members`, { token }),
		callApi(event, `/cohorts/${cohort.id}/safeguarding-contacts`, { token }),
		callApi(event, `/cohorts/${cohort.id}/audit`, {
			token,
			query: { limit: 50 }
		})
	]);
	if (!flags.ok) {
		if (flags.status === 403 || flags.status === 404) error(403, {
			message: error_forbidden(),
			code: "FORBIDDEN"
		});
		error(flags.status === 503 ? 503 : flags.status, {
			message: error_unavailable(),
			code: flags.error.code
		});
	}
	const roomList = rooms.ok ? rooms.data : [];
	const requestedRoom = event.url.searchParams.get("room");
	return {
		cohort: {
			id: cohort.id,
			name: cohort.name
		},
		me: {
			id: user.id,
			displayName: user.displayName,
			role: user.role
		},
		flags: flags.data,
		rooms: roomList.map((r) => ({
			id: r.id,
			name: r.name,
			isDefault: r.isDefault,
			locked: r.locked,
			slowModeSeconds: r.slowModeSeconds
		})),
		selectedRoomId: roomList.find((r) => r.id === requestedRoom)?.id ?? (roomList.find((r) => r.isDefault) ?? roomList[0])?.id ?? null,
		members: (members.ok ? members.data.items : []).map((p) => ({
			userId: p.userId,
			displayName: p.displayName,
			country: p.country,
			role: p.role
		})),
		contacts: contacts.ok ? contacts.data : [],
		audit: audit.ok ? audit.data : [],
		auditFailed: !audit.ok
	};
};

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-Cmu0ckko.js.map
