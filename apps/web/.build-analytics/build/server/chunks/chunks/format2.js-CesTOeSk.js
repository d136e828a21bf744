import { e as getLocale } from './runtime.js-B8EFPPLT.js';
import './src.js-BEir3teA.js';

// src/lib/paraglide/messages/mod_reason_off_topic.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_Reason_Off_TopicInputs */
var es_mod_reason_off_topic = () => {
	return `Fuera de tema`;
};
var en_mod_reason_off_topic = () => {
	return `Off topic`;
};
/**
* | output |
* | --- |
* | "Off topic" |
*
* @param {Mod_Reason_Off_TopicInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_reason_off_topic = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_reason_off_topic();
	return es_mod_reason_off_topic();
});
// src/lib/paraglide/messages/mod_reason_inappropriate.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_Reason_InappropriateInputs */
var es_mod_reason_inappropriate = () => {
	return `Inapropiado`;
};
var en_mod_reason_inappropriate = () => {
	return `Inappropriate`;
};
/**
* | output |
* | --- |
* | "Inappropriate" |
*
* @param {Mod_Reason_InappropriateInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_reason_inappropriate = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_reason_inappropriate();
	return es_mod_reason_inappropriate();
});
// src/lib/paraglide/messages/mod_reason_spam.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_Reason_SpamInputs */
var es_mod_reason_spam = () => {
	return `Spam`;
};
var en_mod_reason_spam = () => {
	return `Spam`;
};
/**
* | output |
* | --- |
* | "Spam" |
*
* @param {Mod_Reason_SpamInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_reason_spam = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_reason_spam();
	return es_mod_reason_spam();
});
// src/lib/paraglide/messages/mod_reason_personal_data.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_Reason_Personal_DataInputs */
var es_mod_reason_personal_data = () => {
	return `Datos personales`;
};
var en_mod_reason_personal_data = () => {
	return `Personal data`;
};
/**
* | output |
* | --- |
* | "Personal data" |
*
* @param {Mod_Reason_Personal_DataInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_reason_personal_data = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_reason_personal_data();
	return es_mod_reason_personal_data();
});
// src/lib/paraglide/messages/mod_reason_safeguarding.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_Reason_SafeguardingInputs */
var es_mod_reason_safeguarding = () => {
	return `Protección (safeguarding)`;
};
var en_mod_reason_safeguarding = () => {
	return `Safeguarding`;
};
/**
* | output |
* | --- |
* | "Safeguarding" |
*
* @param {Mod_Reason_SafeguardingInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_reason_safeguarding = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_reason_safeguarding();
	return es_mod_reason_safeguarding();
});
// src/lib/paraglide/messages/mod_reason_other.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_Reason_OtherInputs */
var es_mod_reason_other = () => {
	return `Otro`;
};
var en_mod_reason_other = () => {
	return `Other`;
};
/**
* | output |
* | --- |
* | "Other" |
*
* @param {Mod_Reason_OtherInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_reason_other = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_reason_other();
	return es_mod_reason_other();
});
// src/lib/paraglide/messages/mod_state_open.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_State_OpenInputs */
var es_mod_state_open = () => {
	return `Abierto`;
};
var en_mod_state_open = () => {
	return `Open`;
};
/**
* | output |
* | --- |
* | "Open" |
*
* @param {Mod_State_OpenInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_state_open = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_state_open();
	return es_mod_state_open();
});
// src/lib/paraglide/messages/mod_state_in_progress.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_State_In_ProgressInputs */
var es_mod_state_in_progress = () => {
	return `En curso`;
};
var en_mod_state_in_progress = () => {
	return `In progress`;
};
/**
* | output |
* | --- |
* | "In progress" |
*
* @param {Mod_State_In_ProgressInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_state_in_progress = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_state_in_progress();
	return es_mod_state_in_progress();
});
// src/lib/paraglide/messages/mod_state_resolved.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_State_ResolvedInputs */
var es_mod_state_resolved = () => {
	return `Resuelto`;
};
var en_mod_state_resolved = () => {
	return `Resolved`;
};
/**
* | output |
* | --- |
* | "Resolved" |
*
* @param {Mod_State_ResolvedInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_state_resolved = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_state_resolved();
	return es_mod_state_resolved();
});
// src/lib/paraglide/messages/mod_state_rejected.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_State_RejectedInputs */
var es_mod_state_rejected = () => {
	return `Descartado`;
};
var en_mod_state_rejected = () => {
	return `Rejected`;
};
/**
* | output |
* | --- |
* | "Rejected" |
*
* @param {Mod_State_RejectedInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_state_rejected = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_state_rejected();
	return es_mod_state_rejected();
});
// src/lib/paraglide/messages/mod_action_take.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_Action_TakeInputs */
var es_mod_action_take = () => {
	return `Tomar`;
};
var en_mod_action_take = () => {
	return `Take`;
};
/**
* | output |
* | --- |
* | "Take" |
*
* @param {Mod_Action_TakeInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_action_take = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_action_take();
	return es_mod_action_take();
});
// src/lib/paraglide/messages/mod_action_release.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_Action_ReleaseInputs */
var es_mod_action_release = () => {
	return `Soltar`;
};
var en_mod_action_release = () => {
	return `Release`;
};
/**
* | output |
* | --- |
* | "Release" |
*
* @param {Mod_Action_ReleaseInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_action_release = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_action_release();
	return es_mod_action_release();
});
// src/lib/paraglide/messages/mod_action_resolve.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_Action_ResolveInputs */
var es_mod_action_resolve = () => {
	return `Resolver`;
};
var en_mod_action_resolve = () => {
	return `Resolve`;
};
/**
* | output |
* | --- |
* | "Resolve" |
*
* @param {Mod_Action_ResolveInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_action_resolve = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_action_resolve();
	return es_mod_action_resolve();
});
// src/lib/paraglide/messages/mod_action_reject.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_Action_RejectInputs */
var es_mod_action_reject = () => {
	return `Descartar`;
};
var en_mod_action_reject = () => {
	return `Reject`;
};
/**
* | output |
* | --- |
* | "Reject" |
*
* @param {Mod_Action_RejectInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_action_reject = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_action_reject();
	return es_mod_action_reject();
});
// src/lib/paraglide/messages/mod_action_reopen.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_Action_ReopenInputs */
var es_mod_action_reopen = () => {
	return `Reabrir`;
};
var en_mod_action_reopen = () => {
	return `Reopen`;
};
/**
* | output |
* | --- |
* | "Reopen" |
*
* @param {Mod_Action_ReopenInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_action_reopen = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_action_reopen();
	return es_mod_action_reopen();
});
// src/lib/paraglide/messages/mod_hidden_notice.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ reason: NonNullable<unknown> }} Mod_Hidden_NoticeInputs */
var es_mod_hidden_notice = (i) => {
	return `Mensaje ocultado por moderación: ${i?.reason}`;
};
var en_mod_hidden_notice = (i) => {
	return `Message hidden by moderation: ${i?.reason}`;
};
/**
* | output |
* | --- |
* | "Message hidden by moderation: {reason}" |
*
* @param {Mod_Hidden_NoticeInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_hidden_notice = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_hidden_notice(inputs);
	return es_mod_hidden_notice(inputs);
});
// src/lib/paraglide/messages/mod_unhide.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_UnhideInputs */
var es_mod_unhide = () => {
	return `Mostrar de nuevo`;
};
var en_mod_unhide = () => {
	return `Show again`;
};
/**
* | output |
* | --- |
* | "Show again" |
*
* @param {Mod_UnhideInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_unhide = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_unhide();
	return es_mod_unhide();
});
// src/lib/paraglide/messages/mod_slowmode_option.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ seconds: NonNullable<unknown> }} Mod_Slowmode_OptionInputs */
var es_mod_slowmode_option = (i) => {
	return `${i?.seconds} s`;
};
var en_mod_slowmode_option = (i) => {
	return `${i?.seconds} s`;
};
/**
* | output |
* | --- |
* | "{seconds} s" |
*
* @param {Mod_Slowmode_OptionInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_slowmode_option = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_slowmode_option(inputs);
	return es_mod_slowmode_option(inputs);
});
// src/lib/paraglide/messages/mod_sanction_kind.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_Sanction_KindInputs */
var es_mod_sanction_kind = () => {
	return `Tipo`;
};
var en_mod_sanction_kind = () => {
	return `Kind`;
};
/**
* | output |
* | --- |
* | "Kind" |
*
* @param {Mod_Sanction_KindInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_sanction_kind = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_sanction_kind();
	return es_mod_sanction_kind();
});
// src/lib/paraglide/messages/mod_kind_mute.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_Kind_MuteInputs */
var es_mod_kind_mute = () => {
	return `Silenciar (no puede escribir)`;
};
var en_mod_kind_mute = () => {
	return `Mute (cannot write)`;
};
/**
* | output |
* | --- |
* | "Mute (cannot write)" |
*
* @param {Mod_Kind_MuteInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_kind_mute = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_kind_mute();
	return es_mod_kind_mute();
});
// src/lib/paraglide/messages/mod_kind_ban.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_Kind_BanInputs */
var es_mod_kind_ban = () => {
	return `Expulsar (sin acceso a las salas)`;
};
var en_mod_kind_ban = () => {
	return `Ban (no access to rooms)`;
};
/**
* | output |
* | --- |
* | "Ban (no access to rooms)" |
*
* @param {Mod_Kind_BanInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_kind_ban = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_kind_ban();
	return es_mod_kind_ban();
});
// src/lib/paraglide/messages/mod_duration.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_DurationInputs */
var es_mod_duration = () => {
	return `Duración`;
};
var en_mod_duration = () => {
	return `Duration`;
};
/**
* | output |
* | --- |
* | "Duration" |
*
* @param {Mod_DurationInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_duration = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_duration();
	return es_mod_duration();
});
// src/lib/paraglide/messages/mod_duration_minutes.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ count: NonNullable<unknown> }} Mod_Duration_MinutesInputs */
var es_mod_duration_minutes = (i) => {
	return `${i?.count} min`;
};
var en_mod_duration_minutes = (i) => {
	return `${i?.count} min`;
};
/**
* | output |
* | --- |
* | "{count} min" |
*
* @param {Mod_Duration_MinutesInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_duration_minutes = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_duration_minutes(inputs);
	return es_mod_duration_minutes(inputs);
});
// src/lib/paraglide/messages/mod_duration_hours.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ count: NonNullable<unknown> }} Mod_Duration_HoursInputs */
var es_mod_duration_hours = (i) => {
	return `${i?.count} h`;
};
var en_mod_duration_hours = (i) => {
	return `${i?.count} h`;
};
/**
* | output |
* | --- |
* | "{count} h" |
*
* @param {Mod_Duration_HoursInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_duration_hours = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_duration_hours(inputs);
	return es_mod_duration_hours(inputs);
});
// src/lib/paraglide/messages/mod_duration_days.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ count: NonNullable<unknown> }} Mod_Duration_DaysInputs */
var es_mod_duration_days = (i) => {
	return `${i?.count} d`;
};
var en_mod_duration_days = (i) => {
	return `${i?.count} d`;
};
/**
* | output |
* | --- |
* | "{count} d" |
*
* @param {Mod_Duration_DaysInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_duration_days = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_duration_days(inputs);
	return es_mod_duration_days(inputs);
});
// src/lib/paraglide/messages/mod_sanction_reason.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_Sanction_ReasonInputs */
var es_mod_sanction_reason = () => {
	return `Motivo (queda en el registro de auditoría)`;
};
var en_mod_sanction_reason = () => {
	return `Reason (kept in the audit log)`;
};
/**
* | output |
* | --- |
* | "Reason (kept in the audit log)" |
*
* @param {Mod_Sanction_ReasonInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_sanction_reason = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_sanction_reason();
	return es_mod_sanction_reason();
});
// src/lib/paraglide/messages/mod_sanction_apply.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_Sanction_ApplyInputs */
var es_mod_sanction_apply = () => {
	return `Aplicar sanción`;
};
var en_mod_sanction_apply = () => {
	return `Apply sanction`;
};
/**
* | output |
* | --- |
* | "Apply sanction" |
*
* @param {Mod_Sanction_ApplyInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_sanction_apply = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_sanction_apply();
	return es_mod_sanction_apply();
});
// src/lib/paraglide/messages/mod_audit_flag_update.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_Audit_Flag_UpdateInputs */
var es_mod_audit_flag_update = () => {
	return `Reporte actualizado`;
};
var en_mod_audit_flag_update = () => {
	return `Report updated`;
};
/**
* | output |
* | --- |
* | "Report updated" |
*
* @param {Mod_Audit_Flag_UpdateInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_audit_flag_update = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_audit_flag_update();
	return es_mod_audit_flag_update();
});
// src/lib/paraglide/messages/mod_audit_message_hide.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_Audit_Message_HideInputs */
var es_mod_audit_message_hide = () => {
	return `Mensaje ocultado`;
};
var en_mod_audit_message_hide = () => {
	return `Message hidden`;
};
/**
* | output |
* | --- |
* | "Message hidden" |
*
* @param {Mod_Audit_Message_HideInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_audit_message_hide = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_audit_message_hide();
	return es_mod_audit_message_hide();
});
// src/lib/paraglide/messages/mod_audit_message_unhide.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_Audit_Message_UnhideInputs */
var es_mod_audit_message_unhide = () => {
	return `Mensaje mostrado de nuevo`;
};
var en_mod_audit_message_unhide = () => {
	return `Message shown again`;
};
/**
* | output |
* | --- |
* | "Message shown again" |
*
* @param {Mod_Audit_Message_UnhideInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_audit_message_unhide = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_audit_message_unhide();
	return es_mod_audit_message_unhide();
});
// src/lib/paraglide/messages/mod_audit_message_pin.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_Audit_Message_PinInputs */
var es_mod_audit_message_pin = () => {
	return `Mensaje fijado`;
};
var en_mod_audit_message_pin = () => {
	return `Message pinned`;
};
/**
* | output |
* | --- |
* | "Message pinned" |
*
* @param {Mod_Audit_Message_PinInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_audit_message_pin = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_audit_message_pin();
	return es_mod_audit_message_pin();
});
// src/lib/paraglide/messages/mod_audit_message_unpin.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_Audit_Message_UnpinInputs */
var es_mod_audit_message_unpin = () => {
	return `Mensaje desfijado`;
};
var en_mod_audit_message_unpin = () => {
	return `Message unpinned`;
};
/**
* | output |
* | --- |
* | "Message unpinned" |
*
* @param {Mod_Audit_Message_UnpinInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_audit_message_unpin = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_audit_message_unpin();
	return es_mod_audit_message_unpin();
});
// src/lib/paraglide/messages/mod_audit_thread_lock.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_Audit_Thread_LockInputs */
var es_mod_audit_thread_lock = () => {
	return `Hilo cerrado`;
};
var en_mod_audit_thread_lock = () => {
	return `Thread locked`;
};
/**
* | output |
* | --- |
* | "Thread locked" |
*
* @param {Mod_Audit_Thread_LockInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_audit_thread_lock = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_audit_thread_lock();
	return es_mod_audit_thread_lock();
});
// src/lib/paraglide/messages/mod_audit_thread_unlock.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_Audit_Thread_UnlockInputs */
var es_mod_audit_thread_unlock = () => {
	return `Hilo abierto`;
};
var en_mod_audit_thread_unlock = () => {
	return `Thread unlocked`;
};
/**
* | output |
* | --- |
* | "Thread unlocked" |
*
* @param {Mod_Audit_Thread_UnlockInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_audit_thread_unlock = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_audit_thread_unlock();
	return es_mod_audit_thread_unlock();
});
// src/lib/paraglide/messages/mod_audit_room_lock.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_Audit_Room_LockInputs */
var es_mod_audit_room_lock = () => {
	return `Sala cerrada`;
};
var en_mod_audit_room_lock = () => {
	return `Room locked`;
};
/**
* | output |
* | --- |
* | "Room locked" |
*
* @param {Mod_Audit_Room_LockInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_audit_room_lock = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_audit_room_lock();
	return es_mod_audit_room_lock();
});
// src/lib/paraglide/messages/mod_audit_room_unlock.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_Audit_Room_UnlockInputs */
var es_mod_audit_room_unlock = () => {
	return `Sala abierta`;
};
var en_mod_audit_room_unlock = () => {
	return `Room unlocked`;
};
/**
* | output |
* | --- |
* | "Room unlocked" |
*
* @param {Mod_Audit_Room_UnlockInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_audit_room_unlock = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_audit_room_unlock();
	return es_mod_audit_room_unlock();
});
// src/lib/paraglide/messages/mod_audit_room_slowmode.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_Audit_Room_SlowmodeInputs */
var es_mod_audit_room_slowmode = () => {
	return `Modo lento`;
};
var en_mod_audit_room_slowmode = () => {
	return `Slow mode`;
};
/**
* | output |
* | --- |
* | "Slow mode" |
*
* @param {Mod_Audit_Room_SlowmodeInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_audit_room_slowmode = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_audit_room_slowmode();
	return es_mod_audit_room_slowmode();
});
// src/lib/paraglide/messages/mod_audit_member_mute.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_Audit_Member_MuteInputs */
var es_mod_audit_member_mute = () => {
	return `Persona silenciada`;
};
var en_mod_audit_member_mute = () => {
	return `Member muted`;
};
/**
* | output |
* | --- |
* | "Member muted" |
*
* @param {Mod_Audit_Member_MuteInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_audit_member_mute = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_audit_member_mute();
	return es_mod_audit_member_mute();
});
// src/lib/paraglide/messages/mod_audit_member_unmute.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_Audit_Member_UnmuteInputs */
var es_mod_audit_member_unmute = () => {
	return `Silencio levantado`;
};
var en_mod_audit_member_unmute = () => {
	return `Mute lifted`;
};
/**
* | output |
* | --- |
* | "Mute lifted" |
*
* @param {Mod_Audit_Member_UnmuteInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_audit_member_unmute = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_audit_member_unmute();
	return es_mod_audit_member_unmute();
});
// src/lib/paraglide/messages/mod_audit_member_ban.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_Audit_Member_BanInputs */
var es_mod_audit_member_ban = () => {
	return `Persona expulsada`;
};
var en_mod_audit_member_ban = () => {
	return `Member banned`;
};
/**
* | output |
* | --- |
* | "Member banned" |
*
* @param {Mod_Audit_Member_BanInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_audit_member_ban = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_audit_member_ban();
	return es_mod_audit_member_ban();
});
// src/lib/paraglide/messages/mod_audit_member_unban.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_Audit_Member_UnbanInputs */
var es_mod_audit_member_unban = () => {
	return `Expulsión levantada`;
};
var en_mod_audit_member_unban = () => {
	return `Ban lifted`;
};
/**
* | output |
* | --- |
* | "Ban lifted" |
*
* @param {Mod_Audit_Member_UnbanInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_audit_member_unban = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_audit_member_unban();
	return es_mod_audit_member_unban();
});
// src/lib/paraglide/messages/mod_audit_contacts.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_Audit_ContactsInputs */
var es_mod_audit_contacts = () => {
	return `Contactos de protección cambiados`;
};
var en_mod_audit_contacts = () => {
	return `Safeguarding contacts changed`;
};
/**
* | output |
* | --- |
* | "Safeguarding contacts changed" |
*
* @param {Mod_Audit_ContactsInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_audit_contacts = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_audit_contacts();
	return es_mod_audit_contacts();
});
// src/lib/paraglide/messages/mod_audit_export.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mod_Audit_ExportInputs */
var es_mod_audit_export = () => {
	return `Registro exportado`;
};
var en_mod_audit_export = () => {
	return `Log exported`;
};
/**
* | output |
* | --- |
* | "Log exported" |
*
* @param {Mod_Audit_ExportInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var mod_audit_export = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_mod_audit_export();
	return es_mod_audit_export();
});
// src/lib/components/moderation/format.ts
var REASON_LABELS = {
	off_topic: mod_reason_off_topic,
	inappropriate: mod_reason_inappropriate,
	spam: mod_reason_spam,
	personal_data: mod_reason_personal_data,
	safeguarding: mod_reason_safeguarding,
	other: mod_reason_other
};
/** "Fuera de tema", "Protección (safeguarding)"…; an unknown code is shown as it is. */
function reasonLabel(reason) {
	if (!reason) return mod_reason_other();
	return REASON_LABELS[reason]?.() ?? reason;
}
var STATE_LABELS = {
	open: mod_state_open,
	in_progress: mod_state_in_progress,
	resolved: mod_state_resolved,
	rejected: mod_state_rejected
};
function flagStateLabel(state) {
	return STATE_LABELS[state]?.() ?? state;
}
/**
* What a moderator can do with a flag in a given state. Taking assigns it to the moderator and moves it to
* in progress; closed flags (resolved, rejected) can only be reopened.
*/
function flagTransitions(state, assignedToMe) {
	switch (state) {
		case "open": return [
			{
				action: "take",
				to: "in_progress",
				label: mod_action_take()
			},
			{
				action: "resolve",
				to: "resolved",
				label: mod_action_resolve()
			},
			{
				action: "reject",
				to: "rejected",
				label: mod_action_reject()
			}
		];
		case "in_progress": return [
			...assignedToMe ? [{
				action: "release",
				to: "open",
				label: mod_action_release()
			}] : [{
				action: "take",
				to: "in_progress",
				label: mod_action_take()
			}],
			{
				action: "resolve",
				to: "resolved",
				label: mod_action_resolve()
			},
			{
				action: "reject",
				to: "rejected",
				label: mod_action_reject()
			}
		];
		case "resolved":
		case "rejected": return [{
			action: "reopen",
			to: "open",
			label: mod_action_reopen()
		}];
		default: return [];
	}
}
/** "Modo lento: espere 12 s" from the API's refusal "Slow mode: wait 12 s before your next message". */
function slowModeWait(message) {
	const match = /(\d+)\s*s\b/.exec(message ?? "");
	return match ? Number(match[1]) : null;
}
var AUDIT_LABELS = {
	"flag.update": mod_audit_flag_update,
	"message.hide": mod_audit_message_hide,
	"message.unhide": mod_audit_message_unhide,
	"message.pin": mod_audit_message_pin,
	"message.unpin": mod_audit_message_unpin,
	"thread.lock": mod_audit_thread_lock,
	"thread.unlock": mod_audit_thread_unlock,
	"room.lock": mod_audit_room_lock,
	"room.unlock": mod_audit_room_unlock,
	"room.slowmode": mod_audit_room_slowmode,
	"member.mute": mod_audit_member_mute,
	"member.unmute": mod_audit_member_unmute,
	"member.ban": mod_audit_member_ban,
	"member.unban": mod_audit_member_unban,
	"safeguarding.contacts": mod_audit_contacts,
	"audit.export": mod_audit_export
};
var AUDIT_ACTIONS = Object.keys(AUDIT_LABELS);
function auditActionLabel(action) {
	return AUDIT_LABELS[action]?.() ?? action;
}
/** Durations offered for mutes and bans, in minutes. */
var SANCTION_MINUTES = [
	10,
	30,
	60,
	1440,
	10080
];
function durationLabel(minutes) {
	if (minutes >= 1440 && minutes % 1440 === 0) return mod_duration_days({ count: minutes / 1440 });
	if (minutes >= 60 && minutes % 60 === 0) return mod_duration_hours({ count: minutes / 60 });
	return mod_duration_minutes({ count: minutes });
}
var SLOW_MODE_SECONDS = [
	0,
	10,
	30,
	60,
	120,
	300
];
/** A date input's value (yyyy-mm-dd, local) as the ISO instant of the start or the end of that day. */
function dayBoundary(day, end) {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return void 0;
	const [y, mo, d] = day.split("-").map(Number);
	const at = end ? new Date(y, mo - 1, d, 23, 59, 59, 999) : new Date(y, mo - 1, d, 0, 0, 0, 0);
	return Number.isNaN(at.getTime()) ? void 0 : at.toISOString();
}

export { AUDIT_ACTIONS as A, SANCTION_MINUTES as S, mod_hidden_notice as a, flagTransitions as b, mod_unhide as c, mod_sanction_kind as d, mod_kind_mute as e, flagStateLabel as f, mod_kind_ban as g, mod_duration as h, durationLabel as i, mod_sanction_reason as j, mod_sanction_apply as k, auditActionLabel as l, mod_slowmode_option as m, dayBoundary as n, SLOW_MODE_SECONDS as o, reasonLabel as r, slowModeWait as s };
//# sourceMappingURL=format2.js-CesTOeSk.js.map
