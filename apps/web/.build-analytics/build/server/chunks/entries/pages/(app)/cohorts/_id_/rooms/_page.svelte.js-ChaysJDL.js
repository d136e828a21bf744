import { ak as head, ai as attr, am as stringify, ah as escape_html, aj as ensure_array_like } from '../../../../../../chunks/server.js-BLE87T70.js';
import { e as getLocale } from '../../../../../../chunks/runtime.js-B8EFPPLT.js';
import { p as page_title } from '../../../../../../chunks/page_title.js-DcyKRVla.js';
import { b as breadcrumb_label } from '../../../../../../chunks/breadcrumb_label.js-Be_mmu8U.js';
import '../../../../../../chunks/shared.js-DUAwVbGM.js';

// src/lib/paraglide/messages/room_list_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ cohort: NonNullable<unknown> }} Room_List_TitleInputs */
var es_room_list_title = (i) => {
	return `Salas de conversación · ${i?.cohort}`;
};
var en_room_list_title = (i) => {
	return `Discussion rooms · ${i?.cohort}`;
};
/**
* | output |
* | --- |
* | "Discussion rooms · {cohort}" |
*
* @param {Room_List_TitleInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var room_list_title = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_room_list_title(inputs);
	return es_room_list_title(inputs);
});
// src/lib/paraglide/messages/room_list_intro.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Room_List_IntroInputs */
var es_room_list_intro = () => {
	return `Conversaciones en vivo con su cohorte. Los números indican mensajes sin leer.`;
};
var en_room_list_intro = () => {
	return `Live conversations with your cohort. Numbers show unread messages.`;
};
/**
* | output |
* | --- |
* | "Live conversations with your cohort. Numbers show unread messages." |
*
* @param {Room_List_IntroInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var room_list_intro = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_room_list_intro();
	return es_room_list_intro();
});
// src/lib/paraglide/messages/room_list_empty.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Room_List_EmptyInputs */
var es_room_list_empty = () => {
	return `Esta cohorte todavía no tiene salas.`;
};
var en_room_list_empty = () => {
	return `This cohort has no rooms yet.`;
};
/**
* | output |
* | --- |
* | "This cohort has no rooms yet." |
*
* @param {Room_List_EmptyInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var room_list_empty = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_room_list_empty();
	return es_room_list_empty();
});
// src/lib/paraglide/messages/room_unread_count.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ count: NonNullable<unknown> }} Room_Unread_CountInputs */
var es_room_unread_count = (i) => {
	return `${i?.count} mensajes sin leer`;
};
var en_room_unread_count = (i) => {
	return `${i?.count} unread messages`;
};
/**
* | output |
* | --- |
* | "{count} unread messages" |
*
* @param {Room_Unread_CountInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var room_unread_count = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_room_unread_count(inputs);
	return es_room_unread_count(inputs);
});
// src/lib/paraglide/messages/room_locked.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Room_LockedInputs */
var es_room_locked = () => {
	return `Sala cerrada por la moderación`;
};
var en_room_locked = () => {
	return `Room locked by the moderators`;
};
/**
* | output |
* | --- |
* | "Room locked by the moderators" |
*
* @param {Room_LockedInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var room_locked = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_room_locked();
	return es_room_locked();
});
// src/routes/(app)/cohorts/[id]/rooms/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data } = $$props;
		head("nlvv4d", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(page_title({ page: room_list_title({ cohort: data.cohort.name }) }))}</title>`);
			});
		});
		$$renderer.push(`<nav class="crumbs svelte-nlvv4d"${attr("aria-label", breadcrumb_label())}><a${attr("href", `/cohorts/${stringify(data.cohort.id)}`)} class="svelte-nlvv4d">${escape_html(data.cohort.name)}</a></nav> <header class="page-header"><h1>${escape_html(room_list_title({ cohort: data.cohort.name }))}</h1> <p>${escape_html(room_list_intro())}</p></header> `);
		if (data.rooms.length === 0) $$renderer.push(`<!--[0--><p class="muted">${escape_html(room_list_empty())}</p>`);
		else {
			$$renderer.push(`<!--[-1--><ul class="rooms svelte-nlvv4d" data-testid="room-list"><!--[-->`);
			const each_array = ensure_array_like(data.rooms);
			for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
				let room = each_array[$$index];
				$$renderer.push(`<li class="card"><a class="room-link svelte-nlvv4d"${attr("href", `/rooms/${stringify(room.id)}`)}><span class="name">${escape_html(room.name)}</span> `);
				if (room.unread) $$renderer.push(`<!--[0--><span class="badge svelte-nlvv4d"${attr("aria-label", room_unread_count({ count: room.unread }))}>${escape_html(room.unread)}</span>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--></a> `);
				if (room.topic) $$renderer.push(`<!--[0--><p class="muted topic svelte-nlvv4d">${escape_html(room.topic)}</p>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--> `);
				if (room.locked) $$renderer.push(`<!--[0--><p class="muted topic svelte-nlvv4d">🔒 ${escape_html(room_locked())}</p>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--></li>`);
			}
			$$renderer.push(`<!--]--></ul>`);
		}
		$$renderer.push(`<!--]-->`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-ChaysJDL.js.map
