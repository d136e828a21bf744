import { f as formatInZone } from './schedule.js-DRV8XJJK.js';

// src/lib/components/submission/format.ts
var STATUS = {
	submitted: void 0,
	in_review: void 0,
	returned: void 0,
	accepted: void 0
};
/** "Enviada", "En revisión", "Devuelta", "Aceptada" (in the current language). */
function submissionStatusLabel(status) {
	return status === "pending" ? (void 0)() : STATUS[status]?.() ?? status;
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

export { activityDueAt as a, formatDue as b, sortQueue as c, matchesQueueFilters as d, formatWhen as f, mergeSubmission as m, submissionStatusLabel as s };
//# sourceMappingURL=format.js-CG18uwBD.js.map
