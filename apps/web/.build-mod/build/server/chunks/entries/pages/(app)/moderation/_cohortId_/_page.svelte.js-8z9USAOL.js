import { r as run, ak as head, ai as attr, am as stringify, ah as escape_html, al as attr_class, aj as ensure_array_like, a1 as derived } from '../../../../../chunks/server.js-BLE87T70.js';
import { o as onDestroy } from '../../../../../chunks/index-server.js-CutNbI_-.js';
import { e as getLocale } from '../../../../../chunks/runtime.js-B8EFPPLT.js';
import { p as page_title } from '../../../../../chunks/page_title.js-DcyKRVla.js';
import { r as reasonLabel, m as mod_slowmode_option, f as flagStateLabel, a as mod_hidden_notice, b as flagTransitions, c as mod_unhide, d as mod_sanction_kind, e as mod_kind_mute, g as mod_kind_ban, h as mod_duration, S as SANCTION_MINUTES, i as durationLabel, j as mod_sanction_reason, k as mod_sanction_apply, A as AUDIT_ACTIONS, l as auditActionLabel, n as dayBoundary } from '../../../../../chunks/format2.js-CesTOeSk.js';
import { e as error_unknown } from '../../../../../chunks/error_unknown.js-C1rriivB.js';
import { b as breadcrumb_label } from '../../../../../chunks/breadcrumb_label.js-Be_mmu8U.js';
import { r as roleLabel } from '../../../../../chunks/labels.js-DuJCQrCL.js';
import '../../../../../chunks/countries.js-BtjWBecQ.js';
import { g as getRealtime } from '../../../../../chunks/socket.svelte.js-DbqnyPgP.js';
import '../../../../../chunks/shared.js-DUAwVbGM.js';
import '../../../../../chunks/src.js-BEir3teA.js';
import 'zod';
import '../../../../../chunks/locale_es.js-C_uyAtcI.js';
import '../../../../../chunks/locale_en.js-C5IfUzEZ.js';
import 'socket.io-client';

// src/lib/paraglide/messages/mod_console_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_Console_TitleInputs */
var es_mod_console_title = () => {
	return `Consola de moderación`;
};
var en_mod_console_title = () => {
	return `Moderation console`;
};
/**
* | output |
* | --- |
* | "Moderation console" |
*
* @param {Mod_Console_TitleInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_console_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_console_title();
	return es_mod_console_title();
});
// src/lib/paraglide/messages/mod_live_on.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_Live_OnInputs */
var es_mod_live_on = () => {
	return `en vivo`;
};
var en_mod_live_on = () => {
	return `live`;
};
/**
* | output |
* | --- |
* | "live" |
*
* @param {Mod_Live_OnInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_live_on = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_live_on();
	return es_mod_live_on();
});
// src/lib/paraglide/messages/mod_live_off.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_Live_OffInputs */
var es_mod_live_off = () => {
	return `sin conexión, reconectando…`;
};
var en_mod_live_off = () => {
	return `offline, reconnecting…`;
};
/**
* | output |
* | --- |
* | "offline, reconnecting…" |
*
* @param {Mod_Live_OffInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_live_off = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_live_off();
	return es_mod_live_off();
});
// src/lib/paraglide/messages/mod_live_connecting.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_Live_ConnectingInputs */
var es_mod_live_connecting = () => {
	return `conectando…`;
};
var en_mod_live_connecting = () => {
	return `connecting…`;
};
/**
* | output |
* | --- |
* | "connecting…" |
*
* @param {Mod_Live_ConnectingInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_live_connecting = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_live_connecting();
	return es_mod_live_connecting();
});
// src/lib/paraglide/messages/mod_open_count.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ count: NonNullable<unknown> }} Mod_Open_CountInputs */
var es_mod_open_count = (i) => {
	return `Reportes abiertos: ${i?.count}`;
};
var en_mod_open_count = (i) => {
	return `Open reports: ${i?.count}`;
};
/**
* | output |
* | --- |
* | "Open reports: {count}" |
*
* @param {Mod_Open_CountInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_open_count = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_open_count(inputs);
	return es_mod_open_count(inputs);
});
// src/lib/paraglide/messages/mod_rooms_label.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_Rooms_LabelInputs */
var es_mod_rooms_label = () => {
	return `Salas de la cohorte`;
};
var en_mod_rooms_label = () => {
	return `Cohort rooms`;
};
/**
* | output |
* | --- |
* | "Cohort rooms" |
*
* @param {Mod_Rooms_LabelInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_rooms_label = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_rooms_label();
	return es_mod_rooms_label();
});
// src/lib/paraglide/messages/mod_tag_locked.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_Tag_LockedInputs */
var es_mod_tag_locked = () => {
	return `cerrada`;
};
var en_mod_tag_locked = () => {
	return `locked`;
};
/**
* | output |
* | --- |
* | "locked" |
*
* @param {Mod_Tag_LockedInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_tag_locked = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_tag_locked();
	return es_mod_tag_locked();
});
// src/lib/paraglide/messages/mod_room_unknown.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_Room_UnknownInputs */
var es_mod_room_unknown = () => {
	return `Sala`;
};
var en_mod_room_unknown = () => {
	return `Room`;
};
/**
* | output |
* | --- |
* | "Room" |
*
* @param {Mod_Room_UnknownInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_room_unknown = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_room_unknown();
	return es_mod_room_unknown();
});
// src/lib/paraglide/messages/mod_announce_new.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ reason: NonNullable<unknown>, name: NonNullable<unknown> }} Mod_Announce_NewInputs */
var es_mod_announce_new = (i) => {
	return `Nuevo reporte: ${i?.reason}, de ${i?.name}`;
};
var en_mod_announce_new = (i) => {
	return `New report: ${i?.reason}, from ${i?.name}`;
};
/**
* | output |
* | --- |
* | "New report: {reason}, from {name}" |
*
* @param {Mod_Announce_NewInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_announce_new = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_announce_new(inputs);
	return es_mod_announce_new(inputs);
});
// src/lib/paraglide/messages/mod_hide_message.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_Hide_MessageInputs */
var es_mod_hide_message = () => {
	return `Ocultar mensaje`;
};
var en_mod_hide_message = () => {
	return `Hide message`;
};
/**
* | output |
* | --- |
* | "Hide message" |
*
* @param {Mod_Hide_MessageInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_hide_message = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_hide_message();
	return es_mod_hide_message();
});
// src/lib/paraglide/messages/mod_jump_to_message.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_Jump_To_MessageInputs */
var es_mod_jump_to_message = () => {
	return `Ir al mensaje`;
};
var en_mod_jump_to_message = () => {
	return `Go to the message`;
};
/**
* | output |
* | --- |
* | "Go to the message" |
*
* @param {Mod_Jump_To_MessageInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_jump_to_message = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_jump_to_message();
	return es_mod_jump_to_message();
});
// src/lib/paraglide/messages/mod_flags_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_Flags_TitleInputs */
var es_mod_flags_title = () => {
	return `Reportes`;
};
var en_mod_flags_title = () => {
	return `Reports`;
};
/**
* | output |
* | --- |
* | "Reports" |
*
* @param {Mod_Flags_TitleInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_flags_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_flags_title();
	return es_mod_flags_title();
});
// src/lib/paraglide/messages/mod_flags_filter.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_Flags_FilterInputs */
var es_mod_flags_filter = () => {
	return `Mostrar reportes`;
};
var en_mod_flags_filter = () => {
	return `Show reports`;
};
/**
* | output |
* | --- |
* | "Show reports" |
*
* @param {Mod_Flags_FilterInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_flags_filter = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_flags_filter();
	return es_mod_flags_filter();
});
// src/lib/paraglide/messages/mod_filter_active.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_Filter_ActiveInputs */
var es_mod_filter_active = () => {
	return `Pendientes`;
};
var en_mod_filter_active = () => {
	return `Pending`;
};
/**
* | output |
* | --- |
* | "Pending" |
*
* @param {Mod_Filter_ActiveInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_filter_active = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_filter_active();
	return es_mod_filter_active();
});
// src/lib/paraglide/messages/mod_filter_closed.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_Filter_ClosedInputs */
var es_mod_filter_closed = () => {
	return `Cerrados`;
};
var en_mod_filter_closed = () => {
	return `Closed`;
};
/**
* | output |
* | --- |
* | "Closed" |
*
* @param {Mod_Filter_ClosedInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_filter_closed = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_filter_closed();
	return es_mod_filter_closed();
});
// src/lib/paraglide/messages/mod_filter_all.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_Filter_AllInputs */
var es_mod_filter_all = () => {
	return `Todos`;
};
var en_mod_filter_all = () => {
	return `All`;
};
/**
* | output |
* | --- |
* | "All" |
*
* @param {Mod_Filter_AllInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_filter_all = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_filter_all();
	return es_mod_filter_all();
});
// src/lib/paraglide/messages/mod_flags_empty_active.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_Flags_Empty_ActiveInputs */
var es_mod_flags_empty_active = () => {
	return `No hay reportes pendientes. Los nuevos aparecen aquí al instante.`;
};
var en_mod_flags_empty_active = () => {
	return `No pending reports. New ones appear here right away.`;
};
/**
* | output |
* | --- |
* | "No pending reports. New ones appear here right away." |
*
* @param {Mod_Flags_Empty_ActiveInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_flags_empty_active = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_flags_empty_active();
	return es_mod_flags_empty_active();
});
// src/lib/paraglide/messages/mod_flag_by.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Mod_Flag_ByInputs */
var es_mod_flag_by = (i) => {
	return `Reportado por ${i?.name}`;
};
var en_mod_flag_by = (i) => {
	return `Reported by ${i?.name}`;
};
/**
* | output |
* | --- |
* | "Reported by {name}" |
*
* @param {Mod_Flag_ByInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_flag_by = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_flag_by(inputs);
	return es_mod_flag_by(inputs);
});
// src/lib/paraglide/messages/mod_flag_note.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_Flag_NoteInputs */
var es_mod_flag_note = () => {
	return `Nota`;
};
var en_mod_flag_note = () => {
	return `Note`;
};
/**
* | output |
* | --- |
* | "Note" |
*
* @param {Mod_Flag_NoteInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_flag_note = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_flag_note();
	return es_mod_flag_note();
});
// src/lib/paraglide/messages/mod_assigned_to.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Mod_Assigned_ToInputs */
var es_mod_assigned_to = (i) => {
	return `Asignado a ${i?.name}`;
};
var en_mod_assigned_to = (i) => {
	return `Assigned to ${i?.name}`;
};
/**
* | output |
* | --- |
* | "Assigned to {name}" |
*
* @param {Mod_Assigned_ToInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_assigned_to = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_assigned_to(inputs);
	return es_mod_assigned_to(inputs);
});
// src/lib/paraglide/messages/mod_you.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_YouInputs */
var es_mod_you = () => {
	return `usted`;
};
var en_mod_you = () => {
	return `you`;
};
/**
* | output |
* | --- |
* | "you" |
*
* @param {Mod_YouInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_you = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_you();
	return es_mod_you();
});
// src/lib/paraglide/messages/mod_unassigned.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_UnassignedInputs */
var es_mod_unassigned = () => {
	return `Sin asignar`;
};
var en_mod_unassigned = () => {
	return `Unassigned`;
};
/**
* | output |
* | --- |
* | "Unassigned" |
*
* @param {Mod_UnassignedInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_unassigned = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_unassigned();
	return es_mod_unassigned();
});
// src/lib/paraglide/messages/mod_notes.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ count: NonNullable<unknown> }} Mod_NotesInputs */
var es_mod_notes = (i) => {
	return `Notas internas (${i?.count})`;
};
var en_mod_notes = (i) => {
	return `Internal notes (${i?.count})`;
};
/**
* | output |
* | --- |
* | "Internal notes ({count})" |
*
* @param {Mod_NotesInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_notes = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_notes(inputs);
	return es_mod_notes(inputs);
});
// src/lib/paraglide/messages/mod_add_note.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_Add_NoteInputs */
var es_mod_add_note = () => {
	return `Añadir una nota interna`;
};
var en_mod_add_note = () => {
	return `Add an internal note`;
};
/**
* | output |
* | --- |
* | "Add an internal note" |
*
* @param {Mod_Add_NoteInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_add_note = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_add_note();
	return es_mod_add_note();
});
// src/lib/paraglide/messages/mod_save_note.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_Save_NoteInputs */
var es_mod_save_note = () => {
	return `Guardar nota`;
};
var en_mod_save_note = () => {
	return `Save note`;
};
/**
* | output |
* | --- |
* | "Save note" |
*
* @param {Mod_Save_NoteInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_save_note = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_save_note();
	return es_mod_save_note();
});
// src/lib/paraglide/messages/mod_equity_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_Equity_TitleInputs */
var es_mod_equity_title = () => {
	return `Equidad de voz`;
};
var en_mod_equity_title = () => {
	return `Equity of voice`;
};
/**
* | output |
* | --- |
* | "Equity of voice" |
*
* @param {Mod_Equity_TitleInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_equity_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_equity_title();
	return es_mod_equity_title();
});
// src/lib/paraglide/messages/mod_equity_intro.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_Equity_IntroInputs */
var es_mod_equity_intro = () => {
	return `Quién toma la palabra: parte de los mensajes por género y por país frente a su parte entre las personas participantes (la línea marca esa parte).`;
};
var en_mod_equity_intro = () => {
	return `Who gets to speak: share of messages by gender and country against their share of participants (the line marks that share).`;
};
/**
* | output |
* | --- |
* | "Who gets to speak: share of messages by gender and country against their share of participants (the line marks that share)." |
*
* @param {Mod_Equity_IntroInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_equity_intro = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_equity_intro();
	return es_mod_equity_intro();
});
// src/lib/paraglide/messages/mod_equity_room.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_Equity_RoomInputs */
var es_mod_equity_room = () => {
	return `Sala`;
};
var en_mod_equity_room = () => {
	return `Room`;
};
/**
* | output |
* | --- |
* | "Room" |
*
* @param {Mod_Equity_RoomInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_equity_room = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_equity_room();
	return es_mod_equity_room();
});
// src/lib/paraglide/messages/mod_equity_mode.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_Equity_ModeInputs */
var es_mod_equity_mode = () => {
	return `Vista`;
};
var en_mod_equity_mode = () => {
	return `View`;
};
/**
* | output |
* | --- |
* | "View" |
*
* @param {Mod_Equity_ModeInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_equity_mode = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_equity_mode();
	return es_mod_equity_mode();
});
// src/lib/paraglide/messages/mod_equity_live.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_Equity_LiveInputs */
var es_mod_equity_live = () => {
	return `En vivo (presentes)`;
};
var en_mod_equity_live = () => {
	return `Live (present)`;
};
/**
* | output |
* | --- |
* | "Live (present)" |
*
* @param {Mod_Equity_LiveInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_equity_live = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_equity_live();
	return es_mod_equity_live();
});
// src/lib/paraglide/messages/mod_equity_after.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_Equity_AfterInputs */
var es_mod_equity_after = () => {
	return `Después de la sesión`;
};
var en_mod_equity_after = () => {
	return `After the session`;
};
/**
* | output |
* | --- |
* | "After the session" |
*
* @param {Mod_Equity_AfterInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_equity_after = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_equity_after();
	return es_mod_equity_after();
});
// src/lib/paraglide/messages/mod_equity_no_rooms.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_Equity_No_RoomsInputs */
var es_mod_equity_no_rooms = () => {
	return `La cohorte no tiene salas.`;
};
var en_mod_equity_no_rooms = () => {
	return `The cohort has no rooms.`;
};
/**
* | output |
* | --- |
* | "The cohort has no rooms." |
*
* @param {Mod_Equity_No_RoomsInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_equity_no_rooms = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_equity_no_rooms();
	return es_mod_equity_no_rooms();
});
// src/lib/paraglide/messages/mod_from.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_FromInputs */
var es_mod_from = () => {
	return `Desde`;
};
var en_mod_from = () => {
	return `From`;
};
/**
* | output |
* | --- |
* | "From" |
*
* @param {Mod_FromInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_from = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_from();
	return es_mod_from();
});
// src/lib/paraglide/messages/mod_to.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_ToInputs */
var es_mod_to = () => {
	return `Hasta`;
};
var en_mod_to = () => {
	return `To`;
};
/**
* | output |
* | --- |
* | "To" |
*
* @param {Mod_ToInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_to = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_to();
	return es_mod_to();
});
// src/lib/paraglide/messages/mod_sanctions_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_Sanctions_TitleInputs */
var es_mod_sanctions_title = () => {
	return `Sanciones`;
};
var en_mod_sanctions_title = () => {
	return `Sanctions`;
};
/**
* | output |
* | --- |
* | "Sanctions" |
*
* @param {Mod_Sanctions_TitleInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_sanctions_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_sanctions_title();
	return es_mod_sanctions_title();
});
// src/lib/paraglide/messages/mod_member.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_MemberInputs */
var es_mod_member = () => {
	return `Participante`;
};
var en_mod_member = () => {
	return `Member`;
};
/**
* | output |
* | --- |
* | "Member" |
*
* @param {Mod_MemberInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_member = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_member();
	return es_mod_member();
});
// src/lib/paraglide/messages/mod_pick_member.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_Pick_MemberInputs */
var es_mod_pick_member = () => {
	return `Elija a una persona`;
};
var en_mod_pick_member = () => {
	return `Choose a person`;
};
/**
* | output |
* | --- |
* | "Choose a person" |
*
* @param {Mod_Pick_MemberInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_pick_member = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_pick_member();
	return es_mod_pick_member();
});
// src/lib/paraglide/messages/mod_sanctions_active.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_Sanctions_ActiveInputs */
var es_mod_sanctions_active = () => {
	return `Sanciones vigentes`;
};
var en_mod_sanctions_active = () => {
	return `Active sanctions`;
};
/**
* | output |
* | --- |
* | "Active sanctions" |
*
* @param {Mod_Sanctions_ActiveInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_sanctions_active = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_sanctions_active();
	return es_mod_sanctions_active();
});
// src/lib/paraglide/messages/mod_sanctions_none.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_Sanctions_NoneInputs */
var es_mod_sanctions_none = () => {
	return `No hay sanciones vigentes.`;
};
var en_mod_sanctions_none = () => {
	return `No active sanctions.`;
};
/**
* | output |
* | --- |
* | "No active sanctions." |
*
* @param {Mod_Sanctions_NoneInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_sanctions_none = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_sanctions_none();
	return es_mod_sanctions_none();
});
// src/lib/paraglide/messages/mod_until.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ at: NonNullable<unknown> }} Mod_UntilInputs */
var es_mod_until = (i) => {
	return `hasta ${i?.at}`;
};
var en_mod_until = (i) => {
	return `until ${i?.at}`;
};
/**
* | output |
* | --- |
* | "until {at}" |
*
* @param {Mod_UntilInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_until = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_until(inputs);
	return es_mod_until(inputs);
});
// src/lib/paraglide/messages/mod_lift.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_LiftInputs */
var es_mod_lift = () => {
	return `Levantar`;
};
var en_mod_lift = () => {
	return `Lift`;
};
/**
* | output |
* | --- |
* | "Lift" |
*
* @param {Mod_LiftInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_lift = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_lift();
	return es_mod_lift();
});
// src/lib/paraglide/messages/mod_contacts_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_Contacts_TitleInputs */
var es_mod_contacts_title = () => {
	return `Contactos de protección`;
};
var en_mod_contacts_title = () => {
	return `Safeguarding contacts`;
};
/**
* | output |
* | --- |
* | "Safeguarding contacts" |
*
* @param {Mod_Contacts_TitleInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_contacts_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_contacts_title();
	return es_mod_contacts_title();
});
// src/lib/paraglide/messages/mod_contacts_intro.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_Contacts_IntroInputs */
var es_mod_contacts_intro = () => {
	return `Solo estas personas reciben y ven los reportes de protección (safeguarding) de la cohorte.`;
};
var en_mod_contacts_intro = () => {
	return `Only these people receive and see the cohort's safeguarding reports.`;
};
/**
* | output |
* | --- |
* | "Only these people receive and see the cohort's safeguarding reports." |
*
* @param {Mod_Contacts_IntroInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_contacts_intro = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_contacts_intro();
	return es_mod_contacts_intro();
});
// src/lib/paraglide/messages/mod_contacts_show_all.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_Contacts_Show_AllInputs */
var es_mod_contacts_show_all = () => {
	return `Mostrar a todas las personas de la cohorte`;
};
var en_mod_contacts_show_all = () => {
	return `Show everyone in the cohort`;
};
/**
* | output |
* | --- |
* | "Show everyone in the cohort" |
*
* @param {Mod_Contacts_Show_AllInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_contacts_show_all = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_contacts_show_all();
	return es_mod_contacts_show_all();
});
// src/lib/paraglide/messages/mod_contacts_save.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_Contacts_SaveInputs */
var es_mod_contacts_save = () => {
	return `Guardar contactos`;
};
var en_mod_contacts_save = () => {
	return `Save contacts`;
};
/**
* | output |
* | --- |
* | "Save contacts" |
*
* @param {Mod_Contacts_SaveInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_contacts_save = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_contacts_save();
	return es_mod_contacts_save();
});
// src/lib/paraglide/messages/mod_audit_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_Audit_TitleInputs */
var es_mod_audit_title = () => {
	return `Registro de auditoría`;
};
var en_mod_audit_title = () => {
	return `Audit log`;
};
/**
* | output |
* | --- |
* | "Audit log" |
*
* @param {Mod_Audit_TitleInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_audit_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_audit_title();
	return es_mod_audit_title();
});
// src/lib/paraglide/messages/mod_audit_action.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_Audit_ActionInputs */
var es_mod_audit_action = () => {
	return `Acción`;
};
var en_mod_audit_action = () => {
	return `Action`;
};
/**
* | output |
* | --- |
* | "Action" |
*
* @param {Mod_Audit_ActionInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_audit_action = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_audit_action();
	return es_mod_audit_action();
});
// src/lib/paraglide/messages/mod_audit_when.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_Audit_WhenInputs */
var es_mod_audit_when = () => {
	return `Fecha`;
};
var en_mod_audit_when = () => {
	return `When`;
};
/**
* | output |
* | --- |
* | "When" |
*
* @param {Mod_Audit_WhenInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_audit_when = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_audit_when();
	return es_mod_audit_when();
});
// src/lib/paraglide/messages/mod_audit_who.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_Audit_WhoInputs */
var es_mod_audit_who = () => {
	return `Quién`;
};
var en_mod_audit_who = () => {
	return `Who`;
};
/**
* | output |
* | --- |
* | "Who" |
*
* @param {Mod_Audit_WhoInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_audit_who = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_audit_who();
	return es_mod_audit_who();
});
// src/lib/paraglide/messages/mod_audit_target.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_Audit_TargetInputs */
var es_mod_audit_target = () => {
	return `Sobre`;
};
var en_mod_audit_target = () => {
	return `Target`;
};
/**
* | output |
* | --- |
* | "Target" |
*
* @param {Mod_Audit_TargetInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_audit_target = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_audit_target();
	return es_mod_audit_target();
});
// src/lib/paraglide/messages/mod_audit_detail.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_Audit_DetailInputs */
var es_mod_audit_detail = () => {
	return `Detalle`;
};
var en_mod_audit_detail = () => {
	return `Detail`;
};
/**
* | output |
* | --- |
* | "Detail" |
*
* @param {Mod_Audit_DetailInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_audit_detail = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_audit_detail();
	return es_mod_audit_detail();
});
// src/lib/paraglide/messages/mod_audit_empty.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_Audit_EmptyInputs */
var es_mod_audit_empty = () => {
	return `No hay entradas con estos filtros.`;
};
var en_mod_audit_empty = () => {
	return `No entries match these filters.`;
};
/**
* | output |
* | --- |
* | "No entries match these filters." |
*
* @param {Mod_Audit_EmptyInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_audit_empty = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_audit_empty();
	return es_mod_audit_empty();
});
// src/lib/paraglide/messages/mod_audit_csv.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_Audit_CsvInputs */
var es_mod_audit_csv = () => {
	return `Descargar CSV`;
};
var en_mod_audit_csv = () => {
	return `Download CSV`;
};
/**
* | output |
* | --- |
* | "Download CSV" |
*
* @param {Mod_Audit_CsvInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_audit_csv = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_audit_csv();
	return es_mod_audit_csv();
});
// src/lib/paraglide/messages/mod_apply_filters.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_Apply_FiltersInputs */
var es_mod_apply_filters = () => {
	return `Filtrar`;
};
var en_mod_apply_filters = () => {
	return `Filter`;
};
/**
* | output |
* | --- |
* | "Filter" |
*
* @param {Mod_Apply_FiltersInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_apply_filters = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_apply_filters();
	return es_mod_apply_filters();
});
// src/lib/paraglide/messages/mod_audit_message_of.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Mod_Audit_Message_OfInputs */
var es_mod_audit_message_of = (i) => {
	return `mensaje de ${i?.name}`;
};
var en_mod_audit_message_of = (i) => {
	return `message by ${i?.name}`;
};
/**
* | output |
* | --- |
* | "message by {name}" |
*
* @param {Mod_Audit_Message_OfInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_audit_message_of = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_audit_message_of(inputs);
	return es_mod_audit_message_of(inputs);
});
// src/lib/components/moderation/AuditPanel.svelte
function AuditPanel($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		/** Lets the page reload the log after a change made elsewhere on it. */
		let { cohortId, entries: initial, failed, names} = $$props;
		const locale = getLocale();
		const rows = derived(() => initial);
		let action = "";
		let from = "";
		let to = "";
		let loading = false;
		const query = derived(() => {
			const q = new URLSearchParams();
			const f = dayBoundary(from, false);
			const t = dayBoundary(to, true);
			if (f) q.set("from", f);
			if (t) q.set("to", t);
			return q;
		});
		const csvHref = derived(() => `/moderation/${cohortId}/audit.csv${query().size ? `?${query()}` : ""}`);
		function target(e) {
			if (e.targetType === "user") return names(e.targetId) ?? e.targetId;
			if (e.targetType === "message" && typeof e.details?.authorId === "string") return mod_audit_message_of({ name: names(e.details.authorId) ?? "—" });
			return `${e.targetType} ${e.targetId.slice(-6)}`;
		}
		function detail(e) {
			const parts = [];
			if (e.reason) parts.push(e.action.startsWith("message.") ? reasonLabel(e.reason) : e.reason);
			if (typeof e.details?.seconds === "number") parts.push(mod_slowmode_option({ seconds: e.details.seconds }));
			if (typeof e.details?.state === "string") parts.push(e.details.state);
			if (typeof e.details?.until === "string") parts.push(mod_until({ at: when(e.details.until) }));
			return parts.join(" · ");
		}
		const when = (at) => new Date(at).toLocaleString(locale, {
			day: "numeric",
			month: "short",
			year: "numeric",
			hour: "2-digit",
			minute: "2-digit"
		});
		$$renderer.push(`<section class="card panel" aria-labelledby="audit-title" data-testid="audit-panel"><h2 id="audit-title" class="svelte-a2xlze">${escape_html(mod_audit_title())}</h2> <form class="filters svelte-a2xlze"><div><label for="audit-action">${escape_html(mod_audit_action())}</label> `);
		$$renderer.select({
			id: "audit-action",
			value: action
		}, ($$renderer) => {
			$$renderer.option({ value: "" }, ($$renderer) => {
				$$renderer.push(`${escape_html(mod_filter_all())}`);
			});
			$$renderer.push(`<!--[-->`);
			const each_array = ensure_array_like(AUDIT_ACTIONS);
			for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
				let a = each_array[$$index];
				$$renderer.option({ value: a }, ($$renderer) => {
					$$renderer.push(`${escape_html(auditActionLabel(a))}`);
				});
			}
			$$renderer.push(`<!--]-->`);
		});
		$$renderer.push(`</div> <div><label for="audit-from">${escape_html(mod_from())}</label> <input id="audit-from" type="date"${attr("value", from)}/></div> <div><label for="audit-to">${escape_html(mod_to())}</label> <input id="audit-to" type="date"${attr("value", to)}/></div> <div class="buttons svelte-a2xlze"><button class="button" type="submit"${attr("disabled", loading, true)}>${escape_html(mod_apply_filters())}</button> <a class="button button-secondary"${attr("href", csvHref())} download="" data-testid="audit-csv">${escape_html(mod_audit_csv())}</a></div></form> `);
		if (failed && true) $$renderer.push(`<!--[0--><p class="error svelte-a2xlze" role="alert">${escape_html(error_unknown())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <div class="table-wrap svelte-a2xlze" role="region" aria-labelledby="audit-title" tabindex="0"><table class="svelte-a2xlze"><thead class="svelte-a2xlze"><tr class="svelte-a2xlze"><th scope="col" class="svelte-a2xlze">${escape_html(mod_audit_when())}</th><th scope="col" class="svelte-a2xlze">${escape_html(mod_audit_who())}</th><th scope="col" class="svelte-a2xlze">${escape_html(mod_audit_action())}</th><th scope="col" class="svelte-a2xlze">${escape_html(mod_audit_target())}</th><th scope="col" class="svelte-a2xlze">${escape_html(mod_audit_detail())}</th></tr></thead><tbody>`);
		const each_array_1 = ensure_array_like(rows());
		if (each_array_1.length !== 0) {
			$$renderer.push("<!--[-->");
			for (let $$index_1 = 0, $$length = each_array_1.length; $$index_1 < $$length; $$index_1++) {
				let e = each_array_1[$$index_1];
				$$renderer.push(`<tr data-testid="audit-row"${attr("data-action", e.action)} class="svelte-a2xlze"><td class="nowrap svelte-a2xlze"><time${attr("datetime", e.at)}>${escape_html(when(e.at))}</time></td><td class="svelte-a2xlze">${escape_html(e.actor.displayName)}</td><td class="svelte-a2xlze">${escape_html(auditActionLabel(e.action))}</td><td class="svelte-a2xlze">${escape_html(target(e))}</td><td class="svelte-a2xlze">${escape_html(detail(e))}</td></tr>`);
			}
		} else $$renderer.push(`<!--[!--><tr class="svelte-a2xlze"><td colspan="5" class="muted svelte-a2xlze">${escape_html(mod_audit_empty())}</td></tr>`);
		$$renderer.push(`<!--]--></tbody></table></div></section>`);
	});
}
// src/lib/components/moderation/ContactsPanel.svelte
function ContactsPanel($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { members} = $$props;
		let chosen = [];
		let busy = false;
		let status = "";
		let showAll = false;
		const sorted = derived(() => [...members].sort((a, b) => Number(b.role === "moderator") - Number(a.role === "moderator") || a.displayName.localeCompare(b.displayName)));
		const listed = derived(() => sorted().filter((p) => p.role === "moderator" || chosen.includes(p.userId)));
		$$renderer.push(`<section class="card panel" aria-labelledby="contacts-title" data-testid="contacts-panel"><h2 id="contacts-title" class="svelte-1yl52hy">${escape_html(mod_contacts_title())}</h2> <p class="muted intro svelte-1yl52hy">${escape_html(mod_contacts_intro())}</p> <form><fieldset class="svelte-1yl52hy"><legend class="visually-hidden">${escape_html(mod_contacts_title())}</legend> <!--[-->`);
		const each_array = ensure_array_like(listed());
		for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
			let p = each_array[$$index];
			$$renderer.push(`<label class="choice svelte-1yl52hy"><input type="checkbox"${attr("value", p.userId)}${attr("checked", chosen.includes(p.userId), true)}/> ${escape_html(p.displayName)} <span class="muted">· ${escape_html(roleLabel(p.role))} · ${escape_html(p.country)}</span></label>`);
		}
		$$renderer.push(`<!--]--></fieldset> <label class="choice toggle svelte-1yl52hy"><input type="checkbox"${attr("checked", showAll, true)}/> ${escape_html(mod_contacts_show_all())}</label> <button class="button" type="submit"${attr("disabled", busy, true)}>${escape_html(mod_contacts_save())}</button></form> `);
		$$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <p class="visually-hidden" role="status">${escape_html(status)}</p></section>`);
	});
}
// src/lib/components/moderation/EquityPanel.svelte
function EquityPanel($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { rooms} = $$props;
		getLocale();
		let roomId = null;
		const today = /* @__PURE__ */ new Date();
		const iso = (d) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
		iso(/* @__PURE__ */ new Date(today.getTime() - 6048e5));
		iso(today);
		async function refreshLive() {}
		function changeRoom() {
			refreshLive();
		}
		$$renderer.push(`<section class="card panel" aria-labelledby="equity-title" data-testid="equity-panel"><h2 id="equity-title" class="svelte-wv04m8">${escape_html(mod_equity_title())}</h2> <p class="muted intro svelte-wv04m8">${escape_html(mod_equity_intro())}</p> <div class="controls svelte-wv04m8"><label for="equity-room">${escape_html(mod_equity_room())}</label> `);
		$$renderer.select({
			id: "equity-room",
			value: roomId,
			onchange: changeRoom
		}, ($$renderer) => {
			$$renderer.push(`<!--[-->`);
			const each_array_2 = ensure_array_like(rooms);
			for (let $$index_2 = 0, $$length = each_array_2.length; $$index_2 < $$length; $$index_2++) {
				let room = each_array_2[$$index_2];
				$$renderer.option({ value: room.id }, ($$renderer) => {
					$$renderer.push(`${escape_html(room.name)}`);
				});
			}
			$$renderer.push(`<!--]-->`);
		});
		$$renderer.push(`</div> <div class="tabs svelte-wv04m8" role="group"${attr("aria-label", mod_equity_mode())}><button type="button" class="chip svelte-wv04m8"${attr("aria-pressed", true)}>${escape_html(mod_equity_live())}</button> <button type="button" class="chip svelte-wv04m8"${attr("aria-pressed", false)}>${escape_html(mod_equity_after())}</button></div> `);
		$$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		$$renderer.push(`<!--[0--><p class="muted">${escape_html(mod_equity_no_rooms())}</p>`);
		$$renderer.push(`<!--]--></section>`);
	});
}
// src/lib/components/moderation/FlagQueuePanel.svelte
function FlagQueuePanel($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { queue, me, roomName } = $$props;
		const locale = getLocale();
		let filter = "active";
		let busy = null;
		let problem = null;
		let notes = {};
		const shown = derived(() => queue.items.filter((f) => f.state === "open" || f.state === "in_progress"));
		const counts = derived(() => ({
			active: queue.items.filter((f) => f.state === "open" || f.state === "in_progress").length,
			closed: queue.items.filter((f) => f.state === "resolved" || f.state === "rejected").length,
			all: queue.items.length
		}));
		function when(at) {
			return new Date(at).toLocaleString(locale, {
				day: "numeric",
				month: "short",
				hour: "2-digit",
				minute: "2-digit"
			});
		}
		const STATE_CLASS = {
			open: "open",
			in_progress: "progress",
			resolved: "done",
			rejected: "done"
		};
		$$renderer.push(`<section class="card panel" aria-labelledby="flags-title" data-testid="flag-queue"><div class="panel-head svelte-1twsm3o"><h2 id="flags-title" class="svelte-1twsm3o">${escape_html(mod_flags_title())}</h2> <div class="filters svelte-1twsm3o" role="group"${attr("aria-label", mod_flags_filter())}><!--[-->`);
		const each_array = ensure_array_like([
			["active", mod_filter_active()],
			["closed", mod_filter_closed()],
			["all", mod_filter_all()]
		]);
		for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
			let [key, label] = each_array[$$index];
			$$renderer.push(`<button type="button" class="chip svelte-1twsm3o"${attr("aria-pressed", filter === key)}>${escape_html(label)} (${escape_html(counts()[key])})</button>`);
		}
		$$renderer.push(`<!--]--></div></div> `);
		if (shown().length === 0) $$renderer.push(`<!--[0--><p class="muted empty svelte-1twsm3o" data-testid="flags-empty">${escape_html(mod_flags_empty_active())}</p>`);
		else {
			$$renderer.push(`<!--[-1--><ol class="flags svelte-1twsm3o"><!--[-->`);
			const each_array_1 = ensure_array_like(shown());
			for (let $$index_3 = 0, $$length = each_array_1.length; $$index_3 < $$length; $$index_3++) {
				let flag = each_array_1[$$index_3];
				const hidden = flag.messageId ? Boolean(queue.messages[flag.messageId]?.hidden) : false;
				const mineAssigned = flag.assignee?.id === me.id;
				$$renderer.push(`<li><article${attr_class("flag svelte-1twsm3o", void 0, {
					"fresh": queue.fresh.includes(flag.id),
					"safeguarding": flag.reason === "safeguarding"
				})} data-testid="flag"${attr("data-flag-id", flag.id)}${attr("data-state", flag.state)}${attr("aria-labelledby", `flag-${stringify(flag.id)}-title`)}><header><h3${attr("id", `flag-${stringify(flag.id)}-title`)} class="svelte-1twsm3o"><span class="reason">${escape_html(reasonLabel(flag.reason))}</span> <span${attr_class(`state ${stringify(STATE_CLASS[flag.state])}`, "svelte-1twsm3o")} data-testid="flag-state">${escape_html(flagStateLabel(flag.state))}</span></h3> <p class="meta svelte-1twsm3o">${escape_html(mod_flag_by({ name: flag.reporter.displayName }))} · <time${attr("datetime", flag.createdAt)}>${escape_html(when(flag.createdAt))}</time> `);
				if (flag.roomId) $$renderer.push(`<!--[0-->· ${escape_html(roomName(flag.roomId))}`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--></p></header> <blockquote class="excerpt svelte-1twsm3o">`);
				if (flag.targetAuthor) $$renderer.push(`<!--[0--><strong>${escape_html(flag.targetAuthor.displayName)}:</strong>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--> `);
				if (hidden) $$renderer.push(`<!--[0--><em>${escape_html(mod_hidden_notice({ reason: reasonLabel(queue.messages[flag.messageId ?? ""]?.hiddenReason) }))}</em>`);
				else $$renderer.push(`<!--[-1-->${escape_html(flag.excerpt || "—")}`);
				$$renderer.push(`<!--]--></blockquote> `);
				if (flag.note) $$renderer.push(`<!--[0--><p class="note svelte-1twsm3o"><span class="label svelte-1twsm3o">${escape_html(mod_flag_note())}:</span> ${escape_html(flag.note)}</p>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--> <p class="meta svelte-1twsm3o">${escape_html(flag.assignee ? mod_assigned_to({ name: flag.assignee.id === me.id ? mod_you() : flag.assignee.displayName }) : mod_unassigned())}</p> <div class="actions svelte-1twsm3o"><!--[-->`);
				const each_array_2 = ensure_array_like(flagTransitions(flag.state, mineAssigned));
				for (let $$index_1 = 0, $$length = each_array_2.length; $$index_1 < $$length; $$index_1++) {
					let t = each_array_2[$$index_1];
					$$renderer.push(`<button type="button"${attr_class("button small svelte-1twsm3o", void 0, { "button-secondary": t.action !== "take" })}${attr("disabled", busy === flag.id, true)}${attr("data-testid", `flag-${stringify(t.action)}`)}>${escape_html(t.label)}</button>`);
				}
				$$renderer.push(`<!--]--> `);
				if (flag.messageId) $$renderer.push(`<!--[0--><button type="button" class="button button-secondary small svelte-1twsm3o"${attr("disabled", busy === flag.id, true)} data-testid="flag-hide">${escape_html(hidden ? mod_unhide() : mod_hide_message())}</button>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--> `);
				if (flag.roomId && flag.messageId) $$renderer.push(`<!--[0--><a class="jump svelte-1twsm3o"${attr("href", `/rooms/${stringify(flag.roomId)}#message-${stringify(flag.messageId)}`)} data-testid="flag-jump">${escape_html(mod_jump_to_message())}</a>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--></div> `);
				if (void 0 === flag.id) $$renderer.push(`<!--[0--><p class="error svelte-1twsm3o" role="alert">${escape_html(problem.text)}</p>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--> <details class="notes svelte-1twsm3o"><summary class="svelte-1twsm3o">${escape_html(mod_notes({ count: flag.notes.length }))}</summary> `);
				if (flag.notes.length) {
					$$renderer.push(`<!--[0--><ul class="svelte-1twsm3o"><!--[-->`);
					const each_array_3 = ensure_array_like(flag.notes);
					for (let i = 0, $$length = each_array_3.length; i < $$length; i++) {
						let note = each_array_3[i];
						$$renderer.push(`<li><strong>${escape_html(note.authorName)}</strong> · <time${attr("datetime", note.at)}>${escape_html(when(note.at))}</time><br/>${escape_html(note.text)}</li>`);
					}
					$$renderer.push(`<!--]--></ul>`);
				} else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--> <form class="svelte-1twsm3o"><label${attr("for", `note-${stringify(flag.id)}`)}>${escape_html(mod_add_note())}</label> <textarea${attr("id", `note-${stringify(flag.id)}`)} rows="2" maxlength="2000" class="svelte-1twsm3o">`);
				const $$body = escape_html(notes[flag.id]);
				if ($$body) $$renderer.push(`${$$body}`);
				$$renderer.push(`</textarea> <button class="button button-secondary small svelte-1twsm3o" type="submit"${attr("disabled", busy === flag.id, true)}>${escape_html(mod_save_note())}</button></form></details></article></li>`);
			}
			$$renderer.push(`<!--]--></ol>`);
		}
		$$renderer.push(`<!--]--></section>`);
	});
}
// src/lib/components/moderation/SanctionsPanel.svelte
function SanctionsPanel($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		/** Audit entries, read for the sanctions still running. */
		let { members, audit} = $$props;
		const locale = getLocale();
		const learners = derived(() => members.filter((p) => p.role !== "moderator").sort((a, b) => a.displayName.localeCompare(b.displayName)));
		let userId = "";
		let minutes = 30;
		let reason = "";
		let busy = false;
		let status = "";
		/** Sanctions applied from this page, newest per person and kind (the API has no list yet; see the report). */
		let local = [];
		/** The latest mute/ban per person and kind from the audit log and this page; active when `until` is ahead. */
		const active = derived(() => {
			const latest = /* @__PURE__ */ new Map();
			for (const e of [...audit].sort((a, b) => a.at < b.at ? -1 : 1)) {
				const match = /^member\.(un)?(mute|ban)$/.exec(e.action);
				if (!match) continue;
				const until = typeof e.details?.until === "string" ? e.details.until : null;
				latest.set(`${e.targetId}:${match[2]}`, {
					userId: e.targetId,
					kind: match[2],
					until: match[1] ? null : until,
					reason: e.reason ?? "",
					at: e.at
				});
			}
			for (const s of local) latest.set(`${s.userId}:${s.kind}`, {
				...s,
				at: (/* @__PURE__ */ new Date()).toISOString()
			});
			const now = Date.now();
			return [...latest.values()].filter((s) => s.until && Date.parse(s.until) > now);
		});
		const nameOf = (id) => members.find((p) => p.userId === id)?.displayName ?? id;
		const until = (at) => new Date(at).toLocaleString(locale, {
			day: "numeric",
			month: "short",
			hour: "2-digit",
			minute: "2-digit"
		});
		$$renderer.push(`<section class="card panel" aria-labelledby="sanctions-title" data-testid="sanctions-panel"><h2 id="sanctions-title" class="svelte-72f6x1">${escape_html(mod_sanctions_title())}</h2> <form class="grid svelte-72f6x1"><div><label for="sanction-member">${escape_html(mod_member())}</label> `);
		$$renderer.select({
			id: "sanction-member",
			value: userId
		}, ($$renderer) => {
			$$renderer.option({ value: "" }, ($$renderer) => {
				$$renderer.push(`${escape_html(mod_pick_member())}`);
			});
			$$renderer.push(`<!--[-->`);
			const each_array = ensure_array_like(learners());
			for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
				let p = each_array[$$index];
				$$renderer.option({ value: p.userId }, ($$renderer) => {
					$$renderer.push(`${escape_html(p.displayName)} (${escape_html(p.country)})`);
				});
			}
			$$renderer.push(`<!--]-->`);
		});
		$$renderer.push(`</div> <fieldset class="svelte-72f6x1"><legend class="svelte-72f6x1">${escape_html(mod_sanction_kind())}</legend> <label class="choice svelte-72f6x1"><input type="radio" name="sanction-kind" value="mute"${attr("checked", true, true)}/> ${escape_html(mod_kind_mute())}</label> <label class="choice svelte-72f6x1"><input type="radio" name="sanction-kind" value="ban"${attr("checked", false, true)}/> ${escape_html(mod_kind_ban())}</label></fieldset> <div><label for="sanction-minutes">${escape_html(mod_duration())}</label> `);
		$$renderer.select({
			id: "sanction-minutes",
			value: minutes
		}, ($$renderer) => {
			$$renderer.push(`<!--[-->`);
			const each_array_1 = ensure_array_like(SANCTION_MINUTES);
			for (let $$index_1 = 0, $$length = each_array_1.length; $$index_1 < $$length; $$index_1++) {
				let value = each_array_1[$$index_1];
				$$renderer.option({ value }, ($$renderer) => {
					$$renderer.push(`${escape_html(durationLabel(value))}`);
				});
			}
			$$renderer.push(`<!--]-->`);
		});
		$$renderer.push(`</div> <div class="wide svelte-72f6x1"><label for="sanction-reason">${escape_html(mod_sanction_reason())}</label> <input id="sanction-reason" type="text" maxlength="500"${attr("value", reason)}/></div> <div class="wide svelte-72f6x1"><button class="button" type="submit"${attr("disabled", busy, true)}>${escape_html(mod_sanction_apply())}</button></div></form> `);
		$$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <p class="visually-hidden" role="status">${escape_html(status)}</p> <h3 class="svelte-72f6x1">${escape_html(mod_sanctions_active())}</h3> `);
		if (active().length === 0) $$renderer.push(`<!--[0--><p class="muted">${escape_html(mod_sanctions_none())}</p>`);
		else {
			$$renderer.push(`<!--[-1--><ul class="active svelte-72f6x1"><!--[-->`);
			const each_array_2 = ensure_array_like(active());
			for (let $$index_2 = 0, $$length = each_array_2.length; $$index_2 < $$length; $$index_2++) {
				let s = each_array_2[$$index_2];
				$$renderer.push(`<li class="svelte-72f6x1"><span><strong>${escape_html(nameOf(s.userId))}</strong> · ${escape_html(s.kind === "ban" ? mod_kind_ban() : mod_kind_mute())} · ${escape_html(mod_until({ at: until(s.until ?? "") }))}`);
				if (s.reason) $$renderer.push(`<!--[0--><br/><span class="muted">${escape_html(s.reason)}</span>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--></span> <button type="button" class="button button-secondary small svelte-72f6x1"${attr("disabled", busy, true)}>${escape_html(mod_lift())}</button></li>`);
			}
			$$renderer.push(`<!--]--></ul>`);
		}
		$$renderer.push(`<!--]--></section>`);
	});
}
// src/lib/realtime/moderation.svelte.ts
function modCall(socket, event, payload, timeoutMs = 1e4) {
	if (!socket?.connected) return Promise.resolve({
		ok: false,
		code: "OFFLINE",
		message: "not connected"
	});
	return new Promise((resolve) => {
		let done = false;
		const timer = setTimeout(() => {
			if (done) return;
			done = true;
			resolve({
				ok: false,
				code: "TIMEOUT",
				message: "no answer"
			});
		}, timeoutMs);
		socket.emit(event, payload, (res) => {
			if (done) return;
			done = true;
			clearTimeout(timer);
			if (res && res.ok) resolve({
				ok: true,
				data: res.data
			});
			else resolve({
				ok: false,
				code: res?.error?.code ?? "INTERNAL",
				message: res?.error?.message ?? "unknown error"
			});
		});
	});
}
var STATE_ORDER = {
	open: 0,
	in_progress: 1,
	resolved: 2,
	rejected: 3
};
/** Open first, then in progress, then closed; newest first within each. */
function sortFlags(flags) {
	return [...flags].sort((a, b) => STATE_ORDER[a.state] - STATE_ORDER[b.state] || (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
}
/** Keeps the newer of two copies of one flag (by updatedAt). */
function mergeFlag(list, next) {
	const index = list.findIndex((f) => f.id === next.id);
	if (index === -1) return [...list, next];
	if (list[index].updatedAt > next.updatedAt) return [...list];
	const copy = [...list];
	copy[index] = next;
	return copy;
}
/**
* A cohort's flag queue: `moderation:watch` on every connection, then `flag:new` / `flag:updated` keep it
* current. New flags are announced for the live region.
*/
var FlagQueue = class {
	items = [];
	watching = false;
	announcement = "";
	/** Ids of flags that arrived live since the page opened (highlighted). */
	fresh = [];
	/** Messages changed by this page (hidden/unhidden), by id. */
	messages = {};
	cohortId;
	#socket = null;
	#listeners = [];
	#words = () => null;
	#timeoutMs;
	constructor(options) {
		this.cohortId = options.cohortId;
		this.items = sortFlags(options.initial ?? []);
		this.#timeoutMs = options.timeoutMs ?? 1e4;
	}
	get socket() {
		return this.#socket;
	}
	onChange(words) {
		this.#words = words;
	}
	merge(flag, live = false) {
		if (flag.cohortId !== this.cohortId) return;
		const isNew = !this.items.some((f) => f.id === flag.id);
		this.items = sortFlags(mergeFlag(this.items, flag));
		if (live && isNew) this.fresh = [...this.fresh, flag.id];
		if (live) {
			const text = this.#words(flag, isNew);
			if (text) this.announcement = text;
		}
	}
	attach(socket) {
		if (this.#socket === socket) return;
		this.detach();
		this.#socket = socket;
		const on = (event, handler) => {
			const h = handler;
			socket.on(event, h);
			this.#listeners.push([event, h]);
		};
		on("connect", () => void this.watch());
		on("disconnect", () => this.watching = false);
		on("flag:new", (flag) => this.merge(flag, true));
		on("flag:updated", (flag) => this.merge(flag, true));
		on("message:updated", (message) => {
			if (this.messages[message.id] || this.items.some((f) => f.messageId === message.id)) this.messages = {
				...this.messages,
				[message.id]: message
			};
		});
		if (socket.connected) this.watch();
	}
	detach() {
		const socket = this.#socket;
		if (!socket) return;
		for (const [event, handler] of this.#listeners) socket.off(event, handler);
		this.#listeners = [];
		this.#socket = null;
		this.watching = false;
	}
	async watch() {
		const result = await modCall(this.#socket, "moderation:watch", { cohortId: this.cohortId }, this.#timeoutMs);
		this.watching = result.ok;
	}
	call(event, payload) {
		return modCall(this.#socket, event, payload, this.#timeoutMs);
	}
	async hide(messageId, reason, hidden) {
		const result = await this.call("moderation:hide", {
			messageId,
			reason,
			hidden
		});
		if (result.ok) this.messages = {
			...this.messages,
			[messageId]: result.data.message
		};
		return result;
	}
	mute(input) {
		return this.call("moderation:mute", {
			cohortId: this.cohortId,
			...input
		});
	}
};
// src/routes/(app)/moderation/[cohortId]/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data } = $$props;
		const realtime = getRealtime();
		const queue = run(() => new FlagQueue({
			cohortId: data.cohort.id,
			initial: data.flags
		}));
		queue.onChange((flag, isNew) => isNew ? mod_announce_new({
			reason: reasonLabel(flag.reason),
			name: flag.reporter.displayName
		}) : null);
		onDestroy(() => queue.detach());
		const roomNames = derived(() => new Map(data.rooms.map((r) => [r.id, r.name])));
		const roomName = (id) => id ? roomNames().get(id) ?? mod_room_unknown() : "";
		const memberNames = derived(() => new Map(data.members.map((p) => [p.userId, p.displayName])));
		const nameOf = (id) => memberNames().get(id) ?? null;
		const openCount = derived(() => queue.items.filter((f) => f.state === "open").length);
		head("2jsfqz", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(page_title({ page: mod_console_title() }))}</title>`);
			});
		});
		$$renderer.push(`<nav class="crumbs"${attr("aria-label", breadcrumb_label())}><a${attr("href", `/cohorts/${stringify(data.cohort.id)}`)}>${escape_html(data.cohort.name)}</a></nav> <header class="page-header svelte-2jsfqz"><h1 class="svelte-2jsfqz">${escape_html(mod_console_title())}</h1> <p class="muted sub svelte-2jsfqz">${escape_html(data.cohort.name)} · <span${attr_class("live-state svelte-2jsfqz", void 0, { "on": queue.watching })} data-testid="mod-live"${attr("data-watching", queue.watching)}>${escape_html(queue.watching ? mod_live_on() : realtime.status === "reconnecting" ? mod_live_off() : mod_live_connecting())}</span> · ${escape_html(mod_open_count({ count: openCount() }))}</p> `);
		if (data.rooms.length) {
			$$renderer.push(`<!--[0--><ul class="rooms svelte-2jsfqz"${attr("aria-label", mod_rooms_label())}><!--[-->`);
			const each_array = ensure_array_like(data.rooms);
			for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
				let room = each_array[$$index];
				$$renderer.push(`<li><a${attr("href", `/rooms/${stringify(room.id)}`)}>${escape_html(room.name)}</a> `);
				if (room.locked) $$renderer.push(`<!--[0--><span class="tag svelte-2jsfqz">🔒 ${escape_html(mod_tag_locked())}</span>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--> `);
				if (room.slowModeSeconds > 0) $$renderer.push(`<!--[0--><span class="tag svelte-2jsfqz">🐢 ${escape_html(mod_slowmode_option({ seconds: room.slowModeSeconds }))}</span>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--></li>`);
			}
			$$renderer.push(`<!--]--></ul>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></header> <div class="visually-hidden" role="status" aria-live="polite" data-testid="flag-live">${escape_html(queue.announcement)}</div> <div class="layout svelte-2jsfqz"><div class="col main-col svelte-2jsfqz">`);
		FlagQueuePanel($$renderer, {
			queue,
			cohortId: data.cohort.id,
			me: data.me,
			roomName
		});
		$$renderer.push(`<!----></div> <div class="col side-col svelte-2jsfqz">`);
		EquityPanel($$renderer, {
			cohortId: data.cohort.id,
			rooms: data.rooms,
			roomId: data.selectedRoomId
		});
		$$renderer.push(`<!----></div> <div class="col svelte-2jsfqz">`);
		SanctionsPanel($$renderer, {
			cohortId: data.cohort.id,
			members: data.members,
			audit: data.audit});
		$$renderer.push(`<!----></div> <div class="col svelte-2jsfqz">`);
		ContactsPanel($$renderer, {
			cohortId: data.cohort.id,
			members: data.members,
			contacts: data.contacts});
		$$renderer.push(`<!----></div> <div class="col full svelte-2jsfqz">`);
		AuditPanel($$renderer, {
			cohortId: data.cohort.id,
			entries: data.audit,
			failed: data.auditFailed,
			names: nameOf});
		$$renderer.push(`<!----></div></div>`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-8z9USAOL.js.map
