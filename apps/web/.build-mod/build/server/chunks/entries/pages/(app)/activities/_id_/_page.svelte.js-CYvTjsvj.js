import { ak as head, ai as attr, am as stringify, ah as escape_html, aj as ensure_array_like, an as html, a1 as derived } from '../../../../../chunks/server.js-BLE87T70.js';
import { o as onDestroy } from '../../../../../chunks/index-server.js-CutNbI_-.js';
import { F as FormAlert } from '../../../../../chunks/FormAlert.js-L-NnjxoB.js';
import { L as LearnerSubmission, b as submissionOutboxKey, c as browserStorage, S as StatusBadge, a as sub_late, s as sub_version_label } from '../../../../../chunks/submission.svelte.js-DGKTx1H2.js';
import { M as Markdown, s as sub_history_title, V as VersionHistory, a as sub_rubric_title } from '../../../../../chunks/VersionHistory.js-BeDXb16k.js';
import { s as submissionStatusLabel, d as sub_status_pending, f as formatWhen, e as formatDue } from '../../../../../chunks/format.js-ENEWJlJ4.js';
import { p as page_title } from '../../../../../chunks/page_title.js-DcyKRVla.js';
import { e as getLocale } from '../../../../../chunks/runtime.js-B8EFPPLT.js';
import { e as error_unavailable } from '../../../../../chunks/error_unavailable.js-uIGIVP0X.js';
import { b as breadcrumb_label } from '../../../../../chunks/breadcrumb_label.js-Be_mmu8U.js';
import { l as localized } from '../../../../../chunks/localized.js-5IdAKyD2.js';
import { g as getRealtime } from '../../../../../chunks/socket.svelte.js-DbqnyPgP.js';
import '../../../../../chunks/shared.js-DUAwVbGM.js';
import '../../../../../chunks/markdown.js-uUIQxjnY.js';
import 'dompurify';
import 'marked';
import '../../../../../chunks/schedule.js-DRV8XJJK.js';
import 'socket.io-client';

// src/lib/paraglide/messages/sub_accepted_done.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Sub_Accepted_DoneInputs */
var es_sub_accepted_done = () => {
	return `Su entrega fue aceptada. La actividad está completa.`;
};
var en_sub_accepted_done = () => {
	return `Your submission was accepted. The activity is complete.`;
};
/**
* | output |
* | --- |
* | "Your submission was accepted. The activity is complete." |
*
* @param {Sub_Accepted_DoneInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var sub_accepted_done = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_sub_accepted_done();
	return es_sub_accepted_done();
});
// src/lib/paraglide/messages/sub_announce_status.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ status: NonNullable<unknown> }} Sub_Announce_StatusInputs */
var es_sub_announce_status = (i) => {
	return `Estado de su entrega: ${i?.status}`;
};
var en_sub_announce_status = (i) => {
	return `Your submission's status: ${i?.status}`;
};
/**
* | output |
* | --- |
* | "Your submission's status: {status}" |
*
* @param {Sub_Announce_StatusInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var sub_announce_status = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_sub_announce_status(inputs);
	return es_sub_announce_status(inputs);
});
// src/lib/paraglide/messages/sub_body_hint.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Sub_Body_HintInputs */
var es_sub_body_hint = () => {
	return `Puede usar Markdown: **negrita**, *cursiva*, listas con guiones. Si pierde la conexión, su entrega queda guardada en este dispositivo y se envía al reconectar.`;
};
var en_sub_body_hint = () => {
	return `You can use Markdown: **bold**, *italics*, lists with dashes. If you lose the connection, your work stays on this device and is sent when you reconnect.`;
};
/**
* | output |
* | --- |
* | "You can use Markdown: **bold**, *italics*, lists with dashes. If you lose the connection, your work stays on this device and is sent when you reconnect." |
*
* @param {Sub_Body_HintInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var sub_body_hint = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_sub_body_hint();
	return es_sub_body_hint();
});
// src/lib/paraglide/messages/sub_body_label.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Sub_Body_LabelInputs */
var es_sub_body_label = () => {
	return `Texto de su entrega`;
};
var en_sub_body_label = () => {
	return `Your text`;
};
/**
* | output |
* | --- |
* | "Your text" |
*
* @param {Sub_Body_LabelInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var sub_body_label = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_sub_body_label();
	return es_sub_body_label();
});
// src/lib/paraglide/messages/sub_choose_cohort.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Sub_Choose_CohortInputs */
var es_sub_choose_cohort = () => {
	return `Sus cohortes de este curso`;
};
var en_sub_choose_cohort = () => {
	return `Your cohorts in this course`;
};
/**
* | output |
* | --- |
* | "Your cohorts in this course" |
*
* @param {Sub_Choose_CohortInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var sub_choose_cohort = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_sub_choose_cohort();
	return es_sub_choose_cohort();
});
// src/lib/paraglide/messages/sub_cohort_label.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Sub_Cohort_LabelInputs */
var es_sub_cohort_label = (i) => {
	return `Cohorte: ${i?.name}`;
};
var en_sub_cohort_label = (i) => {
	return `Cohort: ${i?.name}`;
};
/**
* | output |
* | --- |
* | "Cohort: {name}" |
*
* @param {Sub_Cohort_LabelInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var sub_cohort_label = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_sub_cohort_label(inputs);
	return es_sub_cohort_label(inputs);
});
// src/lib/paraglide/messages/sub_connection_offline.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Sub_Connection_OfflineInputs */
var es_sub_connection_offline = () => {
	return `Sin conexión por ahora. Lo que envíe quedará pendiente y se enviará al reconectar.`;
};
var en_sub_connection_offline = () => {
	return `Offline for now. Anything you submit will wait and be sent when you reconnect.`;
};
/**
* | output |
* | --- |
* | "Offline for now. Anything you submit will wait and be sent when you reconnect." |
*
* @param {Sub_Connection_OfflineInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var sub_connection_offline = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_sub_connection_offline();
	return es_sub_connection_offline();
});
// src/lib/paraglide/messages/sub_discard.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Sub_DiscardInputs */
var es_sub_discard = () => {
	return `Descartar`;
};
var en_sub_discard = () => {
	return `Discard`;
};
/**
* | output |
* | --- |
* | "Discard" |
*
* @param {Sub_DiscardInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var sub_discard = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_sub_discard();
	return es_sub_discard();
});
// src/lib/paraglide/messages/sub_due_cohort.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ date: NonNullable<unknown> }} Sub_Due_CohortInputs */
var es_sub_due_cohort = (i) => {
	return `${i?.date}, hora de la cohorte`;
};
var en_sub_due_cohort = (i) => {
	return `${i?.date}, cohort time`;
};
/**
* | output |
* | --- |
* | "{date}, cohort time" |
*
* @param {Sub_Due_CohortInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var sub_due_cohort = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_sub_due_cohort(inputs);
	return es_sub_due_cohort(inputs);
});
// src/lib/paraglide/messages/sub_due_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Sub_Due_TitleInputs */
var es_sub_due_title = () => {
	return `Fecha de entrega`;
};
var en_sub_due_title = () => {
	return `Due date`;
};
/**
* | output |
* | --- |
* | "Due date" |
*
* @param {Sub_Due_TitleInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var sub_due_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_sub_due_title();
	return es_sub_due_title();
});
// src/lib/paraglide/messages/sub_due_viewer.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ date: NonNullable<unknown> }} Sub_Due_ViewerInputs */
var es_sub_due_viewer = (i) => {
	return `${i?.date}, su hora`;
};
var en_sub_due_viewer = (i) => {
	return `${i?.date}, your time`;
};
/**
* | output |
* | --- |
* | "{date}, your time" |
*
* @param {Sub_Due_ViewerInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var sub_due_viewer = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_sub_due_viewer(inputs);
	return es_sub_due_viewer(inputs);
});
// src/lib/paraglide/messages/sub_editor_new_version.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Sub_Editor_New_VersionInputs */
var es_sub_editor_new_version = () => {
	return `Nueva versión`;
};
var en_sub_editor_new_version = () => {
	return `New version`;
};
/**
* | output |
* | --- |
* | "New version" |
*
* @param {Sub_Editor_New_VersionInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var sub_editor_new_version = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_sub_editor_new_version();
	return es_sub_editor_new_version();
});
// src/lib/paraglide/messages/sub_editor_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Sub_Editor_TitleInputs */
var es_sub_editor_title = () => {
	return `Su entrega`;
};
var en_sub_editor_title = () => {
	return `Your submission`;
};
/**
* | output |
* | --- |
* | "Your submission" |
*
* @param {Sub_Editor_TitleInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var sub_editor_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_sub_editor_title();
	return es_sub_editor_title();
});
// src/lib/paraglide/messages/sub_error_link.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Sub_Error_LinkInputs */
var es_sub_error_link = () => {
	return `El enlace debe empezar por http:// o https://.`;
};
var en_sub_error_link = () => {
	return `The link must start with http:// or https://.`;
};
/**
* | output |
* | --- |
* | "The link must start with http:// or https://." |
*
* @param {Sub_Error_LinkInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var sub_error_link = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_sub_error_link();
	return es_sub_error_link();
});
// src/lib/paraglide/messages/sub_forum_kind.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Sub_Forum_KindInputs */
var es_sub_forum_kind = () => {
	return `Esta actividad se completa participando en el foro de su cohorte.`;
};
var en_sub_forum_kind = () => {
	return `This activity is completed by taking part in your cohort's forum.`;
};
/**
* | output |
* | --- |
* | "This activity is completed by taking part in your cohort's forum." |
*
* @param {Sub_Forum_KindInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var sub_forum_kind = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_sub_forum_kind();
	return es_sub_forum_kind();
});
// src/lib/paraglide/messages/sub_link_add.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Sub_Link_AddInputs */
var es_sub_link_add = () => {
	return `Añadir un enlace`;
};
var en_sub_link_add = () => {
	return `Add a link`;
};
/**
* | output |
* | --- |
* | "Add a link" |
*
* @param {Sub_Link_AddInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var sub_link_add = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_sub_link_add();
	return es_sub_link_add();
});
// src/lib/paraglide/messages/sub_link_label.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ number: NonNullable<unknown> }} Sub_Link_LabelInputs */
var es_sub_link_label = (i) => {
	return `Enlace ${i?.number}`;
};
var en_sub_link_label = (i) => {
	return `Link ${i?.number}`;
};
/**
* | output |
* | --- |
* | "Link {number}" |
*
* @param {Sub_Link_LabelInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var sub_link_label = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_sub_link_label(inputs);
	return es_sub_link_label(inputs);
});
// src/lib/paraglide/messages/sub_link_remove.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Sub_Link_RemoveInputs */
var es_sub_link_remove = () => {
	return `Quitar`;
};
var en_sub_link_remove = () => {
	return `Remove`;
};
/**
* | output |
* | --- |
* | "Remove" |
*
* @param {Sub_Link_RemoveInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var sub_link_remove = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_sub_link_remove();
	return es_sub_link_remove();
});
// src/lib/paraglide/messages/sub_links_label.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Sub_Links_LabelInputs */
var es_sub_links_label = () => {
	return `Enlaces (opcional)`;
};
var en_sub_links_label = () => {
	return `Links (optional)`;
};
/**
* | output |
* | --- |
* | "Links (optional)" |
*
* @param {Sub_Links_LabelInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var sub_links_label = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_sub_links_label();
	return es_sub_links_label();
});
// src/lib/paraglide/messages/sub_no_cohort.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Sub_No_CohortInputs */
var es_sub_no_cohort = () => {
	return `No participa en una cohorte de este curso, así que no puede enviar esta actividad.`;
};
var en_sub_no_cohort = () => {
	return `You are not in a cohort of this course, so you cannot submit this activity.`;
};
/**
* | output |
* | --- |
* | "You are not in a cohort of this course, so you cannot submit this activity." |
*
* @param {Sub_No_CohortInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var sub_no_cohort = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_sub_no_cohort();
	return es_sub_no_cohort();
});
// src/lib/paraglide/messages/sub_no_due.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Sub_No_DueInputs */
var es_sub_no_due = () => {
	return `Sin fecha de entrega.`;
};
var en_sub_no_due = () => {
	return `No due date.`;
};
/**
* | output |
* | --- |
* | "No due date." |
*
* @param {Sub_No_DueInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var sub_no_due = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_sub_no_due();
	return es_sub_no_due();
});
// src/lib/paraglide/messages/sub_not_submitted.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Sub_Not_SubmittedInputs */
var es_sub_not_submitted = () => {
	return `Aún no ha enviado esta actividad.`;
};
var en_sub_not_submitted = () => {
	return `You have not submitted this activity yet.`;
};
/**
* | output |
* | --- |
* | "You have not submitted this activity yet." |
*
* @param {Sub_Not_SubmittedInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var sub_not_submitted = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_sub_not_submitted();
	return es_sub_not_submitted();
});
// src/lib/paraglide/messages/sub_pending_note.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Sub_Pending_NoteInputs */
var es_sub_pending_note = () => {
	return `Se enviará en cuanto vuelva la conexión.`;
};
var en_sub_pending_note = () => {
	return `It will be sent as soon as the connection is back.`;
};
/**
* | output |
* | --- |
* | "It will be sent as soon as the connection is back." |
*
* @param {Sub_Pending_NoteInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var sub_pending_note = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_sub_pending_note();
	return es_sub_pending_note();
});
// src/lib/paraglide/messages/sub_pending_show.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Sub_Pending_ShowInputs */
var es_sub_pending_show = () => {
	return `Ver el texto pendiente`;
};
var en_sub_pending_show = () => {
	return `Show the waiting text`;
};
/**
* | output |
* | --- |
* | "Show the waiting text" |
*
* @param {Sub_Pending_ShowInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var sub_pending_show = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_sub_pending_show();
	return es_sub_pending_show();
});
// src/lib/paraglide/messages/sub_prompt_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Sub_Prompt_TitleInputs */
var es_sub_prompt_title = () => {
	return `Consigna`;
};
var en_sub_prompt_title = () => {
	return `Instructions`;
};
/**
* | output |
* | --- |
* | "Instructions" |
*
* @param {Sub_Prompt_TitleInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var sub_prompt_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_sub_prompt_title();
	return es_sub_prompt_title();
});
// src/lib/paraglide/messages/sub_resubmit.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Sub_ResubmitInputs */
var es_sub_resubmit = () => {
	return `Enviar la nueva versión`;
};
var en_sub_resubmit = () => {
	return `Submit the new version`;
};
/**
* | output |
* | --- |
* | "Submit the new version" |
*
* @param {Sub_ResubmitInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var sub_resubmit = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_sub_resubmit();
	return es_sub_resubmit();
});
// src/lib/paraglide/messages/sub_submit.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Sub_SubmitInputs */
var es_sub_submit = () => {
	return `Enviar la entrega`;
};
var en_sub_submit = () => {
	return `Submit`;
};
/**
* | output |
* | --- |
* | "Submit" |
*
* @param {Sub_SubmitInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var sub_submit = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_sub_submit();
	return es_sub_submit();
});
// src/lib/paraglide/messages/sub_sending.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Sub_SendingInputs */
var es_sub_sending = () => {
	return `Enviando…`;
};
var en_sub_sending = () => {
	return `Sending…`;
};
/**
* | output |
* | --- |
* | "Sending…" |
*
* @param {Sub_SendingInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var sub_sending = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_sub_sending();
	return es_sub_sending();
});
// src/lib/paraglide/messages/sub_returned_note.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Sub_Returned_NoteInputs */
var es_sub_returned_note = () => {
	return `Le devolvieron su entrega. Lea los comentarios y envíe una nueva versión.`;
};
var en_sub_returned_note = () => {
	return `Your submission was returned. Read the feedback and submit a new version.`;
};
/**
* | output |
* | --- |
* | "Your submission was returned. Read the feedback and submit a new version." |
*
* @param {Sub_Returned_NoteInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var sub_returned_note = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_sub_returned_note();
	return es_sub_returned_note();
});
// src/lib/paraglide/messages/sub_rubric_criterion.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Sub_Rubric_CriterionInputs */
var es_sub_rubric_criterion = () => {
	return `Criterio`;
};
var en_sub_rubric_criterion = () => {
	return `Criterion`;
};
/**
* | output |
* | --- |
* | "Criterion" |
*
* @param {Sub_Rubric_CriterionInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var sub_rubric_criterion = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_sub_rubric_criterion();
	return es_sub_rubric_criterion();
});
// src/lib/paraglide/messages/sub_rubric_max.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Sub_Rubric_MaxInputs */
var es_sub_rubric_max = () => {
	return `Máximo`;
};
var en_sub_rubric_max = () => {
	return `Maximum`;
};
/**
* | output |
* | --- |
* | "Maximum" |
*
* @param {Sub_Rubric_MaxInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var sub_rubric_max = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_sub_rubric_max();
	return es_sub_rubric_max();
});
// src/lib/paraglide/messages/sub_rubric_total_label.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Sub_Rubric_Total_LabelInputs */
var es_sub_rubric_total_label = () => {
	return `Total`;
};
var en_sub_rubric_total_label = () => {
	return `Total`;
};
/**
* | output |
* | --- |
* | "Total" |
*
* @param {Sub_Rubric_Total_LabelInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var sub_rubric_total_label = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_sub_rubric_total_label();
	return es_sub_rubric_total_label();
});
// src/lib/paraglide/messages/sub_status_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Sub_Status_TitleInputs */
var es_sub_status_title = () => {
	return `Estado de su entrega`;
};
var en_sub_status_title = () => {
	return `Your submission's status`;
};
/**
* | output |
* | --- |
* | "Your submission's status" |
*
* @param {Sub_Status_TitleInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var sub_status_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_sub_status_title();
	return es_sub_status_title();
});
// src/lib/paraglide/messages/sub_waiting_review.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Sub_Waiting_ReviewInputs */
var es_sub_waiting_review = () => {
	return `Su entrega espera revisión. Si se la devuelven, podrá enviar una nueva versión.`;
};
var en_sub_waiting_review = () => {
	return `Your submission is waiting for review. If it is returned, you can submit a new version.`;
};
/**
* | output |
* | --- |
* | "Your submission is waiting for review. If it is returned, you can submit a new version." |
*
* @param {Sub_Waiting_ReviewInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var sub_waiting_review = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_sub_waiting_review();
	return es_sub_waiting_review();
});
// src/routes/(app)/activities/[id]/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data } = $$props;
		const locale = getLocale();
		const realtime = getRealtime();
		const activity = derived(() => data.activity);
		const title = derived(() => localized(activity().title, locale));
		const rubricTotal = derived(() => (activity().rubric ?? []).reduce((sum, r) => sum + r.maxScore, 0));
		const work = (() => {
			const d = data;
			if (!d.cohort || d.activity.kind !== "submission") return null;
			return new LearnerSubmission({
				activityId: d.activity.id,
				cohortId: d.cohort.id,
				userId: d.user.id,
				initial: d.submissions,
				storage: typeof window === "undefined" ? null : browserStorage(),
				storageKey: submissionOutboxKey(d.user.id, d.activity.id, d.cohort.id)
			});
		})();
		work?.onStatusChange((s) => sub_announce_status({ status: submissionStatusLabel(s.status) }));
		onDestroy(() => work?.detach());
		const due = derived(() => data.dueAt && data.cohort ? formatDue(data.dueAt, data.cohort.timezone, data.cohort.timezone, locale) : null);
		const current = derived(() => work?.current);
		const pending = derived(() => work?.pending.find((p) => !p.failed));
		const canWrite = derived(() => !!work && !pending() && (!current() || current().status === "returned"));
		const shownStatus = derived(() => pending() ? "pending" : current()?.status);
		let body = "";
		let links = [];
		let linkErrors = {};
		let sendNote = null;
		let sendError = null;
		head("1f7u05v", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(page_title({ page: title() }))}</title>`);
			});
		});
		$$renderer.push(`<nav class="crumbs svelte-1f7u05v"${attr("aria-label", breadcrumb_label())}><a${attr("href", `/courses/${stringify(data.course.slug)}`)} class="svelte-1f7u05v">${escape_html(localized(data.course.title, locale))}</a></nav> <header class="page-header"><p class="eyebrow svelte-1f7u05v">${escape_html(localized(data.module.title, locale))}</p> <h1>${escape_html(title())}</h1> `);
		if (data.cohort) $$renderer.push(`<!--[0--><p class="muted">${escape_html(sub_cohort_label({ name: data.cohort.name }))}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (data.cohorts.length > 1) {
			$$renderer.push(`<!--[0--><ul class="cohort-switch svelte-1f7u05v"${attr("aria-label", sub_choose_cohort())}><!--[-->`);
			const each_array = ensure_array_like(data.cohorts);
			for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
				let c = each_array[$$index];
				$$renderer.push(`<li><a data-sveltekit-reload=""${attr("href", `?cohort=${stringify(c.id)}`)}${attr("aria-current", c.id === data.cohort?.id ? "page" : void 0)} class="svelte-1f7u05v">${escape_html(c.name)}</a></li>`);
			}
			$$renderer.push(`<!--]--></ul>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></header> <div class="layout svelte-1f7u05v"><div class="main-col svelte-1f7u05v"><section class="card svelte-1f7u05v" aria-labelledby="prompt-title"><h2 id="prompt-title" class="svelte-1f7u05v">${escape_html(sub_prompt_title())}</h2> <div class="prompt svelte-1f7u05v">${html(data.promptHtml)}</div></section> `);
		if (!data.cohort) $$renderer.push(`<!--[0--><p class="card">${escape_html(sub_no_cohort())}</p>`);
		else if (activity().kind !== "submission") $$renderer.push(`<!--[1--><p class="card">${escape_html(sub_forum_kind())}</p>`);
		else if (work) {
			$$renderer.push(`<!--[2--><section class="card svelte-1f7u05v" aria-labelledby="status-title"><h2 id="status-title" class="svelte-1f7u05v">${escape_html(sub_status_title())}</h2> <div class="live visually-hidden" aria-live="polite" role="status">${escape_html(work.announcement)}</div> <p class="status-line svelte-1f7u05v" data-testid="submission-status">`);
			if (shownStatus()) {
				$$renderer.push("<!--[0-->");
				StatusBadge($$renderer, { status: shownStatus() });
				$$renderer.push(`<!----> `);
				if (current()?.late) $$renderer.push(`<!--[0--><span class="late svelte-1f7u05v">${escape_html(sub_late())}</span>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--> `);
				if (current() && !pending()) $$renderer.push(`<!--[0--><span class="muted">${escape_html(sub_version_label({ version: current().version }))}</span>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]-->`);
			} else $$renderer.push(`<!--[-1--><span>${escape_html(sub_not_submitted())}</span>`);
			$$renderer.push(`<!--]--></p> `);
			if (pending()) {
				$$renderer.push(`<!--[0--><div class="pending svelte-1f7u05v" data-testid="pending"><p class="svelte-1f7u05v"><strong>${escape_html(sub_status_pending())}</strong> · ${escape_html(sub_pending_note())}</p> <p class="muted svelte-1f7u05v">${escape_html(formatWhen(pending().queuedAt, locale))}</p> <details><summary>${escape_html(sub_pending_show())}</summary> `);
				Markdown($$renderer, { source: pending().body });
				$$renderer.push(`<!----></details> <button class="button button-secondary svelte-1f7u05v" type="button">${escape_html(sub_discard())}</button></div>`);
			} else if (current()?.status === "accepted") $$renderer.push(`<!--[1--><p class="ok svelte-1f7u05v">${escape_html(sub_accepted_done())}</p>`);
			else if (current() && (current().status === "submitted" || current().status === "in_review")) $$renderer.push(`<!--[2--><p>${escape_html(sub_waiting_review())}</p>`);
			else if (current()?.status === "returned") $$renderer.push(`<!--[3--><p>${escape_html(sub_returned_note())}</p>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> `);
			if (data.submissionsFailed) $$renderer.push(`<!--[0--><p class="muted">${escape_html(error_unavailable())}</p>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> `);
			if (realtime.status === "reconnecting") $$renderer.push(`<!--[0--><p class="muted offline">${escape_html(sub_connection_offline())}</p>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--></section> `);
			if (canWrite()) {
				$$renderer.push(`<!--[0--><section class="card svelte-1f7u05v" aria-labelledby="editor-title"><h2 id="editor-title" class="svelte-1f7u05v">${escape_html(current() ? sub_editor_new_version() : sub_editor_title())}</h2> `);
				FormAlert($$renderer, { message: sendError });
				$$renderer.push(`<!----> <form class="form editor" novalidate=""><div class="field svelte-1f7u05v"><label for="sub-body" class="svelte-1f7u05v">${escape_html(sub_body_label())}</label> <p class="hint svelte-1f7u05v" id="sub-body-hint">${escape_html(sub_body_hint())}</p> <textarea id="sub-body" name="body" rows="12" maxlength="50000"${attr("aria-describedby", "sub-body-hint")}${attr("aria-invalid", void 0)} class="svelte-1f7u05v">`);
				const $$body = escape_html(body);
				if ($$body) $$renderer.push(`${$$body}`);
				$$renderer.push(`</textarea> `);
				$$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--></div> `);
				if (body.trim());
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--> <fieldset class="links-field svelte-1f7u05v"><legend>${escape_html(sub_links_label())}</legend> <!--[-->`);
				const each_array_1 = ensure_array_like(links);
				for (let i = 0, $$length = each_array_1.length; i < $$length; i++) {
					each_array_1[i];
					$$renderer.push(`<div class="link-row svelte-1f7u05v"><label class="visually-hidden"${attr("for", `sub-link-${stringify(i)}`)}>${escape_html(sub_link_label({ number: i + 1 }))}</label> <input${attr("id", `sub-link-${stringify(i)}`)} type="url" inputmode="url" placeholder="https://"${attr("value", links[i])}${attr("aria-invalid", linkErrors[i] ? "true" : void 0)}${attr("aria-describedby", linkErrors[i] ? `sub-link-${i}-error` : void 0)} class="svelte-1f7u05v"/> <button class="button button-secondary" type="button">${escape_html(sub_link_remove())}<span class="visually-hidden">${escape_html(sub_link_label({ number: i + 1 }))}</span></button> `);
					if (linkErrors[i]) $$renderer.push(`<!--[0--><p class="error svelte-1f7u05v"${attr("id", `sub-link-${stringify(i)}-error`)}>${escape_html(sub_error_link())}</p>`);
					else $$renderer.push("<!--[-1-->");
					$$renderer.push(`<!--]--></div>`);
				}
				$$renderer.push(`<!--]--> `);
				if (links.length < 10) $$renderer.push(`<!--[0--><button class="button button-secondary svelte-1f7u05v" type="button">${escape_html(sub_link_add())}</button>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--></fieldset> <div class="form-actions"><button class="button" type="submit"${attr("disabled", work.sending, true)}>${escape_html(work.sending ? sub_sending() : current() ? sub_resubmit() : sub_submit())}</button></div></form></section>`);
			} else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> `);
			FormAlert($$renderer, {
				tone: "success",
				message: sendNote
			});
			$$renderer.push(`<!----> `);
			if (current() && current().versions.length > 0) {
				$$renderer.push(`<!--[0--><section class="card svelte-1f7u05v" aria-labelledby="history-title"><h2 id="history-title" class="svelte-1f7u05v">${escape_html(sub_history_title())}</h2> `);
				VersionHistory($$renderer, {
					submission: current(),
					rendered: data.rendered,
					maxScore: rubricTotal() || void 0
				});
				$$renderer.push(`<!----></section>`);
			} else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]-->`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></div> <aside class="side-col svelte-1f7u05v"><section class="card svelte-1f7u05v" aria-labelledby="due-title"><h2 id="due-title" class="svelte-1f7u05v">${escape_html(sub_due_title())}</h2> `);
		if (due()) {
			$$renderer.push(`<!--[0--><p data-testid="due-cohort">${escape_html(sub_due_cohort({ date: due().cohort }))}</p> `);
			if (due().viewer) $$renderer.push(`<!--[0--><p class="muted" data-testid="due-viewer">${escape_html(sub_due_viewer({ date: due().viewer }))}</p>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]-->`);
		} else $$renderer.push(`<!--[-1--><p class="muted">${escape_html(sub_no_due())}</p>`);
		$$renderer.push(`<!--]--></section> `);
		if (activity().rubric && activity().rubric.length > 0) {
			$$renderer.push(`<!--[0--><section class="card svelte-1f7u05v" aria-labelledby="rubric-title"><h2 id="rubric-title" class="svelte-1f7u05v">${escape_html(sub_rubric_title())}</h2> <table class="rubric svelte-1f7u05v"><thead><tr><th scope="col" class="svelte-1f7u05v">${escape_html(sub_rubric_criterion())}</th><th scope="col" class="svelte-1f7u05v">${escape_html(sub_rubric_max())}</th></tr></thead><tbody><!--[-->`);
			const each_array_2 = ensure_array_like(activity().rubric);
			for (let $$index_2 = 0, $$length = each_array_2.length; $$index_2 < $$length; $$index_2++) {
				let row = each_array_2[$$index_2];
				$$renderer.push(`<tr><td class="svelte-1f7u05v">${escape_html(row.criterion)}</td><td class="num svelte-1f7u05v">${escape_html(row.maxScore)}</td></tr>`);
			}
			$$renderer.push(`<!--]--></tbody><tfoot><tr><th scope="row" class="svelte-1f7u05v">${escape_html(sub_rubric_total_label())}</th><td class="num svelte-1f7u05v">${escape_html(rubricTotal())}</td></tr></tfoot></table></section>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></aside></div>`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-CYvTjsvj.js.map
