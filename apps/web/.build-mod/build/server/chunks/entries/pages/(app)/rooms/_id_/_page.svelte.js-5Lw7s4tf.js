import { ak as head, r as run, al as attr_class, ai as attr, am as stringify, ah as escape_html, aj as ensure_array_like, a1 as derived, an as html, aq as bind_props } from '../../../../../chunks/server.js-BLE87T70.js';
import { g as getRealtime } from '../../../../../chunks/socket.svelte.js-DbqnyPgP.js';
import { p as page_title } from '../../../../../chunks/page_title.js-DcyKRVla.js';
import { e as error_unknown } from '../../../../../chunks/error_unknown.js-C1rriivB.js';
import { b as breadcrumb_label } from '../../../../../chunks/breadcrumb_label.js-Be_mmu8U.js';
import { s as mergeMessages, t as MESSAGE_MAX_LENGTH, v as FLAG_REASONS } from '../../../../../chunks/src.js-BEir3teA.js';
import { o as SLOW_MODE_SECONDS, m as mod_slowmode_option, a as mod_hidden_notice, r as reasonLabel, s as slowModeWait, d as mod_sanction_kind, e as mod_kind_mute, g as mod_kind_ban, h as mod_duration, S as SANCTION_MINUTES, i as durationLabel, j as mod_sanction_reason, k as mod_sanction_apply, c as mod_unhide } from '../../../../../chunks/format2.js-CesTOeSk.js';
import { c as countryName } from '../../../../../chunks/countries.js-BtjWBecQ.js';
import { e as getLocale } from '../../../../../chunks/runtime.js-B8EFPPLT.js';
import { a as renderRoomMarkdown } from '../../../../../chunks/markdown.js-uUIQxjnY.js';
import '../../../../../chunks/shared.js-DUAwVbGM.js';
import 'socket.io-client';
import 'zod';
import 'dompurify';
import 'marked';

// src/lib/paraglide/messages/room_locked_notice.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Room_Locked_NoticeInputs */
var es_room_locked_notice = () => {
	return `La moderación cerró esta sala: por ahora no se pueden enviar mensajes.`;
};
var en_room_locked_notice = () => {
	return `The moderators locked this room: messages cannot be sent for now.`;
};
/**
* | output |
* | --- |
* | "The moderators locked this room: messages cannot be sent for now." |
*
* @param {Room_Locked_NoticeInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var room_locked_notice = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_room_locked_notice();
	return es_room_locked_notice();
});
// src/lib/paraglide/messages/room_back.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Room_BackInputs */
var es_room_back = () => {
	return `Salas de la cohorte`;
};
var en_room_back = () => {
	return `Cohort rooms`;
};
/**
* | output |
* | --- |
* | "Cohort rooms" |
*
* @param {Room_BackInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var room_back = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_room_back();
	return es_room_back();
});
// src/lib/paraglide/messages/room_back_to.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ cohort: NonNullable<unknown> }} Room_Back_ToInputs */
var es_room_back_to = (i) => {
	return `Salas de ${i?.cohort}`;
};
var en_room_back_to = (i) => {
	return `Rooms of ${i?.cohort}`;
};
/**
* | output |
* | --- |
* | "Rooms of {cohort}" |
*
* @param {Room_Back_ToInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var room_back_to = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_room_back_to(inputs);
	return es_room_back_to(inputs);
});
// src/lib/paraglide/messages/room_connected.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Room_ConnectedInputs */
var es_room_connected = () => {
	return `Conectado`;
};
var en_room_connected = () => {
	return `Connected`;
};
/**
* | output |
* | --- |
* | "Connected" |
*
* @param {Room_ConnectedInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var room_connected = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_room_connected();
	return es_room_connected();
});
// src/lib/paraglide/messages/room_reconnecting.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Room_ReconnectingInputs */
var es_room_reconnecting = () => {
	return `Reconectando…`;
};
var en_room_reconnecting = () => {
	return `Reconnecting…`;
};
/**
* | output |
* | --- |
* | "Reconnecting…" |
*
* @param {Room_ReconnectingInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var room_reconnecting = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_room_reconnecting();
	return es_room_reconnecting();
});
// src/lib/paraglide/messages/room_offline.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Room_OfflineInputs */
var es_room_offline = () => {
	return `Sin conexión — sus mensajes quedan en cola`;
};
var en_room_offline = () => {
	return `Offline — your messages are queued`;
};
/**
* | output |
* | --- |
* | "Offline — your messages are queued" |
*
* @param {Room_OfflineInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var room_offline = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_room_offline();
	return es_room_offline();
});
// src/lib/paraglide/messages/room_queued.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ count: NonNullable<unknown> }} Room_QueuedInputs */
var es_room_queued = (i) => {
	return `${i?.count} en cola`;
};
var en_room_queued = (i) => {
	return `${i?.count} queued`;
};
/**
* | output |
* | --- |
* | "{count} queued" |
*
* @param {Room_QueuedInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var room_queued = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_room_queued(inputs);
	return es_room_queued(inputs);
});
// src/lib/paraglide/messages/room_online.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ count: NonNullable<unknown> }} Room_OnlineInputs */
var es_room_online = (i) => {
	return `En línea: ${i?.count}`;
};
var en_room_online = (i) => {
	return `Online: ${i?.count}`;
};
/**
* | output |
* | --- |
* | "Online: {count}" |
*
* @param {Room_OnlineInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var room_online = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_room_online(inputs);
	return es_room_online(inputs);
});
// src/lib/paraglide/messages/room_messages.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Room_MessagesInputs */
var es_room_messages = () => {
	return `Mensajes`;
};
var en_room_messages = () => {
	return `Messages`;
};
/**
* | output |
* | --- |
* | "Messages" |
*
* @param {Room_MessagesInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var room_messages = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_room_messages();
	return es_room_messages();
});
// src/lib/paraglide/messages/room_load_older.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Room_Load_OlderInputs */
var es_room_load_older = () => {
	return `Cargar mensajes anteriores`;
};
var en_room_load_older = () => {
	return `Load earlier messages`;
};
/**
* | output |
* | --- |
* | "Load earlier messages" |
*
* @param {Room_Load_OlderInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var room_load_older = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_room_load_older();
	return es_room_load_older();
});
// src/lib/paraglide/messages/room_loading.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Room_LoadingInputs */
var es_room_loading = () => {
	return `Cargando…`;
};
var en_room_loading = () => {
	return `Loading…`;
};
/**
* | output |
* | --- |
* | "Loading…" |
*
* @param {Room_LoadingInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var room_loading = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_room_loading();
	return es_room_loading();
});
// src/lib/paraglide/messages/room_history_failed.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Room_History_FailedInputs */
var es_room_history_failed = () => {
	return `No se pudo cargar el historial. Inténtelo de nuevo.`;
};
var en_room_history_failed = () => {
	return `The history could not be loaded. Please try again.`;
};
/**
* | output |
* | --- |
* | "The history could not be loaded. Please try again." |
*
* @param {Room_History_FailedInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var room_history_failed = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_room_history_failed();
	return es_room_history_failed();
});
// src/lib/paraglide/messages/room_start.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Room_StartInputs */
var es_room_start = () => {
	return `Inicio de la conversación`;
};
var en_room_start = () => {
	return `Start of the conversation`;
};
/**
* | output |
* | --- |
* | "Start of the conversation" |
*
* @param {Room_StartInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var room_start = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_room_start();
	return es_room_start();
});
// src/lib/paraglide/messages/room_empty.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Room_EmptyInputs */
var es_room_empty = () => {
	return `Todavía no hay mensajes. ¡Escriba el primero!`;
};
var en_room_empty = () => {
	return `No messages yet. Write the first one!`;
};
/**
* | output |
* | --- |
* | "No messages yet. Write the first one!" |
*
* @param {Room_EmptyInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var room_empty = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_room_empty();
	return es_room_empty();
});
// src/lib/paraglide/messages/room_new_messages.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Room_New_MessagesInputs */
var es_room_new_messages = () => {
	return `Nuevos mensajes`;
};
var en_room_new_messages = () => {
	return `New messages`;
};
/**
* | output |
* | --- |
* | "New messages" |
*
* @param {Room_New_MessagesInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var room_new_messages = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_room_new_messages();
	return es_room_new_messages();
});
// src/lib/paraglide/messages/room_someone.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Room_SomeoneInputs */
var es_room_someone = () => {
	return `Alguien`;
};
var en_room_someone = () => {
	return `Someone`;
};
/**
* | output |
* | --- |
* | "Someone" |
*
* @param {Room_SomeoneInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var room_someone = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_room_someone();
	return es_room_someone();
});
// src/lib/paraglide/messages/room_typing_one.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Room_Typing_OneInputs */
var es_room_typing_one = (i) => {
	return `${i?.name} está escribiendo…`;
};
var en_room_typing_one = (i) => {
	return `${i?.name} is typing…`;
};
/**
* | output |
* | --- |
* | "{name} is typing…" |
*
* @param {Room_Typing_OneInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var room_typing_one = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_room_typing_one(inputs);
	return es_room_typing_one(inputs);
});
// src/lib/paraglide/messages/room_typing_two.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ first: NonNullable<unknown>, second: NonNullable<unknown> }} Room_Typing_TwoInputs */
var es_room_typing_two = (i) => {
	return `${i?.first} y ${i?.second} están escribiendo…`;
};
var en_room_typing_two = (i) => {
	return `${i?.first} and ${i?.second} are typing…`;
};
/**
* | output |
* | --- |
* | "{first} and {second} are typing…" |
*
* @param {Room_Typing_TwoInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var room_typing_two = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_room_typing_two(inputs);
	return es_room_typing_two(inputs);
});
// src/lib/paraglide/messages/room_typing_many.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ count: NonNullable<unknown> }} Room_Typing_ManyInputs */
var es_room_typing_many = (i) => {
	return `${i?.count} personas están escribiendo…`;
};
var en_room_typing_many = (i) => {
	return `${i?.count} people are typing…`;
};
/**
* | output |
* | --- |
* | "{count} people are typing…" |
*
* @param {Room_Typing_ManyInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var room_typing_many = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_room_typing_many(inputs);
	return es_room_typing_many(inputs);
});
// src/lib/paraglide/messages/room_composer_label.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ room: NonNullable<unknown> }} Room_Composer_LabelInputs */
var es_room_composer_label = (i) => {
	return `Escribir en ${i?.room}`;
};
var en_room_composer_label = (i) => {
	return `Write in ${i?.room}`;
};
/**
* | output |
* | --- |
* | "Write in {room}" |
*
* @param {Room_Composer_LabelInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var room_composer_label = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_room_composer_label(inputs);
	return es_room_composer_label(inputs);
});
// src/lib/paraglide/messages/room_composer_hint.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Room_Composer_HintInputs */
var es_room_composer_hint = () => {
	return `Intro envía · Mayús+Intro nueva línea · admite Markdown (**negrita**, _cursiva_, enlaces)`;
};
var en_room_composer_hint = () => {
	return `Enter sends · Shift+Enter new line · Markdown works (**bold**, _italic_, links)`;
};
/**
* | output |
* | --- |
* | "Enter sends · Shift+Enter new line · Markdown works (**bold**, _italic_, links)" |
*
* @param {Room_Composer_HintInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var room_composer_hint = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_room_composer_hint();
	return es_room_composer_hint();
});
// src/lib/paraglide/messages/room_send.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Room_SendInputs */
var es_room_send = () => {
	return `Enviar`;
};
var en_room_send = () => {
	return `Send`;
};
/**
* | output |
* | --- |
* | "Send" |
*
* @param {Room_SendInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var room_send = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_room_send();
	return es_room_send();
});
// src/lib/paraglide/messages/room_sending.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Room_SendingInputs */
var es_room_sending = () => {
	return `enviando…`;
};
var en_room_sending = () => {
	return `sending…`;
};
/**
* | output |
* | --- |
* | "sending…" |
*
* @param {Room_SendingInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var room_sending = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_room_sending();
	return es_room_sending();
});
// src/lib/paraglide/messages/room_not_sent.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ reason: NonNullable<unknown> }} Room_Not_SentInputs */
var es_room_not_sent = (i) => {
	return `No enviado: ${i?.reason}`;
};
var en_room_not_sent = (i) => {
	return `Not sent: ${i?.reason}`;
};
/**
* | output |
* | --- |
* | "Not sent: {reason}" |
*
* @param {Room_Not_SentInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var room_not_sent = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_room_not_sent(inputs);
	return es_room_not_sent(inputs);
});
// src/lib/paraglide/messages/room_retry.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Room_RetryInputs */
var es_room_retry = () => {
	return `Reintentar`;
};
var en_room_retry = () => {
	return `Retry`;
};
/**
* | output |
* | --- |
* | "Retry" |
*
* @param {Room_RetryInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var room_retry = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_room_retry();
	return es_room_retry();
});
// src/lib/paraglide/messages/room_discard.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Room_DiscardInputs */
var es_room_discard = () => {
	return `Descartar`;
};
var en_room_discard = () => {
	return `Discard`;
};
/**
* | output |
* | --- |
* | "Discard" |
*
* @param {Room_DiscardInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var room_discard = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_room_discard();
	return es_room_discard();
});
// src/lib/paraglide/messages/room_edited.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Room_EditedInputs */
var es_room_edited = () => {
	return `editado`;
};
var en_room_edited = () => {
	return `edited`;
};
/**
* | output |
* | --- |
* | "edited" |
*
* @param {Room_EditedInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var room_edited = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_room_edited();
	return es_room_edited();
});
// src/lib/paraglide/messages/room_message_deleted.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Room_Message_DeletedInputs */
var es_room_message_deleted = () => {
	return `Mensaje eliminado`;
};
var en_room_message_deleted = () => {
	return `Message deleted`;
};
/**
* | output |
* | --- |
* | "Message deleted" |
*
* @param {Room_Message_DeletedInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var room_message_deleted = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_room_message_deleted();
	return es_room_message_deleted();
});
// src/lib/paraglide/messages/room_edit.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Room_EditInputs */
var es_room_edit = () => {
	return `Editar`;
};
var en_room_edit = () => {
	return `Edit`;
};
/**
* | output |
* | --- |
* | "Edit" |
*
* @param {Room_EditInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var room_edit = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_room_edit();
	return es_room_edit();
});
// src/lib/paraglide/messages/room_cancel.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Room_CancelInputs */
var es_room_cancel = () => {
	return `Cancelar`;
};
var en_room_cancel = () => {
	return `Cancel`;
};
/**
* | output |
* | --- |
* | "Cancel" |
*
* @param {Room_CancelInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var room_cancel = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_room_cancel();
	return es_room_cancel();
});
// src/lib/paraglide/messages/room_delete.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Room_DeleteInputs */
var es_room_delete = () => {
	return `Eliminar`;
};
var en_room_delete = () => {
	return `Delete`;
};
/**
* | output |
* | --- |
* | "Delete" |
*
* @param {Room_DeleteInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var room_delete = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_room_delete();
	return es_room_delete();
});
// src/lib/paraglide/messages/room_delete_confirm.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Room_Delete_ConfirmInputs */
var es_room_delete_confirm = () => {
	return `¿Eliminar este mensaje? Quedará indicado que fue eliminado.`;
};
var en_room_delete_confirm = () => {
	return `Delete this message? It will show that it was deleted.`;
};
/**
* | output |
* | --- |
* | "Delete this message? It will show that it was deleted." |
*
* @param {Room_Delete_ConfirmInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var room_delete_confirm = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_room_delete_confirm();
	return es_room_delete_confirm();
});
// src/lib/paraglide/messages/room_reactions.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Room_ReactionsInputs */
var es_room_reactions = () => {
	return `Reacciones`;
};
var en_room_reactions = () => {
	return `Reactions`;
};
/**
* | output |
* | --- |
* | "Reactions" |
*
* @param {Room_ReactionsInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var room_reactions = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_room_reactions();
	return es_room_reactions();
});
// src/lib/paraglide/messages/room_reaction_label.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ emoji: NonNullable<unknown>, count: NonNullable<unknown> }} Room_Reaction_LabelInputs */
var es_room_reaction_label = (i) => {
	return `${i?.emoji}: ${i?.count}. Activar o quitar mi reacción`;
};
var en_room_reaction_label = (i) => {
	return `${i?.emoji}: ${i?.count}. Toggle my reaction`;
};
/**
* | output |
* | --- |
* | "{emoji}: {count}. Toggle my reaction" |
*
* @param {Room_Reaction_LabelInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var room_reaction_label = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_room_reaction_label(inputs);
	return es_room_reaction_label(inputs);
});
// src/lib/paraglide/messages/room_react.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Room_ReactInputs */
var es_room_react = () => {
	return `Reaccionar`;
};
var en_room_react = () => {
	return `React`;
};
/**
* | output |
* | --- |
* | "React" |
*
* @param {Room_ReactInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var room_react = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_room_react();
	return es_room_react();
});
// src/lib/paraglide/messages/room_react_with.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ emoji: NonNullable<unknown> }} Room_React_WithInputs */
var es_room_react_with = (i) => {
	return `Reaccionar con ${i?.emoji}`;
};
var en_room_react_with = (i) => {
	return `React with ${i?.emoji}`;
};
/**
* | output |
* | --- |
* | "React with {emoji}" |
*
* @param {Room_React_WithInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var room_react_with = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_room_react_with(inputs);
	return es_room_react_with(inputs);
});
// src/lib/paraglide/messages/room_actions_for.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Room_Actions_ForInputs */
var es_room_actions_for = (i) => {
	return `Acciones del mensaje de ${i?.name}`;
};
var en_room_actions_for = (i) => {
	return `Actions for the message by ${i?.name}`;
};
/**
* | output |
* | --- |
* | "Actions for the message by {name}" |
*
* @param {Room_Actions_ForInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var room_actions_for = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_room_actions_for(inputs);
	return es_room_actions_for(inputs);
});
// src/lib/paraglide/messages/room_reply.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Room_ReplyInputs */
var es_room_reply = () => {
	return `Responder en hilo`;
};
var en_room_reply = () => {
	return `Reply in thread`;
};
/**
* | output |
* | --- |
* | "Reply in thread" |
*
* @param {Room_ReplyInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var room_reply = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_room_reply();
	return es_room_reply();
});
// src/lib/paraglide/messages/room_replies.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ count: NonNullable<unknown> }} Room_RepliesInputs */
var es_room_replies = (i) => {
	return `Respuestas: ${i?.count}`;
};
var en_room_replies = (i) => {
	return `Replies: ${i?.count}`;
};
/**
* | output |
* | --- |
* | "Replies: {count}" |
*
* @param {Room_RepliesInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var room_replies = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_room_replies(inputs);
	return es_room_replies(inputs);
});
// src/lib/paraglide/messages/room_thread_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Room_Thread_TitleInputs */
var es_room_thread_title = () => {
	return `Hilo`;
};
var en_room_thread_title = () => {
	return `Thread`;
};
/**
* | output |
* | --- |
* | "Thread" |
*
* @param {Room_Thread_TitleInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var room_thread_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_room_thread_title();
	return es_room_thread_title();
});
// src/lib/paraglide/messages/room_thread_close.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Room_Thread_CloseInputs */
var es_room_thread_close = () => {
	return `Cerrar hilo`;
};
var en_room_thread_close = () => {
	return `Close thread`;
};
/**
* | output |
* | --- |
* | "Close thread" |
*
* @param {Room_Thread_CloseInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var room_thread_close = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_room_thread_close();
	return es_room_thread_close();
});
// src/lib/paraglide/messages/room_thread_composer_label.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Room_Thread_Composer_LabelInputs */
var es_room_thread_composer_label = () => {
	return `Responder en el hilo`;
};
var en_room_thread_composer_label = () => {
	return `Reply in the thread`;
};
/**
* | output |
* | --- |
* | "Reply in the thread" |
*
* @param {Room_Thread_Composer_LabelInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var room_thread_composer_label = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_room_thread_composer_label();
	return es_room_thread_composer_label();
});
// src/lib/paraglide/messages/room_error_locked.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Room_Error_LockedInputs */
var es_room_error_locked = () => {
	return `la sala está cerrada`;
};
var en_room_error_locked = () => {
	return `the room is locked`;
};
/**
* | output |
* | --- |
* | "the room is locked" |
*
* @param {Room_Error_LockedInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var room_error_locked = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_room_error_locked();
	return es_room_error_locked();
});
// src/lib/paraglide/messages/room_error_rate_limited.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Room_Error_Rate_LimitedInputs */
var es_room_error_rate_limited = () => {
	return `demasiados mensajes seguidos; se reintentará`;
};
var en_room_error_rate_limited = () => {
	return `too many messages in a row; it will be retried`;
};
/**
* | output |
* | --- |
* | "too many messages in a row; it will be retried" |
*
* @param {Room_Error_Rate_LimitedInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var room_error_rate_limited = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_room_error_rate_limited();
	return es_room_error_rate_limited();
});
// src/lib/paraglide/messages/room_error_invalid.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Room_Error_InvalidInputs */
var es_room_error_invalid = () => {
	return `el mensaje no es válido (vacío o demasiado largo)`;
};
var en_room_error_invalid = () => {
	return `the message is not valid (empty or too long)`;
};
/**
* | output |
* | --- |
* | "the message is not valid (empty or too long)" |
*
* @param {Room_Error_InvalidInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var room_error_invalid = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_room_error_invalid();
	return es_room_error_invalid();
});
// src/lib/paraglide/messages/room_error_forbidden.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Room_Error_ForbiddenInputs */
var es_room_error_forbidden = () => {
	return `no tiene permiso para hacerlo`;
};
var en_room_error_forbidden = () => {
	return `you are not allowed to do that`;
};
/**
* | output |
* | --- |
* | "you are not allowed to do that" |
*
* @param {Room_Error_ForbiddenInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var room_error_forbidden = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_room_error_forbidden();
	return es_room_error_forbidden();
});
// src/lib/paraglide/messages/room_error_not_found.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Room_Error_Not_FoundInputs */
var es_room_error_not_found = () => {
	return `el mensaje ya no existe`;
};
var en_room_error_not_found = () => {
	return `the message no longer exists`;
};
/**
* | output |
* | --- |
* | "the message no longer exists" |
*
* @param {Room_Error_Not_FoundInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var room_error_not_found = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_room_error_not_found();
	return es_room_error_not_found();
});
// src/lib/paraglide/messages/room_error_offline.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Room_Error_OfflineInputs */
var es_room_error_offline = () => {
	return `sin conexión; inténtelo cuando vuelva la conexión`;
};
var en_room_error_offline = () => {
	return `offline; try again when the connection is back`;
};
/**
* | output |
* | --- |
* | "offline; try again when the connection is back" |
*
* @param {Room_Error_OfflineInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var room_error_offline = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_room_error_offline();
	return es_room_error_offline();
});
// src/lib/paraglide/messages/mod_console_link.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_Console_LinkInputs */
var es_mod_console_link = () => {
	return `Abrir la consola de moderación`;
};
var en_mod_console_link = () => {
	return `Open the moderation console`;
};
/**
* | output |
* | --- |
* | "Open the moderation console" |
*
* @param {Mod_Console_LinkInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_console_link = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_console_link();
	return es_mod_console_link();
});
// src/lib/paraglide/messages/mod_close.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_CloseInputs */
var es_mod_close = () => {
	return `Cerrar`;
};
var en_mod_close = () => {
	return `Close`;
};
/**
* | output |
* | --- |
* | "Close" |
*
* @param {Mod_CloseInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_close = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_close();
	return es_mod_close();
});
// src/lib/paraglide/messages/mod_reason_legend.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_Reason_LegendInputs */
var es_mod_reason_legend = () => {
	return `Motivo`;
};
var en_mod_reason_legend = () => {
	return `Reason`;
};
/**
* | output |
* | --- |
* | "Reason" |
*
* @param {Mod_Reason_LegendInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_reason_legend = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_reason_legend();
	return es_mod_reason_legend();
});
// src/lib/paraglide/messages/mod_report.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_ReportInputs */
var es_mod_report = () => {
	return `Reportar`;
};
var en_mod_report = () => {
	return `Report`;
};
/**
* | output |
* | --- |
* | "Report" |
*
* @param {Mod_ReportInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_report = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_report();
	return es_mod_report();
});
// src/lib/paraglide/messages/mod_report_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_Report_TitleInputs */
var es_mod_report_title = () => {
	return `Reportar un mensaje`;
};
var en_mod_report_title = () => {
	return `Report a message`;
};
/**
* | output |
* | --- |
* | "Report a message" |
*
* @param {Mod_Report_TitleInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_report_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_report_title();
	return es_mod_report_title();
});
// src/lib/paraglide/messages/mod_report_about.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Mod_Report_AboutInputs */
var es_mod_report_about = (i) => {
	return `Mensaje de ${i?.name}. Solo el equipo de moderación verá su reporte.`;
};
var en_mod_report_about = (i) => {
	return `Message by ${i?.name}. Only the moderation team will see your report.`;
};
/**
* | output |
* | --- |
* | "Message by {name}. Only the moderation team will see your report." |
*
* @param {Mod_Report_AboutInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_report_about = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_report_about(inputs);
	return es_mod_report_about(inputs);
});
// src/lib/paraglide/messages/mod_report_safeguarding_hint.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_Report_Safeguarding_HintInputs */
var es_mod_report_safeguarding_hint = () => {
	return `Los reportes de protección solo llegan a las personas de contacto designadas de la cohorte.`;
};
var en_mod_report_safeguarding_hint = () => {
	return `Safeguarding reports reach only the cohort's designated contacts.`;
};
/**
* | output |
* | --- |
* | "Safeguarding reports reach only the cohort's designated contacts." |
*
* @param {Mod_Report_Safeguarding_HintInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_report_safeguarding_hint = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_report_safeguarding_hint();
	return es_mod_report_safeguarding_hint();
});
// src/lib/paraglide/messages/mod_report_send.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_Report_SendInputs */
var es_mod_report_send = () => {
	return `Enviar reporte`;
};
var en_mod_report_send = () => {
	return `Send report`;
};
/**
* | output |
* | --- |
* | "Send report" |
*
* @param {Mod_Report_SendInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_report_send = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_report_send();
	return es_mod_report_send();
});
// src/lib/paraglide/messages/mod_note_label.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_Note_LabelInputs */
var es_mod_note_label = () => {
	return `Nota (opcional)`;
};
var en_mod_note_label = () => {
	return `Note (optional)`;
};
/**
* | output |
* | --- |
* | "Note (optional)" |
*
* @param {Mod_Note_LabelInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_note_label = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_note_label();
	return es_mod_note_label();
});
// src/lib/paraglide/messages/mod_note_required_label.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_Note_Required_LabelInputs */
var es_mod_note_required_label = () => {
	return `Nota (obligatoria)`;
};
var en_mod_note_required_label = () => {
	return `Note (required)`;
};
/**
* | output |
* | --- |
* | "Note (required)" |
*
* @param {Mod_Note_Required_LabelInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_note_required_label = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_note_required_label();
	return es_mod_note_required_label();
});
// src/lib/paraglide/messages/mod_hide.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_HideInputs */
var es_mod_hide = () => {
	return `Ocultar`;
};
var en_mod_hide = () => {
	return `Hide`;
};
/**
* | output |
* | --- |
* | "Hide" |
*
* @param {Mod_HideInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_hide = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_hide();
	return es_mod_hide();
});
// src/lib/paraglide/messages/mod_hide_ellipsis.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_Hide_EllipsisInputs */
var es_mod_hide_ellipsis = () => {
	return `Ocultar…`;
};
var en_mod_hide_ellipsis = () => {
	return `Hide…`;
};
/**
* | output |
* | --- |
* | "Hide…" |
*
* @param {Mod_Hide_EllipsisInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_hide_ellipsis = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_hide_ellipsis();
	return es_mod_hide_ellipsis();
});
// src/lib/paraglide/messages/mod_hide_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_Hide_TitleInputs */
var es_mod_hide_title = () => {
	return `Ocultar un mensaje`;
};
var en_mod_hide_title = () => {
	return `Hide a message`;
};
/**
* | output |
* | --- |
* | "Hide a message" |
*
* @param {Mod_Hide_TitleInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_hide_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_hide_title();
	return es_mod_hide_title();
});
// src/lib/paraglide/messages/mod_hide_about.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Mod_Hide_AboutInputs */
var es_mod_hide_about = (i) => {
	return `Mensaje de ${i?.name}.`;
};
var en_mod_hide_about = (i) => {
	return `Message by ${i?.name}.`;
};
/**
* | output |
* | --- |
* | "Message by {name}." |
*
* @param {Mod_Hide_AboutInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_hide_about = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_hide_about(inputs);
	return es_mod_hide_about(inputs);
});
// src/lib/paraglide/messages/mod_hide_hint.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_Hide_HintInputs */
var es_mod_hide_hint = () => {
	return `Todos verán el motivo en lugar del texto. Puede volver a mostrarlo.`;
};
var en_mod_hide_hint = () => {
	return `Everyone will see the reason instead of the text. You can show it again.`;
};
/**
* | output |
* | --- |
* | "Everyone will see the reason instead of the text. You can show it again." |
*
* @param {Mod_Hide_HintInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_hide_hint = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_hide_hint();
	return es_mod_hide_hint();
});
// src/lib/paraglide/messages/mod_unhidden_done.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_Unhidden_DoneInputs */
var es_mod_unhidden_done = () => {
	return `El mensaje vuelve a mostrarse.`;
};
var en_mod_unhidden_done = () => {
	return `The message is shown again.`;
};
/**
* | output |
* | --- |
* | "The message is shown again." |
*
* @param {Mod_Unhidden_DoneInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_unhidden_done = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_unhidden_done();
	return es_mod_unhidden_done();
});
// src/lib/paraglide/messages/mod_pin.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_PinInputs */
var es_mod_pin = () => {
	return `Fijar arriba`;
};
var en_mod_pin = () => {
	return `Pin to top`;
};
/**
* | output |
* | --- |
* | "Pin to top" |
*
* @param {Mod_PinInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_pin = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_pin();
	return es_mod_pin();
});
// src/lib/paraglide/messages/mod_unpin.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_UnpinInputs */
var es_mod_unpin = () => {
	return `Desfijar`;
};
var en_mod_unpin = () => {
	return `Unpin`;
};
/**
* | output |
* | --- |
* | "Unpin" |
*
* @param {Mod_UnpinInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_unpin = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_unpin();
	return es_mod_unpin();
});
// src/lib/paraglide/messages/mod_pinned_done.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_Pinned_DoneInputs */
var es_mod_pinned_done = () => {
	return `Mensaje fijado.`;
};
var en_mod_pinned_done = () => {
	return `Message pinned.`;
};
/**
* | output |
* | --- |
* | "Message pinned." |
*
* @param {Mod_Pinned_DoneInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_pinned_done = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_pinned_done();
	return es_mod_pinned_done();
});
// src/lib/paraglide/messages/mod_unpinned_done.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_Unpinned_DoneInputs */
var es_mod_unpinned_done = () => {
	return `Mensaje desfijado.`;
};
var en_mod_unpinned_done = () => {
	return `Message unpinned.`;
};
/**
* | output |
* | --- |
* | "Message unpinned." |
*
* @param {Mod_Unpinned_DoneInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_unpinned_done = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_unpinned_done();
	return es_mod_unpinned_done();
});
// src/lib/paraglide/messages/mod_pinned_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ count: NonNullable<unknown> }} Mod_Pinned_TitleInputs */
var es_mod_pinned_title = (i) => {
	return `Mensajes fijados (${i?.count})`;
};
var en_mod_pinned_title = (i) => {
	return `Pinned messages (${i?.count})`;
};
/**
* | output |
* | --- |
* | "Pinned messages ({count})" |
*
* @param {Mod_Pinned_TitleInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_pinned_title = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_pinned_title(inputs);
	return es_mod_pinned_title(inputs);
});
// src/lib/paraglide/messages/mod_pinned_not_loaded.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_Pinned_Not_LoadedInputs */
var es_mod_pinned_not_loaded = () => {
	return `Mensaje anterior (no cargado)`;
};
var en_mod_pinned_not_loaded = () => {
	return `Older message (not loaded)`;
};
/**
* | output |
* | --- |
* | "Older message (not loaded)" |
*
* @param {Mod_Pinned_Not_LoadedInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_pinned_not_loaded = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_pinned_not_loaded();
	return es_mod_pinned_not_loaded();
});
// src/lib/paraglide/messages/mod_jump.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_JumpInputs */
var es_mod_jump = () => {
	return `Ver`;
};
var en_mod_jump = () => {
	return `Show`;
};
/**
* | output |
* | --- |
* | "Show" |
*
* @param {Mod_JumpInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_jump = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_jump();
	return es_mod_jump();
});
// src/lib/paraglide/messages/mod_mute_author.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Mod_Mute_AuthorInputs */
var es_mod_mute_author = (i) => {
	return `Silenciar a ${i?.name}…`;
};
var en_mod_mute_author = (i) => {
	return `Mute ${i?.name}…`;
};
/**
* | output |
* | --- |
* | "Mute {name}…" |
*
* @param {Mod_Mute_AuthorInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_mute_author = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_mute_author(inputs);
	return es_mod_mute_author(inputs);
});
// src/lib/paraglide/messages/mod_mute_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Mod_Mute_TitleInputs */
var es_mod_mute_title = (i) => {
	return `Sancionar a ${i?.name}`;
};
var en_mod_mute_title = (i) => {
	return `Sanction ${i?.name}`;
};
/**
* | output |
* | --- |
* | "Sanction {name}" |
*
* @param {Mod_Mute_TitleInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_mute_title = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_mute_title(inputs);
	return es_mod_mute_title(inputs);
});
// src/lib/paraglide/messages/mod_history.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_HistoryInputs */
var es_mod_history = () => {
	return `Historial de ediciones`;
};
var en_mod_history = () => {
	return `Edit history`;
};
/**
* | output |
* | --- |
* | "Edit history" |
*
* @param {Mod_HistoryInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_history = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_history();
	return es_mod_history();
});
// src/lib/paraglide/messages/mod_history_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_History_TitleInputs */
var es_mod_history_title = () => {
	return `Historial del mensaje`;
};
var en_mod_history_title = () => {
	return `Message history`;
};
/**
* | output |
* | --- |
* | "Message history" |
*
* @param {Mod_History_TitleInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_history_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_history_title();
	return es_mod_history_title();
});
// src/lib/paraglide/messages/mod_history_current.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_History_CurrentInputs */
var es_mod_history_current = () => {
	return `versión actual`;
};
var en_mod_history_current = () => {
	return `current version`;
};
/**
* | output |
* | --- |
* | "current version" |
*
* @param {Mod_History_CurrentInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_history_current = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_history_current();
	return es_mod_history_current();
});
// src/lib/paraglide/messages/mod_room_state.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_Room_StateInputs */
var es_mod_room_state = () => {
	return `Estado de la sala`;
};
var en_mod_room_state = () => {
	return `Room state`;
};
/**
* | output |
* | --- |
* | "Room state" |
*
* @param {Mod_Room_StateInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_room_state = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_room_state();
	return es_mod_room_state();
});
// src/lib/paraglide/messages/mod_room_locked_all.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_Room_Locked_AllInputs */
var es_mod_room_locked_all = () => {
	return `Sala cerrada: solo moderación puede escribir.`;
};
var en_mod_room_locked_all = () => {
	return `Room locked: only moderators can write.`;
};
/**
* | output |
* | --- |
* | "Room locked: only moderators can write." |
*
* @param {Mod_Room_Locked_AllInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_room_locked_all = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_room_locked_all();
	return es_mod_room_locked_all();
});
// src/lib/paraglide/messages/mod_slowmode_on.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ seconds: NonNullable<unknown> }} Mod_Slowmode_OnInputs */
var es_mod_slowmode_on = (i) => {
	return `Modo lento: un mensaje cada ${i?.seconds} s`;
};
var en_mod_slowmode_on = (i) => {
	return `Slow mode: one message every ${i?.seconds} s`;
};
/**
* | output |
* | --- |
* | "Slow mode: one message every {seconds} s" |
*
* @param {Mod_Slowmode_OnInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_slowmode_on = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_slowmode_on(inputs);
	return es_mod_slowmode_on(inputs);
});
// src/lib/paraglide/messages/mod_slowmode_wait.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ seconds: NonNullable<unknown> }} Mod_Slowmode_WaitInputs */
var es_mod_slowmode_wait = (i) => {
	return `Modo lento: espere ${i?.seconds} s`;
};
var en_mod_slowmode_wait = (i) => {
	return `Slow mode: wait ${i?.seconds} s`;
};
/**
* | output |
* | --- |
* | "Slow mode: wait {seconds} s" |
*
* @param {Mod_Slowmode_WaitInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_slowmode_wait = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_slowmode_wait(inputs);
	return es_mod_slowmode_wait(inputs);
});
// src/lib/paraglide/messages/mod_error_slow_mode.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_Error_Slow_ModeInputs */
var es_mod_error_slow_mode = () => {
	return `Modo lento: espere unos segundos antes de enviar otro mensaje.`;
};
var en_mod_error_slow_mode = () => {
	return `Slow mode: wait a few seconds before sending another message.`;
};
/**
* | output |
* | --- |
* | "Slow mode: wait a few seconds before sending another message." |
*
* @param {Mod_Error_Slow_ModeInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_error_slow_mode = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_error_slow_mode();
	return es_mod_error_slow_mode();
});
// src/lib/paraglide/messages/mod_error_muted.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_Error_MutedInputs */
var es_mod_error_muted = () => {
	return `La moderación le silenció en esta cohorte por un tiempo; no puede enviar mensajes.`;
};
var en_mod_error_muted = () => {
	return `A moderator muted you in this cohort for a while; you cannot send messages.`;
};
/**
* | output |
* | --- |
* | "A moderator muted you in this cohort for a while; you cannot send messages." |
*
* @param {Mod_Error_MutedInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_error_muted = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_error_muted();
	return es_mod_error_muted();
});
// src/lib/paraglide/messages/mod_room_controls.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_Room_ControlsInputs */
var es_mod_room_controls = () => {
	return `Controles de moderación`;
};
var en_mod_room_controls = () => {
	return `Moderation controls`;
};
/**
* | output |
* | --- |
* | "Moderation controls" |
*
* @param {Mod_Room_ControlsInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_room_controls = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_room_controls();
	return es_mod_room_controls();
});
// src/lib/paraglide/messages/mod_lock_room.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_Lock_RoomInputs */
var es_mod_lock_room = () => {
	return `Cerrar la sala`;
};
var en_mod_lock_room = () => {
	return `Lock the room`;
};
/**
* | output |
* | --- |
* | "Lock the room" |
*
* @param {Mod_Lock_RoomInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_lock_room = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_lock_room();
	return es_mod_lock_room();
});
// src/lib/paraglide/messages/mod_unlock_room.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_Unlock_RoomInputs */
var es_mod_unlock_room = () => {
	return `Abrir la sala`;
};
var en_mod_unlock_room = () => {
	return `Unlock the room`;
};
/**
* | output |
* | --- |
* | "Unlock the room" |
*
* @param {Mod_Unlock_RoomInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_unlock_room = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_unlock_room();
	return es_mod_unlock_room();
});
// src/lib/paraglide/messages/mod_slowmode_label.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_Slowmode_LabelInputs */
var es_mod_slowmode_label = () => {
	return `Modo lento`;
};
var en_mod_slowmode_label = () => {
	return `Slow mode`;
};
/**
* | output |
* | --- |
* | "Slow mode" |
*
* @param {Mod_Slowmode_LabelInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_slowmode_label = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_slowmode_label();
	return es_mod_slowmode_label();
});
// src/lib/paraglide/messages/mod_slowmode_off.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_Slowmode_OffInputs */
var es_mod_slowmode_off = () => {
	return `Desactivado`;
};
var en_mod_slowmode_off = () => {
	return `Off`;
};
/**
* | output |
* | --- |
* | "Off" |
*
* @param {Mod_Slowmode_OffInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_slowmode_off = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_slowmode_off();
	return es_mod_slowmode_off();
});
// src/lib/components/room/labels.ts
/** A short, human reason for a refused room action. */
function errorLabel(code) {
	switch (code) {
		case "ROOM_LOCKED": return room_error_locked();
		case "RATE_LIMITED": return room_error_rate_limited();
		case "SLOW_MODE": return mod_error_slow_mode();
		case "MUTED": return mod_error_muted();
		case "VALIDATION_FAILED": return room_error_invalid();
		case "FORBIDDEN": return room_error_forbidden();
		case "NOT_FOUND": return room_error_not_found();
		case "OFFLINE":
		case "TIMEOUT":
		case "UNAVAILABLE": return room_error_offline();
		default: return error_unknown();
	}
}
// src/lib/realtime/room.svelte.ts
var RETRYABLE = /* @__PURE__ */ new Set([
	"RATE_LIMITED",
	"SLOW_MODE",
	"UNAVAILABLE",
	"INTERNAL",
	"TIMEOUT",
	"OFFLINE"
]);
function defaultBackoff(attempt) {
	return Math.min(3e4, 1e3 * 2 ** Math.min(attempt - 1, 5)) + Math.floor(Math.random() * 500);
}
function newClientId() {
	return typeof crypto !== "undefined" && "randomUUID" in crypto ? crypto.randomUUID() : `m${Date.now().toString(36)}${Math.random().toString(36).slice(2, 12)}`;
}
/** The outbox key: per room and per person, so a shared computer never sends someone else's draft. */
function outboxKey(roomId, userId) {
	return `ta_room_outbox:${roomId}:${userId}`;
}
/**
* One live room as this tab sees it. Messages live in a Map merged with `mergeMessages` (newest `changedAt`
* wins), so live events, catch-up after a reconnection and history pages can arrive in any order and any number
* of times. Each (re)connection joins with the last sync token, looping while the server has more, so after any
* disconnection the view equals the server's. Typed messages go through an outbox that keeps its clientMsgId
* across retries and reloads: the server answers a repeated clientMsgId with the same message, never a second one.
*/
var RoomState = class {
	roomId;
	userId;
	room = null;
	/** Users (ids) with the room open right now. */
	online = [];
	/** Users (ids) typing right now, other than me. */
	typing = [];
	outbox = [];
	joined = false;
	syncing = false;
	lastError = null;
	/** The last refusal of a send (e.g. SLOW_MODE with its wait in the message), cleared by the next accepted send. */
	refusal = null;
	syncToken = null;
	#messages = /* @__PURE__ */ new Map();
	#version = 0;
	#socket = null;
	#joinRun = 0;
	#flushing = false;
	#retryTimer = null;
	#typingTimers = /* @__PURE__ */ new Map();
	#lastReadSent = null;
	#typingSentAt = 0;
	#options;
	#listeners = [];
	constructor(options) {
		this.roomId = options.roomId;
		this.userId = options.userId;
		this.room = options.room ?? null;
		this.#options = {
			roomId: options.roomId,
			userId: options.userId,
			storage: options.storage ?? null,
			timeoutMs: options.timeoutMs ?? 1e4,
			backoffMs: options.backoffMs ?? defaultBackoff,
			newId: options.newId ?? newClientId,
			typingTtlMs: options.typingTtlMs ?? 6e3
		};
		if (options.initial) this.merge(options.initial);
		this.outbox = this.#readOutbox();
		this.#dropAcknowledged();
	}
	/** Every message held (top level and thread replies), sorted by id: ObjectId order is creation order. */
	get all() {
		this.#version;
		return [...this.#messages.values()].sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
	}
	#timeline = derived(
		/** The main timeline: top-level messages. */
		() => this.all.filter((m) => !m.threadRootId)
	);
	get timeline() {
		return this.#timeline();
	}
	set timeline($$value) {
		return this.#timeline($$value);
	}
	#pending = derived(() => this.outbox.filter((p) => !p.threadRootId));
	get pending() {
		return this.#pending();
	}
	set pending($$value) {
		return this.#pending($$value);
	}
	get(id) {
		this.#version;
		return this.#messages.get(id);
	}
	/** Replies of one thread, oldest first. */
	replies(rootId) {
		return this.all.filter((m) => m.threadRootId === rootId);
	}
	pendingReplies(rootId) {
		return this.outbox.filter((p) => p.threadRootId === rootId);
	}
	/** Merges messages from anywhere (join, live event, history page, ack); pending copies of them disappear. */
	merge(messages) {
		const mine = messages.filter((m) => m.roomId === this.roomId);
		if (mine.length === 0) return;
		mergeMessages(this.#messages, mine);
		this.#version += 1;
		this.#dropAcknowledged();
	}
	/** Listens to a socket; joins now if it is connected and again on every reconnection. */
	attach(socket) {
		if (this.#socket === socket) return;
		this.detach();
		this.#socket = socket;
		const on = (event, handler) => {
			const h = handler;
			socket.on(event, h);
			this.#listeners.push([event, h]);
		};
		on("connect", () => void this.join());
		on("disconnect", () => {
			this.joined = false;
			this.typing = [];
		});
		const live = (message) => this.merge([message]);
		on("message:new", live);
		on("message:updated", live);
		on("message:deleted", live);
		on("presence:update", (p) => {
			if (p.roomId === this.roomId) this.online = [...new Set(p.online)];
		});
		on("typing:update", (p) => {
			if (p.roomId === this.roomId && p.userId !== this.userId) this.#setTyping(p.userId, p.typing);
		});
		on("room:updated", (room) => {
			if (room.id === this.roomId) this.room = {
				...room,
				unread: this.room?.unread
			};
		});
		if (socket.connected) this.join();
	}
	detach() {
		const socket = this.#socket;
		if (!socket) return;
		if (socket.connected) socket.emit("room:leave", { roomId: this.roomId }, () => void 0);
		for (const [event, handler] of this.#listeners) socket.off(event, handler);
		this.#listeners = [];
		this.#socket = null;
		this.joined = false;
		if (this.#retryTimer) clearTimeout(this.#retryTimer);
		this.#retryTimer = null;
		for (const timer of this.#typingTimers.values()) clearTimeout(timer);
		this.#typingTimers.clear();
	}
	/** Joins (or re-joins) with the last sync token, reading until the server has nothing more, then sends the outbox. */
	async join() {
		const run = ++this.#joinRun;
		this.syncing = true;
		try {
			for (let round = 0; round < 50; round++) {
				const since = this.syncToken ?? void 0;
				const result = await this.call("room:join", since ? {
					roomId: this.roomId,
					since
				} : { roomId: this.roomId });
				if (run !== this.#joinRun) return false;
				if (!result.ok) {
					if (result.code === "VALIDATION_FAILED" && since) {
						this.syncToken = null;
						continue;
					}
					this.lastError = result.code;
					return false;
				}
				const { room, online, messages, syncToken, hasMore } = result.data;
				this.merge(messages);
				this.syncToken = syncToken;
				this.room = {
					...room,
					unread: this.room?.unread ?? room.unread
				};
				this.online = [...new Set(online)];
				if (!hasMore) break;
			}
			this.joined = true;
			this.lastError = null;
			this.flush();
			return true;
		} finally {
			if (run === this.#joinRun) this.syncing = false;
		}
	}
	/** Queues a message; it is sent now if possible, otherwise as soon as the room is joined again. */
	send(body, threadRootId) {
		const text = body.replace(/\s+$/u, "");
		if (text.trim().length === 0) return null;
		const pending = {
			clientMsgId: this.#options.newId(),
			body: text,
			threadRootId,
			queuedAt: (/* @__PURE__ */ new Date()).toISOString(),
			attempts: 0
		};
		this.outbox = [...this.outbox, pending];
		this.#writeOutbox();
		this.flush();
		return pending;
	}
	/** Puts a refused message back in line (after the person changed nothing, e.g. once a room is unlocked). */
	retry(clientMsgId) {
		this.outbox = this.outbox.map((p) => p.clientMsgId === clientMsgId ? {
			...p,
			failed: void 0,
			attempts: 0
		} : p);
		this.#writeOutbox();
		this.flush();
	}
	discard(clientMsgId) {
		this.outbox = this.outbox.filter((p) => p.clientMsgId !== clientMsgId);
		this.#writeOutbox();
	}
	/** Sends queued messages one by one, in order, each with its own clientMsgId until acknowledged. */
	async flush() {
		if (this.#flushing || !this.joined || !this.#socket?.connected) return;
		this.#flushing = true;
		try {
			for (;;) {
				const next = this.outbox.find((p) => !p.failed);
				if (!next || !this.#socket?.connected) return;
				const payload = {
					roomId: this.roomId,
					clientMsgId: next.clientMsgId,
					body: next.body
				};
				if (next.threadRootId) payload.threadRootId = next.threadRootId;
				const result = await this.call("message:send", payload);
				if (result.ok) {
					this.refusal = null;
					this.merge([result.data.message]);
					this.outbox = this.outbox.filter((p) => p.clientMsgId !== next.clientMsgId);
					this.#writeOutbox();
					continue;
				}
				const attempts = next.attempts + 1;
				this.refusal = {
					code: result.code,
					message: result.message,
					at: Date.now()
				};
				if (RETRYABLE.has(result.code)) {
					this.outbox = this.outbox.map((p) => p.clientMsgId === next.clientMsgId ? {
						...p,
						attempts
					} : p);
					this.#writeOutbox();
					this.#scheduleRetry(attempts);
					return;
				}
				this.outbox = this.outbox.map((p) => p.clientMsgId === next.clientMsgId ? {
					...p,
					attempts,
					failed: result.code
				} : p);
				this.#writeOutbox();
			}
		} finally {
			this.#flushing = false;
		}
	}
	async edit(messageId, body) {
		const result = await this.call("message:edit", {
			messageId,
			body
		});
		if (result.ok) this.merge([result.data.message]);
		return result;
	}
	async remove(messageId) {
		return this.call("message:delete", { messageId });
	}
	async react(messageId, emoji, on) {
		return this.call("message:react", {
			messageId,
			emoji,
			on
		});
	}
	/** Tells the server the newest message seen; only ever forward, only when it changes. */
	async markRead(messageId) {
		if (!this.joined || this.#lastReadSent && this.#lastReadSent >= messageId) return;
		const previous = this.#lastReadSent;
		this.#lastReadSent = messageId;
		const result = await this.call("room:read", {
			roomId: this.roomId,
			messageId
		});
		if (result.ok) {
			if (this.room) this.room = {
				...this.room,
				unread: result.data.unread
			};
		} else if (this.#lastReadSent === messageId) this.#lastReadSent = previous;
	}
	/** Typing signal, at most every 3 s while typing; `false` right away. */
	setTyping(typing) {
		const socket = this.#socket;
		if (!socket?.connected || !this.joined) return;
		const now = Date.now();
		if (typing && now - this.#typingSentAt < 3e3) return;
		if (!typing && this.#typingSentAt === 0) return;
		this.#typingSentAt = typing ? now : 0;
		socket.emit("typing", {
			roomId: this.roomId,
			typing
		});
	}
	/** One ack'ed socket call with a timeout; never throws. */
	call(event, payload) {
		const socket = this.#socket;
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
			}, this.#options.timeoutMs);
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
	#scheduleRetry(attempt) {
		if (this.#retryTimer) return;
		this.#retryTimer = setTimeout(() => {
			this.#retryTimer = null;
			this.flush();
		}, this.#options.backoffMs(attempt));
	}
	#setTyping(userId, typing) {
		const timer = this.#typingTimers.get(userId);
		if (timer) clearTimeout(timer);
		this.#typingTimers.delete(userId);
		if (typing) {
			this.#typingTimers.set(userId, setTimeout(() => this.#setTyping(userId, false), this.#options.typingTtlMs));
			if (!this.typing.includes(userId)) this.typing = [...this.typing, userId];
		} else if (this.typing.includes(userId)) this.typing = this.typing.filter((id) => id !== userId);
	}
	/** A pending message whose clientMsgId is already in the view (ack or live echo) is the same message: drop it. */
	#dropAcknowledged() {
		if (this.outbox.length === 0) return;
		const acked = /* @__PURE__ */ new Set();
		for (const m of this.#messages.values()) if (m.author.id === this.userId) acked.add(m.clientMsgId);
		const left = this.outbox.filter((p) => !acked.has(p.clientMsgId));
		if (left.length !== this.outbox.length) {
			this.outbox = left;
			this.#writeOutbox();
		}
	}
	#readOutbox() {
		try {
			const raw = this.#options.storage?.getItem(outboxKey(this.roomId, this.userId));
			const parsed = raw ? JSON.parse(raw) : [];
			return Array.isArray(parsed) ? parsed.filter((p) => typeof p?.clientMsgId === "string" && typeof p?.body === "string") : [];
		} catch {
			return [];
		}
	}
	#writeOutbox() {
		const storage = this.#options.storage;
		if (!storage) return;
		try {
			const key = outboxKey(this.roomId, this.userId);
			if (this.outbox.length === 0) storage.removeItem(key);
			else storage.setItem(key, JSON.stringify(this.outbox));
		} catch {}
	}
};
/** Where the unread divider goes on entry: the first of the last `unread` top-level messages by others. */
function firstUnreadId(timeline, unread, userId) {
	if (!unread || unread <= 0) return null;
	let left = unread;
	for (let i = timeline.length - 1; i >= 0; i--) {
		const m = timeline[i];
		if (m.author.id === userId || m.deleted) continue;
		left -= 1;
		if (left === 0) return m.id;
	}
	return timeline.find((m) => m.author.id !== userId && !m.deleted)?.id ?? null;
}
// src/lib/components/room/Composer.svelte
function Composer($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		/** Where the draft survives a reload (sessionStorage key). */
		let { id, label, draftKey, disabled = false, onSend, onTyping } = $$props;
		let text = "";
		function focus() {}
		$$renderer.push(`<form class="composer svelte-ddjxbe"><label class="visually-hidden"${attr("for", id)}>${escape_html(label)}</label> <textarea${attr("id", id)} rows="2"${attr("maxlength", MESSAGE_MAX_LENGTH)}${attr("placeholder", label)}${attr("aria-describedby", `${stringify(id)}-hint`)} data-testid="composer-input" class="svelte-ddjxbe">`);
		const $$body = escape_html(text);
		if ($$body) $$renderer.push(`${$$body}`);
		$$renderer.push(`</textarea> <button class="button" type="submit"${attr("disabled", disabled || !text.trim(), true)} data-testid="composer-send">${escape_html(room_send())}</button> <p class="hint svelte-ddjxbe"${attr("id", `${stringify(id)}-hint`)}>${escape_html(room_composer_hint())}</p></form>`);
		bind_props($$props, { focus });
	});
}
// src/lib/components/room/Message.svelte
function Message($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		const REACTIONS = [
			"👍",
			"❤️",
			"👏",
			"💡",
			"❓"
		];
		const EDIT_WINDOW_MS = 9e5;
		/** Hides the "reply in thread" button (inside the thread panel). */
		/** Extra menu entries (report; moderators: hide, pin, mute, history). */
		let { message, html: html$1, meId, canModerate, inThread = false, connected, names, onReact, onEdit, onDelete, onThread, tools } = $$props;
		const locale = getLocale();
		const mine = derived(() => message.author.id === meId);
		const canEdit = derived(() => mine() && !message.deleted && !message.hidden && Date.now() - Date.parse(message.createdAt) < EDIT_WINDOW_MS);
		const canDelete = derived(() => !message.deleted && (mine() || canModerate));
		const time = derived(() => {
			const at = new Date(message.createdAt);
			return (/* @__PURE__ */ new Date()).toDateString() === at.toDateString() ? at.toLocaleTimeString(locale, {
				hour: "2-digit",
				minute: "2-digit"
			}) : at.toLocaleString(locale, {
				day: "numeric",
				month: "short",
				hour: "2-digit",
				minute: "2-digit"
			});
		});
		function reacted(emoji) {
			return message.reactions.find((r) => r.emoji === emoji)?.userIds.includes(meId) ?? false;
		}
		function reactors(userIds) {
			return userIds.map(names).join(", ");
		}
		$$renderer.push(`<article${attr_class("message svelte-nz7p79", void 0, { "mine": mine() })} data-testid="message"${attr("data-message-id", message.id)}${attr("aria-labelledby", `author-${stringify(message.id)}`)}><header class="svelte-nz7p79"><span class="author svelte-nz7p79"${attr("id", `author-${stringify(message.id)}`)}>${escape_html(message.author.displayName)}</span> <span class="meta svelte-nz7p79"><abbr${attr("title", countryName(message.author.country, locale))} class="svelte-nz7p79">${escape_html(message.author.country)}</abbr> · <time${attr("datetime", message.createdAt)}>${escape_html(time())}</time> `);
		if (message.editedAt && !message.deleted) $$renderer.push(`<!--[0--><span class="edited" data-testid="edited">· ${escape_html(room_edited())}</span>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></span></header> `);
		if (message.deleted) $$renderer.push(`<!--[0--><p class="deleted svelte-nz7p79" data-testid="message-deleted">${escape_html(room_message_deleted())}</p>`);
		else if (message.hidden) $$renderer.push(`<!--[1--><p class="deleted svelte-nz7p79" data-testid="message-hidden">${escape_html(mod_hidden_notice({ reason: reasonLabel(message.hiddenReason) }))}</p>`);
		else $$renderer.push(`<!--[-1--><div class="body svelte-nz7p79" data-testid="message-body">${html(html$1)}</div>`);
		$$renderer.push(`<!--]--> `);
		if (!message.deleted) {
			$$renderer.push(`<!--[0--><div class="footer svelte-nz7p79">`);
			if (message.reactions.length) {
				$$renderer.push(`<!--[0--><ul class="reactions svelte-nz7p79"${attr("aria-label", room_reactions())}><!--[-->`);
				const each_array = ensure_array_like(message.reactions);
				for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
					let reaction = each_array[$$index];
					const on = reaction.userIds.includes(meId);
					$$renderer.push(`<li><button type="button"${attr_class("chip svelte-nz7p79", void 0, { "on": on })}${attr("aria-pressed", on)}${attr("title", reactors(reaction.userIds))}${attr("aria-label", room_reaction_label({
						emoji: reaction.emoji,
						count: reaction.count
					}))}${attr("disabled", !connected, true)}>${escape_html(reaction.emoji)} ${escape_html(reaction.count)}</button></li>`);
				}
				$$renderer.push(`<!--]--></ul>`);
			} else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> <details class="actions svelte-nz7p79"><summary${attr("aria-label", room_actions_for({ name: message.author.displayName }))} class="svelte-nz7p79">⋯</summary> <div class="menu svelte-nz7p79"><div class="emoji svelte-nz7p79" role="group"${attr("aria-label", room_react())}><!--[-->`);
			const each_array_1 = ensure_array_like(REACTIONS);
			for (let $$index_1 = 0, $$length = each_array_1.length; $$index_1 < $$length; $$index_1++) {
				let emoji = each_array_1[$$index_1];
				$$renderer.push(`<button type="button" class="chip svelte-nz7p79"${attr("aria-pressed", reacted(emoji))}${attr("aria-label", room_react_with({ emoji }))}${attr("disabled", !connected, true)}>${escape_html(emoji)}</button>`);
			}
			$$renderer.push(`<!--]--></div> `);
			if (canEdit()) $$renderer.push(`<!--[0--><button type="button" class="link svelte-nz7p79"${attr("disabled", !connected, true)}>${escape_html(room_edit())}</button>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> `);
			if (canDelete()) $$renderer.push(`<!--[0--><button type="button" class="link danger svelte-nz7p79"${attr("disabled", !connected, true)}>${escape_html(room_delete())}</button>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> `);
			tools?.($$renderer, message);
			$$renderer.push(`<!----></div></details> `);
			if (!inThread && onThread) $$renderer.push(`<!--[0--><button type="button" class="link thread svelte-nz7p79" data-testid="open-thread">${escape_html(message.replyCount ? room_replies({ count: message.replyCount }) : room_reply())}</button>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--></div>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></article>`);
	});
}
// src/lib/components/room/PendingMessage.svelte
function PendingMessage($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { pending, authorName, onRetry, onDiscard } = $$props;
		$$renderer.push(`<article class="message pending svelte-10p2u0a" data-testid="pending-message"${attr("data-client-msg-id", pending.clientMsgId)}><header class="svelte-10p2u0a"><span class="author svelte-10p2u0a">${escape_html(authorName)}</span> `);
		if (pending.failed) $$renderer.push(`<!--[0--><span class="state failed svelte-10p2u0a" role="status">${escape_html(room_not_sent({ reason: errorLabel(pending.failed) }))}</span>`);
		else $$renderer.push(`<!--[-1--><span class="state svelte-10p2u0a">${escape_html(room_sending())}</span>`);
		$$renderer.push(`<!--]--></header> <p class="body svelte-10p2u0a">${escape_html(pending.body)}</p> `);
		if (pending.failed) $$renderer.push(`<!--[0--><div class="row svelte-10p2u0a"><button type="button" class="link svelte-10p2u0a">${escape_html(room_retry())}</button> <button type="button" class="link danger svelte-10p2u0a">${escape_html(room_discard())}</button></div>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></article>`);
	});
}
// src/lib/components/room/ThreadPanel.svelte
function ThreadPanel($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { $$slots, $$events, ...p } = $$props;
		$$renderer.push(`<aside class="thread svelte-to9jfu" aria-labelledby="thread-title" data-testid="thread-panel"><header class="svelte-to9jfu"><h2 id="thread-title" tabindex="-1" class="svelte-to9jfu">${escape_html(room_thread_title())}</h2> <button type="button" class="button button-secondary close svelte-to9jfu">${escape_html(room_thread_close())}</button></header> <div class="scroll svelte-to9jfu">`);
		Message($$renderer, {
			message: p.root,
			html: p.html(p.root),
			meId: p.meId,
			canModerate: p.canModerate,
			connected: p.connected,
			names: p.names,
			inThread: true,
			onReact: p.onReact,
			onEdit: p.onEdit,
			onDelete: p.onDelete,
			tools: p.tools
		});
		$$renderer.push(`<!----> <p class="count svelte-to9jfu">${escape_html(room_replies({ count: p.loading ? p.root.replyCount : p.replies.filter((r) => !r.deleted).length }))}</p> `);
		if (p.loading) $$renderer.push(`<!--[0--><p class="muted" role="status">${escape_html(room_loading())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (p.failed) $$renderer.push(`<!--[0--><p class="muted" role="status">${escape_html(room_history_failed())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <ol class="list svelte-to9jfu"><!--[-->`);
		const each_array = ensure_array_like(p.replies);
		for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
			let reply = each_array[$$index];
			$$renderer.push(`<li>`);
			Message($$renderer, {
				message: reply,
				html: p.html(reply),
				meId: p.meId,
				canModerate: p.canModerate,
				connected: p.connected,
				names: p.names,
				inThread: true,
				onReact: p.onReact,
				onEdit: p.onEdit,
				onDelete: p.onDelete,
				tools: p.tools
			});
			$$renderer.push(`<!----></li>`);
		}
		$$renderer.push(`<!--]--> <!--[-->`);
		const each_array_1 = ensure_array_like(p.pending);
		for (let $$index_1 = 0, $$length = each_array_1.length; $$index_1 < $$length; $$index_1++) {
			let item = each_array_1[$$index_1];
			$$renderer.push(`<li>`);
			PendingMessage($$renderer, {
				pending: item,
				authorName: p.meName,
				onRetry: p.onRetry,
				onDiscard: p.onDiscard
			});
			$$renderer.push(`<!----></li>`);
		}
		$$renderer.push(`<!--]--></ol></div> `);
		if (!p.root.deleted) {
			$$renderer.push("<!--[0-->");
			Composer($$renderer, {
				id: "thread-composer",
				label: room_thread_composer_label(),
				draftKey: `ta_room_draft:${stringify(p.roomId)}:${stringify(p.root.id)}`,
				disabled: p.composerDisabled,
				onSend: p.onSend
			});
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></aside>`);
	});
}
// src/lib/components/moderation/RoomModBar.svelte
function RoomModBar($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		/** A held message by id (pinned ones may be older than the loaded page). */
		let { room, canModerate, find, call, describe, onUnpin } = $$props;
		let problem = null;
		let busy = false;
		const pinned = derived(() => room.pinnedMessageIds.map((id) => ({
			id,
			message: find(id)
		})));
		async function setSlowMode(event) {
			const seconds = Number(event.currentTarget.value);
			busy = true;
			const result = await call("moderation:slowmode", {
				roomId: room.id,
				seconds
			});
			busy = false;
			problem = result.ok ? null : describe(result.code);
		}
		function preview(message) {
			if (!message) return mod_pinned_not_loaded();
			if (message.hidden) return mod_hidden_notice({ reason: reasonLabel(message.hiddenReason) });
			if (message.deleted) return room_message_deleted();
			const text = message.body.replace(/\s+/g, " ").trim();
			return text.length > 160 ? `${text.slice(0, 157)}…` : text;
		}
		$$renderer.push(`<div class="modbar svelte-oou1nr" data-testid="room-modbar">`);
		if (room.locked || room.slowModeSeconds > 0) {
			$$renderer.push(`<!--[0--><ul class="states svelte-oou1nr"${attr("aria-label", mod_room_state())}>`);
			if (room.locked) $$renderer.push(`<!--[0--><li class="state locked svelte-oou1nr" data-testid="room-locked">🔒 ${escape_html(mod_room_locked_all())}</li>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> `);
			if (room.slowModeSeconds > 0) $$renderer.push(`<!--[0--><li class="state slow svelte-oou1nr" data-testid="room-slowmode">🐢 ${escape_html(mod_slowmode_on({ seconds: room.slowModeSeconds }))}</li>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--></ul>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (pinned().length > 0) {
			$$renderer.push(`<!--[0--><section class="pinned svelte-oou1nr" aria-labelledby="pinned-title" data-testid="pinned"><h2 id="pinned-title" class="svelte-oou1nr">📌 ${escape_html(mod_pinned_title({ count: pinned().length }))}</h2> <ul class="svelte-oou1nr"><!--[-->`);
			const each_array = ensure_array_like(pinned());
			for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
				let item = each_array[$$index];
				$$renderer.push(`<li>`);
				if (item.message) $$renderer.push(`<!--[0--><strong>${escape_html(item.message.author.displayName)}:</strong>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--> <span>${escape_html(preview(item.message))}</span> <span class="pin-actions svelte-oou1nr">`);
				if (item.message) $$renderer.push(`<!--[0--><button type="button" class="link svelte-oou1nr">${escape_html(mod_jump())}</button>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--> `);
				if (canModerate && item.message && onUnpin) $$renderer.push(`<!--[0--><button type="button" class="link svelte-oou1nr">${escape_html(mod_unpin())}</button>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--></span></li>`);
			}
			$$renderer.push(`<!--]--></ul></section>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (canModerate) {
			$$renderer.push(`<!--[0--><details class="controls svelte-oou1nr" data-testid="room-controls"><summary class="svelte-oou1nr">${escape_html(mod_room_controls())}</summary> <div class="control-row svelte-oou1nr"><button type="button" class="button button-secondary small svelte-oou1nr"${attr("disabled", busy, true)}${attr("aria-pressed", room.locked)} data-testid="toggle-lock">${escape_html(room.locked ? mod_unlock_room() : mod_lock_room())}</button> <label class="slow svelte-oou1nr"><span>${escape_html(mod_slowmode_label())}</span> `);
			$$renderer.select({
				value: room.slowModeSeconds,
				disabled: busy,
				onchange: setSlowMode,
				"data-testid": "slowmode-select",
				class: ""
			}, ($$renderer) => {
				$$renderer.push(`<!--[-->`);
				const each_array_1 = ensure_array_like(SLOW_MODE_SECONDS);
				for (let $$index_1 = 0, $$length = each_array_1.length; $$index_1 < $$length; $$index_1++) {
					let seconds = each_array_1[$$index_1];
					$$renderer.option({ value: seconds }, ($$renderer) => {
						$$renderer.push(`${escape_html(seconds === 0 ? mod_slowmode_off() : mod_slowmode_option({ seconds }))}`);
					});
				}
				$$renderer.push(`<!--]-->`);
				if (!SLOW_MODE_SECONDS.includes(room.slowModeSeconds)) {
					$$renderer.push("<!--[0-->");
					$$renderer.option({ value: room.slowModeSeconds }, ($$renderer) => {
						$$renderer.push(`${escape_html(mod_slowmode_option({ seconds: room.slowModeSeconds }))}`);
					});
				} else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]-->`);
			}, "svelte-oou1nr");
			$$renderer.push(`</label> <a class="link svelte-oou1nr"${attr("href", `/moderation/${stringify(room.cohortId)}?room=${stringify(room.id)}`)}>${escape_html(mod_console_link())}</a></div> `);
			if (problem) $$renderer.push(`<!--[0--><p class="error svelte-oou1nr" role="alert">${escape_html(problem)}</p>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--></details>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></div>`);
	});
}
// src/lib/components/moderation/ModDialog.svelte
function ModDialog($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { open = void 0, title, id, children, onclose } = $$props;
		$$renderer.push(`<dialog class="mod-dialog svelte-111o5l"${attr("aria-labelledby", `${stringify(id)}-title`)}${attr("data-testid", id)}><div class="head svelte-111o5l"><h2${attr("id", `${stringify(id)}-title`)} class="svelte-111o5l">${escape_html(title)}</h2> <button type="button" class="close svelte-111o5l"${attr("aria-label", mod_close())}>✕</button></div> `);
		children($$renderer);
		$$renderer.push(`<!----></dialog>`);
		bind_props($$props, { open });
	});
}
// src/lib/components/moderation/RoomModeration.svelte
function RoomModeration($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		/** A short sentence for a refused call. */
		let { cohortId, call, describe } = $$props;
		const locale = getLocale();
		let status = "";
		let target = null;
		let busy = false;
		let problem = null;
		let reportOpen = false;
		let reportReason = "";
		let reportNote = "";
		const noteRequired = derived(() => reportReason === "other");
		function report(message) {
			target = message;
			reportReason = "";
			reportNote = "";
			problem = null;
			reportOpen = true;
		}
		let hideOpen = false;
		let hideReason = "inappropriate";
		function hide(message) {
			target = message;
			hideReason = "inappropriate";
			problem = null;
			hideOpen = true;
		}
		async function unhide(message) {
			const result = await call("moderation:hide", {
				messageId: message.id,
				reason: message.hiddenReason ?? "other",
				hidden: false
			});
			status = result.ok ? mod_unhidden_done() : describe(result.code);
		}
		async function pin(message, pinned) {
			const result = await call("moderation:pin", {
				messageId: message.id,
				pinned
			});
			status = result.ok ? pinned ? mod_pinned_done() : mod_unpinned_done() : describe(result.code);
		}
		let muteOpen = false;
		let muteKind = "mute";
		let muteMinutes = 30;
		let muteReason = "";
		function mute(message) {
			target = message;
			muteKind = "mute";
			muteMinutes = 30;
			muteReason = "";
			problem = null;
			muteOpen = true;
		}
		let historyOpen = false;
		let history = null;
		async function showHistory(message) {
			target = message;
			history = null;
			problem = null;
			historyOpen = true;
			try {
				const response = await fetch(`/moderation/history/${message.id}`, { headers: { accept: "application/json" } });
				const body = await response.json();
				if (!response.ok) problem = describe(body?.error?.code ?? "UNKNOWN");
				else history = body;
			} catch {
				problem = describe("OFFLINE");
			}
		}
		function when(at) {
			return new Date(at).toLocaleString(locale, {
				day: "numeric",
				month: "short",
				hour: "2-digit",
				minute: "2-digit"
			});
		}
		let $$settled = true;
		let $$inner_renderer;
		function $$render_inner($$renderer) {
			$$renderer.push(`<div class="visually-hidden" role="status" aria-live="polite" data-testid="mod-status">${escape_html(status)}</div> `);
			ModDialog($$renderer, {
				id: "report-dialog",
				title: mod_report_title(),
				get open() {
					return reportOpen;
				},
				set open($$value) {
					reportOpen = $$value;
					$$settled = false;
				},
				children: ($$renderer) => {
					$$renderer.push(`<form class="stack svelte-1esr6gu">`);
					if (target) $$renderer.push(`<!--[0--><p class="quote svelte-1esr6gu">${escape_html(mod_report_about({ name: target.author.displayName }))}</p>`);
					else $$renderer.push("<!--[-1-->");
					$$renderer.push(`<!--]--> <fieldset class="svelte-1esr6gu"><legend class="svelte-1esr6gu">${escape_html(mod_reason_legend())}</legend> <!--[-->`);
					const each_array = ensure_array_like(FLAG_REASONS);
					for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
						let reason = each_array[$$index];
						$$renderer.push(`<label class="choice svelte-1esr6gu"><input type="radio" name="reason"${attr("value", reason)}${attr("checked", reportReason === reason, true)}/> ${escape_html(reasonLabel(reason))}</label>`);
					}
					$$renderer.push(`<!--]--></fieldset> <label for="report-note">${escape_html(noteRequired() ? mod_note_required_label() : mod_note_label())}</label> <textarea id="report-note" rows="3" maxlength="2000"${attr("required", noteRequired(), true)}>`);
					const $$body = escape_html(reportNote);
					if ($$body) $$renderer.push(`${$$body}`);
					$$renderer.push(`</textarea> `);
					if (reportReason === "safeguarding") $$renderer.push(`<!--[0--><p class="hint svelte-1esr6gu">${escape_html(mod_report_safeguarding_hint())}</p>`);
					else $$renderer.push("<!--[-1-->");
					$$renderer.push(`<!--]--> `);
					if (problem) $$renderer.push(`<!--[0--><p class="error svelte-1esr6gu" role="alert">${escape_html(problem)}</p>`);
					else $$renderer.push("<!--[-1-->");
					$$renderer.push(`<!--]--> <div class="row svelte-1esr6gu"><button class="button" type="submit"${attr("disabled", busy, true)}>${escape_html(mod_report_send())}</button> <button class="button button-secondary" type="button">${escape_html(room_cancel())}</button></div></form>`);
				},
				$$slots: { default: true }
			});
			$$renderer.push(`<!----> `);
			ModDialog($$renderer, {
				id: "hide-dialog",
				title: mod_hide_title(),
				get open() {
					return hideOpen;
				},
				set open($$value) {
					hideOpen = $$value;
					$$settled = false;
				},
				children: ($$renderer) => {
					$$renderer.push(`<form class="stack svelte-1esr6gu">`);
					if (target) $$renderer.push(`<!--[0--><p class="quote svelte-1esr6gu">${escape_html(mod_hide_about({ name: target.author.displayName }))}</p>`);
					else $$renderer.push("<!--[-1-->");
					$$renderer.push(`<!--]--> <label for="hide-reason">${escape_html(mod_reason_legend())}</label> `);
					$$renderer.select({
						id: "hide-reason",
						value: hideReason
					}, ($$renderer) => {
						$$renderer.push(`<!--[-->`);
						const each_array_1 = ensure_array_like(FLAG_REASONS);
						for (let $$index_1 = 0, $$length = each_array_1.length; $$index_1 < $$length; $$index_1++) {
							let reason = each_array_1[$$index_1];
							$$renderer.option({ value: reason }, ($$renderer) => {
								$$renderer.push(`${escape_html(reasonLabel(reason))}`);
							});
						}
						$$renderer.push(`<!--]-->`);
					});
					$$renderer.push(` <p class="hint svelte-1esr6gu">${escape_html(mod_hide_hint())}</p> `);
					if (problem) $$renderer.push(`<!--[0--><p class="error svelte-1esr6gu" role="alert">${escape_html(problem)}</p>`);
					else $$renderer.push("<!--[-1-->");
					$$renderer.push(`<!--]--> <div class="row svelte-1esr6gu"><button class="button" type="submit"${attr("disabled", busy, true)}>${escape_html(mod_hide())}</button> <button class="button button-secondary" type="button">${escape_html(room_cancel())}</button></div></form>`);
				},
				$$slots: { default: true }
			});
			$$renderer.push(`<!----> `);
			ModDialog($$renderer, {
				id: "mute-dialog",
				title: target ? mod_mute_title({ name: target.author.displayName }) : "",
				get open() {
					return muteOpen;
				},
				set open($$value) {
					muteOpen = $$value;
					$$settled = false;
				},
				children: ($$renderer) => {
					$$renderer.push(`<form class="stack svelte-1esr6gu"><fieldset class="svelte-1esr6gu"><legend class="svelte-1esr6gu">${escape_html(mod_sanction_kind())}</legend> <label class="choice svelte-1esr6gu"><input type="radio" name="kind" value="mute"${attr("checked", muteKind === "mute", true)}/> ${escape_html(mod_kind_mute())}</label> <label class="choice svelte-1esr6gu"><input type="radio" name="kind" value="ban"${attr("checked", muteKind === "ban", true)}/> ${escape_html(mod_kind_ban())}</label></fieldset> <label for="mute-minutes">${escape_html(mod_duration())}</label> `);
					$$renderer.select({
						id: "mute-minutes",
						value: muteMinutes
					}, ($$renderer) => {
						$$renderer.push(`<!--[-->`);
						const each_array_2 = ensure_array_like(SANCTION_MINUTES);
						for (let $$index_2 = 0, $$length = each_array_2.length; $$index_2 < $$length; $$index_2++) {
							let minutes = each_array_2[$$index_2];
							$$renderer.option({ value: minutes }, ($$renderer) => {
								$$renderer.push(`${escape_html(durationLabel(minutes))}`);
							});
						}
						$$renderer.push(`<!--]-->`);
					});
					$$renderer.push(` <label for="mute-reason">${escape_html(mod_sanction_reason())}</label> <input id="mute-reason" type="text" maxlength="500"${attr("value", muteReason)} required=""/> `);
					if (problem) $$renderer.push(`<!--[0--><p class="error svelte-1esr6gu" role="alert">${escape_html(problem)}</p>`);
					else $$renderer.push("<!--[-1-->");
					$$renderer.push(`<!--]--> <div class="row svelte-1esr6gu"><button class="button" type="submit"${attr("disabled", busy, true)}>${escape_html(mod_sanction_apply())}</button> <button class="button button-secondary" type="button">${escape_html(room_cancel())}</button></div></form>`);
				},
				$$slots: { default: true }
			});
			$$renderer.push(`<!----> `);
			ModDialog($$renderer, {
				id: "history-dialog",
				title: mod_history_title(),
				get open() {
					return historyOpen;
				},
				set open($$value) {
					historyOpen = $$value;
					$$settled = false;
				},
				children: ($$renderer) => {
					if (problem) $$renderer.push(`<!--[0--><p class="error svelte-1esr6gu" role="alert">${escape_html(problem)}</p>`);
					else if (!history) $$renderer.push(`<!--[1--><p class="muted">${escape_html(room_loading())}</p>`);
					else {
						$$renderer.push("<!--[-1-->");
						if (history.hidden) $$renderer.push(`<!--[0--><p class="hint svelte-1esr6gu">${escape_html(mod_hidden_notice({ reason: reasonLabel(history.hidden.reason) }))} · ${escape_html(when(history.hidden.at))}</p>`);
						else $$renderer.push("<!--[-1-->");
						$$renderer.push(`<!--]--> <ol class="versions svelte-1esr6gu"><!--[-->`);
						const each_array_3 = ensure_array_like(history.versions);
						for (let i = 0, $$length = each_array_3.length; i < $$length; i++) {
							let version = each_array_3[i];
							$$renderer.push(`<li class="svelte-1esr6gu"><p class="meta svelte-1esr6gu">${escape_html(when(version.at))}${escape_html(version.current ? ` · ${mod_history_current()}` : "")}</p> <p class="body svelte-1esr6gu">${escape_html(version.body || "—")}</p></li>`);
						}
						$$renderer.push(`<!--]--></ol>`);
					}
					$$renderer.push(`<!--]-->`);
				},
				$$slots: { default: true }
			});
			$$renderer.push(`<!---->`);
		}
		do {
			$$settled = true;
			$$inner_renderer = $$renderer.copy();
			$$render_inner($$inner_renderer);
		} while (!$$settled);
		$$renderer.subsume($$inner_renderer);
		bind_props($$props, {
			report,
			hide,
			unhide,
			pin,
			mute,
			showHistory
		});
	});
}
// src/lib/components/room/RoomPage.svelte
function RoomPage($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { $$slots, $$events, ...data } = $$props;
		const realtime = getRealtime();
		const live = run(() => new RoomState({
			roomId: data.room.id,
			userId: data.me.id,
			room: data.room,
			initial: data.messages,
			storage: typeof localStorage === "undefined" ? null : localStorage
		}));
		const initialUnread = run(() => data.room.unread);
		const dividerId = firstUnreadId(live.timeline, initialUnread, run(() => data.me.id));
		const memberNames = derived(() => new Map(data.members.map((p) => [p.userId, p.displayName])));
		function nameOf(userId) {
			if (userId === data.me.id) return data.me.displayName;
			return memberNames().get(userId) ?? live.all.find((msg) => msg.author.id === userId)?.author.displayName ?? room_someone();
		}
		const htmlCache = /* @__PURE__ */ new Map();
		function htmlOf(message) {
			const server = data.rendered[message.id];
			if (server && server.body === message.body) return server.html;
			const cached = htmlCache.get(message.id);
			if (cached && cached.body === message.body) return cached.html;
			const html = renderRoomMarkdown(message.body);
			htmlCache.set(message.id, {
				body: message.body,
				html
			});
			return html;
		}
		const connection = derived(() => {
			if (realtime.status === "connected" && live.joined) return "connected";
			return "reconnecting";
		});
		const connected = derived(() => connection() === "connected");
		const queued = derived(() => live.outbox.filter((p) => !p.failed).length);
		const locked = derived(() => Boolean(live.room?.locked) && !data.canModerate);
		let olderCursor = run(() => data.olderCursor);
		let loadingOlder = false;
		async function fetchPage(query) {
			try {
				const response = await fetch(`/rooms/${data.room.id}/messages?${new URLSearchParams(query)}`, { headers: { accept: "application/json" } });
				if (!response.ok) return null;
				return await response.json();
			} catch {
				return null;
			}
		}
		let announcement = "";
		run(() => live.timeline.at(-1)?.id ?? "");
		let actionError = null;
		function send(body, threadRootId) {
			actionError = null;
			live.send(body, threadRootId);
		}
		async function react(message, emoji, on) {
			const result = await live.react(message.id, emoji, on);
			actionError = result.ok ? null : errorLabel(result.code);
		}
		async function edit(message, body) {
			const result = await live.edit(message.id, body);
			actionError = result.ok ? null : errorLabel(result.code);
			return result.ok;
		}
		async function remove(message) {
			if (!window.confirm(room_delete_confirm())) return;
			const result = await live.remove(message.id);
			actionError = result.ok ? null : errorLabel(result.code);
		}
		let threadRootId = null;
		let threadLoading = false;
		let threadFailed = false;
		const threadRoot = derived(() => threadRootId ? live.get(threadRootId) : void 0);
		let threadOpener = null;
		async function openThread(message) {
			threadOpener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
			threadRootId = message.id;
			threadLoading = true;
			threadFailed = false;
			const page = await fetchPage({
				threadRootId: message.id,
				limit: "100"
			});
			threadLoading = false;
			if (page) live.merge(page.items);
			else threadFailed = true;
		}
		function closeThread() {
			threadRootId = null;
			threadOpener?.focus();
		}
		const typingText = derived(() => {
			const names = live.typing.map(nameOf);
			if (names.length === 0) return "";
			if (names.length === 1) return room_typing_one({ name: names[0] });
			if (names.length === 2) return room_typing_two({
				first: names[0],
				second: names[1]
			});
			return room_typing_many({ count: names.length });
		});
		const onlineNames = derived(() => live.online.map(nameOf).sort((a, b) => a.localeCompare(b)));
		const modCall = (event, payload) => live.call(event, payload);
		const refusalText = derived(() => {
			const r = live.refusal;
			if (!r) return "";
			if (r.code === "SLOW_MODE") {
				const wait = slowModeWait(r.message);
				return wait ? mod_slowmode_wait({ seconds: wait }) : mod_error_slow_mode();
			}
			if (r.code === "MUTED" || r.code === "ROOM_LOCKED") return errorLabel(r.code);
			return "";
		});
		function messageTools($$renderer, message) {
			if (message.author.id !== data.me.id && !message.deleted && !message.hidden) $$renderer.push(`<!--[0--><button type="button" class="mod-link svelte-xc491w" data-testid="report-message">${escape_html(mod_report())}</button>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> `);
			if (data.canModerate && !message.deleted) {
				$$renderer.push("<!--[0-->");
				if (message.hidden) $$renderer.push(`<!--[0--><button type="button" class="mod-link svelte-xc491w" data-testid="unhide-message"${attr("disabled", !connected(), true)}>${escape_html(mod_unhide())}</button>`);
				else $$renderer.push(`<!--[-1--><button type="button" class="mod-link svelte-xc491w" data-testid="hide-message"${attr("disabled", !connected(), true)}>${escape_html(mod_hide_ellipsis())}</button>`);
				$$renderer.push(`<!--]--> `);
				if (!message.threadRootId) {
					$$renderer.push("<!--[0-->");
					const isPinned = Boolean(live.room?.pinnedMessageIds.includes(message.id));
					$$renderer.push(`<button type="button" class="mod-link svelte-xc491w" data-testid="pin-message"${attr("disabled", !connected(), true)}>${escape_html(isPinned ? mod_unpin() : mod_pin())}</button>`);
				} else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--> `);
				if (message.author.id !== data.me.id) $$renderer.push(`<!--[0--><button type="button" class="mod-link svelte-xc491w" data-testid="mute-author"${attr("disabled", !connected(), true)}>${escape_html(mod_mute_author({ name: message.author.displayName }))}</button>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--> `);
				if (message.editedAt || message.hidden) $$renderer.push(`<!--[0--><button type="button" class="mod-link svelte-xc491w" data-testid="message-history">${escape_html(mod_history())}</button>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]-->`);
			} else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]-->`);
		}
		$$renderer.push(`<div${attr_class("room svelte-xc491w", void 0, { "with-thread": Boolean(threadRoot()) })}><header class="room-header"><nav class="crumbs svelte-xc491w"${attr("aria-label", breadcrumb_label())}><a${attr("href", `/cohorts/${stringify(data.room.cohortId)}/rooms`)} class="svelte-xc491w">${escape_html(data.cohortName ? room_back_to({ cohort: data.cohortName }) : room_back())}</a></nav> <div class="title-row svelte-xc491w"><h1 class="svelte-xc491w">${escape_html(live.room?.name ?? data.room.name)}</h1> <p${attr_class(`connection ${stringify(connection())}`, "svelte-xc491w")} role="status" data-testid="connection-state"${attr("data-state", connection())}><span class="dot svelte-xc491w" aria-hidden="true"></span> `);
		if (connection() === "connected") $$renderer.push(`<!--[0-->${escape_html(room_connected())}`);
		else if (connection() === "reconnecting") $$renderer.push(`<!--[1-->${escape_html(room_reconnecting())}`);
		else $$renderer.push(`<!--[-1-->${escape_html(room_offline())}`);
		$$renderer.push(`<!--]--> `);
		if (queued() > 0) $$renderer.push(`<!--[0--><span class="queued">· ${escape_html(room_queued({ count: queued() }))}</span>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></p></div> `);
		if (live.room?.topic) $$renderer.push(`<!--[0--><p class="topic svelte-xc491w">${escape_html(live.room.topic)}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <details class="presence svelte-xc491w" data-testid="presence"><summary class="svelte-xc491w">${escape_html(room_online({ count: live.online.length }))}</summary> <ul class="svelte-xc491w"><!--[-->`);
		const each_array = ensure_array_like(onlineNames());
		for (let i = 0, $$length = each_array.length; i < $$length; i++) {
			let name = each_array[i];
			$$renderer.push(`<li>${escape_html(name)}</li>`);
		}
		$$renderer.push(`<!--]--></ul></details> `);
		RoomModBar($$renderer, {
			room: live.room ?? data.room,
			canModerate: data.canModerate,
			find: (id) => live.get(id),
			call: modCall,
			describe: errorLabel,
			onUnpin: (msg) => void 0
		});
		$$renderer.push(`<!----></header> <div class="panes svelte-xc491w"><section class="timeline svelte-xc491w" aria-labelledby="timeline-title"><h2 id="timeline-title" class="visually-hidden">${escape_html(room_messages())}</h2> <div class="scroller svelte-xc491w" data-testid="message-scroller"><div class="sentinel svelte-xc491w"></div> `);
		if (olderCursor) {
			$$renderer.push(`<!--[0--><div class="older svelte-xc491w"><button type="button" class="button button-secondary small svelte-xc491w"${attr("disabled", loadingOlder, true)} data-testid="load-older">${escape_html(room_load_older())}</button> `);
			$$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--></div>`);
		} else if (live.timeline.length > 0) $$renderer.push(`<!--[1--><p class="start muted svelte-xc491w">${escape_html(room_start())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (data.historyFailed) $$renderer.push(`<!--[0--><p class="muted">${escape_html(room_history_failed())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <ol class="list svelte-xc491w" data-testid="message-list">`);
		const each_array_1 = ensure_array_like(live.timeline);
		if (each_array_1.length !== 0) {
			$$renderer.push("<!--[-->");
			for (let $$index_1 = 0, $$length = each_array_1.length; $$index_1 < $$length; $$index_1++) {
				let message = each_array_1[$$index_1];
				if (message.id === dividerId) $$renderer.push(`<!--[0--><li class="divider svelte-xc491w" data-testid="unread-divider"><span>${escape_html(room_new_messages())}</span></li>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--> <li>`);
				Message($$renderer, {
					message,
					html: htmlOf(message),
					meId: data.me.id,
					canModerate: data.canModerate,
					connected: connected(),
					names: nameOf,
					onReact: react,
					onEdit: edit,
					onDelete: remove,
					onThread: openThread,
					tools: messageTools
				});
				$$renderer.push(`<!----></li>`);
			}
		} else {
			$$renderer.push("<!--[!-->");
			if (live.pending.length === 0) $$renderer.push(`<!--[0--><li class="empty muted svelte-xc491w">${escape_html(room_empty())}</li>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]-->`);
		}
		$$renderer.push(`<!--]--> <!--[-->`);
		const each_array_2 = ensure_array_like(live.pending);
		for (let $$index_2 = 0, $$length = each_array_2.length; $$index_2 < $$length; $$index_2++) {
			let pending = each_array_2[$$index_2];
			$$renderer.push(`<li>`);
			PendingMessage($$renderer, {
				pending,
				authorName: data.me.displayName,
				onRetry: (id) => live.retry(id),
				onDiscard: (id) => live.discard(id)
			});
			$$renderer.push(`<!----></li>`);
		}
		$$renderer.push(`<!--]--></ol> <div class="sentinel svelte-xc491w"></div></div> <p class="typing svelte-xc491w" aria-live="off" data-testid="typing">${escape_html(typingText())}</p> `);
		if (actionError) $$renderer.push(`<!--[0--><p class="error svelte-xc491w" role="alert">${escape_html(actionError)}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (refusalText()) $$renderer.push(`<!--[0--><p class="error svelte-xc491w" role="alert" data-testid="send-refused">${escape_html(refusalText())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (locked()) $$renderer.push(`<!--[0--><p class="muted">${escape_html(room_locked_notice())}</p>`);
		else {
			$$renderer.push("<!--[-1-->");
			Composer($$renderer, {
				id: "room-composer",
				label: room_composer_label({ room: data.room.name }),
				draftKey: `ta_room_draft:${stringify(data.room.id)}`,
				onSend: (body) => send(body),
				onTyping: (t) => live.setTyping(t)
			});
		}
		$$renderer.push(`<!--]--></section> `);
		if (threadRoot()) {
			$$renderer.push("<!--[0-->");
			ThreadPanel($$renderer, {
				root: threadRoot(),
				replies: live.replies(threadRoot().id),
				pending: live.pendingReplies(threadRoot().id),
				loading: threadLoading,
				failed: threadFailed,
				roomId: data.room.id,
				meId: data.me.id,
				meName: data.me.displayName,
				canModerate: data.canModerate,
				connected: connected(),
				composerDisabled: locked(),
				html: htmlOf,
				names: nameOf,
				onClose: closeThread,
				onSend: (body) => send(body, threadRoot().id),
				onReact: react,
				onEdit: edit,
				onDelete: remove,
				onRetry: (id) => live.retry(id),
				onDiscard: (id) => live.discard(id),
				tools: messageTools
			});
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></div> <div class="visually-hidden" aria-live="polite" data-testid="announcer">${escape_html(announcement)}</div> `);
		RoomModeration($$renderer, {
			cohortId: data.room.cohortId,
			call: modCall,
			describe: errorLabel
		});
		$$renderer.push(`<!----></div>`);
	});
}
// src/routes/(app)/rooms/[id]/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data } = $$props;
		head("gjndxe", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(page_title({ page: data.room.name }))}</title>`);
			});
		});
		$$renderer.push(`<!---->`);
		RoomPage($$renderer, {
			room: data.room,
			cohortName: data.cohortName,
			members: data.members,
			messages: data.messages,
			rendered: data.rendered,
			olderCursor: data.olderCursor,
			historyFailed: data.historyFailed,
			canModerate: data.canModerate,
			me: data.me
		});
		$$renderer.push(`<!---->`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-5Lw7s4tf.js.map
