import { e as getLocale } from './runtime.js-B8EFPPLT.js';
import { f as formatInZone } from './schedule.js-DRV8XJJK.js';

// src/lib/paraglide/messages/sub_status_submitted.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Sub_Status_SubmittedInputs */
var es_sub_status_submitted = () => {
	return `Enviada`;
};
var en_sub_status_submitted = () => {
	return `Submitted`;
};
/**
* | output |
* | --- |
* | "Submitted" |
*
* @param {Sub_Status_SubmittedInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var sub_status_submitted = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_sub_status_submitted();
	return es_sub_status_submitted();
});
// src/lib/paraglide/messages/sub_status_in_review.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Sub_Status_In_ReviewInputs */
var es_sub_status_in_review = () => {
	return `En revisión`;
};
var en_sub_status_in_review = () => {
	return `In review`;
};
/**
* | output |
* | --- |
* | "In review" |
*
* @param {Sub_Status_In_ReviewInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var sub_status_in_review = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_sub_status_in_review();
	return es_sub_status_in_review();
});
// src/lib/paraglide/messages/sub_status_returned.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Sub_Status_ReturnedInputs */
var es_sub_status_returned = () => {
	return `Devuelta`;
};
var en_sub_status_returned = () => {
	return `Returned`;
};
/**
* | output |
* | --- |
* | "Returned" |
*
* @param {Sub_Status_ReturnedInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var sub_status_returned = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_sub_status_returned();
	return es_sub_status_returned();
});
// src/lib/paraglide/messages/sub_status_accepted.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Sub_Status_AcceptedInputs */
var es_sub_status_accepted = () => {
	return `Aceptada`;
};
var en_sub_status_accepted = () => {
	return `Accepted`;
};
/**
* | output |
* | --- |
* | "Accepted" |
*
* @param {Sub_Status_AcceptedInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var sub_status_accepted = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_sub_status_accepted();
	return es_sub_status_accepted();
});
// src/lib/paraglide/messages/sub_status_pending.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Sub_Status_PendingInputs */
var es_sub_status_pending = () => {
	return `Pendiente de envío`;
};
var en_sub_status_pending = () => {
	return `Waiting to be sent`;
};
/**
* | output |
* | --- |
* | "Waiting to be sent" |
*
* @param {Sub_Status_PendingInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var sub_status_pending = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_sub_status_pending();
	return es_sub_status_pending();
});
// src/lib/components/submission/format.ts
var STATUS = {
	submitted: sub_status_submitted,
	in_review: sub_status_in_review,
	returned: sub_status_returned,
	accepted: sub_status_accepted
};
/** "Enviada", "En revisión", "Devuelta", "Aceptada" (in the current language). */
function submissionStatusLabel(status) {
	return status === "pending" ? sub_status_pending() : STATUS[status]?.() ?? status;
}
/** The UTC offset of a time zone at an instant, in minutes (-360 for America/Tegucigalpa). */
function offsetMinutes(at, timeZone) {
	const name = new Intl.DateTimeFormat("en-US", {
		timeZone,
		timeZoneName: "longOffset"
	}).formatToParts(at).find((p) => p.type === "timeZoneName")?.value ?? "GMT";
	const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
	return match ? (match[1] === "-" ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
}
/**
* When an activity is due, as the API computes it (libs/submissions/src/due-date.ts): the end (23:59:59) of the
* day `days` after the cohort's start, in the cohort's time zone.
*/
function activityDueAt(cohortStartIso, days, timeZone) {
	const start = new Date(cohortStartIso);
	const local = new Date(start.getTime() + offsetMinutes(start, timeZone) * 6e4);
	const endOfDayLocal = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate() + days, 23, 59, 59);
	const guess = /* @__PURE__ */ new Date(endOfDayLocal - offsetMinutes(new Date(endOfDayLocal), timeZone) * 6e4);
	return (/* @__PURE__ */ new Date(endOfDayLocal - offsetMinutes(guess, timeZone) * 6e4)).toISOString();
}
/** The due date in the cohort's zone, and in the viewer's when it reads differently. */
function formatDue(iso, cohortZone, viewerZone, locale) {
	const cohort = formatInZone(iso, cohortZone, locale);
	const viewer = formatInZone(iso, viewerZone, locale);
	return {
		cohort,
		viewer: viewer === cohort ? null : viewer
	};
}
/** A short date and time for histories (in the viewer's zone). */
function formatWhen(iso, locale, timeZone) {
	return new Intl.DateTimeFormat(locale, {
		dateStyle: "medium",
		timeStyle: "short",
		timeZone,
		hourCycle: locale === "es" ? "h23" : void 0
	}).format(new Date(iso));
}
/** Newer wins: a live event and an ack may arrive in either order. */
function mergeSubmission(list, next) {
	const index = list.findIndex((s) => s.id === next.id);
	if (index === -1) return [...list, next];
	const current = list[index];
	if (Date.parse(current.updatedAt) > Date.parse(next.updatedAt) || current.version > next.version) return [...list];
	const copy = [...list];
	copy[index] = next;
	return copy;
}
/** Whether a submission belongs in a queue filtered like the API's GET /cohorts/:id/submissions. */
function matchesQueueFilters(s, filters) {
	if (filters.status && s.status !== filters.status) return false;
	if (filters.activityId && s.activityId !== filters.activityId) return false;
	if (filters.country && s.learner.country !== filters.country.toUpperCase()) return false;
	if (filters.late !== void 0 && s.late !== filters.late) return false;
	return true;
}
var STATUS_ORDER = {
	submitted: 0,
	in_review: 1,
	returned: 2,
	accepted: 3
};
/** Waiting work first (oldest first), then returned, then accepted. */
function sortQueue(list) {
	const submittedAt = (s) => Date.parse(s.versions.at(-1)?.submittedAt ?? s.updatedAt);
	return [...list].sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || submittedAt(a) - submittedAt(b));
}

export { activityDueAt as a, sub_status_accepted as b, sub_status_returned as c, sub_status_pending as d, formatDue as e, formatWhen as f, sortQueue as g, matchesQueueFilters as h, mergeSubmission as m, submissionStatusLabel as s };
//# sourceMappingURL=format.js-ENEWJlJ4.js.map
