import { c as callApi } from '../../../../../chunks/api-client.js-CGTF_sRb.js';
import { e as error_unavailable } from '../../../../../chunks/error_unavailable.js-uIGIVP0X.js';
import { e as error_unknown } from '../../../../../chunks/error_unknown.js-C1rriivB.js';
import { r as renderRoomMarkdownOnServer } from '../../../../../chunks/room-markdown.js-qiRgUrpl.js';
import { r as requireUser } from '../../../../../chunks/guards.js-p-okixA8.js';
import { e as getLocale } from '../../../../../chunks/runtime.js-B8EFPPLT.js';
import { v as error } from '../../../../../chunks/utils.js-dm2kV1-z.js';

// src/lib/paraglide/messages/room_not_found.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Room_Not_FoundInputs */
var es_room_not_found = () => {
	return `No encontramos esta sala, o no pertenece a sus cohortes.`;
};
var en_room_not_found = () => {
	return `We could not find this room, or it is not in your cohorts.`;
};
/**
* | output |
* | --- |
* | "We could not find this room, or it is not in your cohorts." |
*
* @param {Room_Not_FoundInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var room_not_found = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_room_not_found();
	return es_room_not_found();
});
// src/routes/(app)/rooms/[id]/+page.server.ts
var PAGE = 50;
var load = async (event) => {
	const { user, token } = requireUser(event);
	const id = event.params.id;
	if (!/^[0-9a-f]{24}$/.test(id)) error(404, {
		message: room_not_found(),
		code: "NOT_FOUND"
	});
	const room = await callApi(event, `/rooms/${id}`, { token });
	if (!room.ok) {
		if (room.status === 404) error(404, {
			message: room_not_found(),
			code: "NOT_FOUND"
		});
		if (room.error.code === "UNAVAILABLE") error(503, {
			message: error_unavailable(),
			code: "UNAVAILABLE"
		});
		error(room.status, {
			message: error_unknown(),
			code: room.error.code
		});
	}
	const cohortId = room.data.cohortId;
	const [members, history, cohort] = await Promise.all([
		callApi(event, `/cohorts/${cohortId}/members`, { token }),
		callApi(event, `/rooms/${id}/messages`, {
			token,
			query: { limit: PAGE }
		}),
		callApi(event, `/cohorts/${cohortId}`, { token })
	]);
	const messages = history.ok ? [...history.data.items].reverse() : [];
	const rendered = {};
	for (const message of messages) if (!message.deleted) rendered[message.id] = {
		body: message.body,
		html: renderRoomMarkdownOnServer(message.body)
	};
	const memberItems = members.ok ? members.data.items : [];
	const myRole = memberItems.find((p) => p.userId === user.id)?.role ?? null;
	return {
		room: room.data,
		cohortName: cohort.ok ? cohort.data.name : null,
		members: memberItems.map((p) => ({
			userId: p.userId,
			displayName: p.displayName,
			country: p.country,
			role: p.role
		})),
		messages,
		rendered,
		olderCursor: history.ok ? history.data.nextCursor : null,
		historyFailed: !history.ok,
		canModerate: myRole === "moderator" || user.role === "coordinator" || user.role === "admin",
		me: {
			id: user.id,
			displayName: user.displayName
		}
	};
};

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-DGhdtMFM.js.map
