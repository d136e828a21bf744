// src/lib/cohorts/schedule.ts
/** The academy's zones first: CR, SV, GT and HN are UTC-6 all year; the Dominican Republic is UTC-4. */
var ACADEMY_TIME_ZONES = [
	{
		zone: "America/Costa_Rica",
		country: "CR"
	},
	{
		zone: "America/El_Salvador",
		country: "SV"
	},
	{
		zone: "America/Guatemala",
		country: "GT"
	},
	{
		zone: "America/Tegucigalpa",
		country: "HN"
	},
	{
		zone: "America/Santo_Domingo",
		country: "DO"
	}
];
/** Every other IANA zone the runtime knows, sorted, without the academy's. */
function otherTimeZones() {
	const academy = new Set(ACADEMY_TIME_ZONES.map((z) => z.zone));
	return (typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : ["UTC"]).filter((zone) => !academy.has(zone)).sort();
}
/** A date and time in `timeZone`, worded for `locale`, with the zone's short name (e.g. "GMT-6"). */
function formatInZone(iso, timeZone, locale) {
	return new Intl.DateTimeFormat(locale, {
		timeZone,
		dateStyle: "long",
		timeStyle: "short",
		hourCycle: locale === "es" ? "h23" : void 0
	}).format(new Date(iso)).concat(" (", zoneOffsetName(iso, timeZone, locale), ")");
}
/** A date only, in `timeZone` (cards and lists). */
function formatDay(iso, timeZone, locale) {
	return new Intl.DateTimeFormat(locale, {
		timeZone,
		dateStyle: "medium"
	}).format(new Date(iso));
}
/** "GMT-6" for Tegucigalpa at that instant. */
function zoneOffsetName(iso, timeZone, locale) {
	return new Intl.DateTimeFormat(locale, {
		timeZone,
		timeZoneName: "shortOffset"
	}).formatToParts(new Date(iso)).find((p) => p.type === "timeZoneName")?.value ?? timeZone;
}
/** Minutes east of UTC of `timeZone` at the instant `utcMs`. */
function offsetMinutes(utcMs, timeZone) {
	const parts = new Intl.DateTimeFormat("en-US", {
		timeZone,
		hourCycle: "h23",
		year: "numeric",
		month: "2-digit",
		day: "2-digit",
		hour: "2-digit",
		minute: "2-digit",
		second: "2-digit"
	}).formatToParts(new Date(utcMs));
	const get = (type) => Number(parts.find((p) => p.type === type)?.value);
	const asUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour") % 24, get("minute"), get("second"));
	return Math.round((asUtc - utcMs) / 6e4);
}
/**
* A `datetime-local` value ("2026-08-03T09:00") read as wall-clock time in `timeZone`, as an ISO instant; null when
* it is not a date. Two passes settle the offset across a daylight-saving change.
*/
function zonedLocalToIso(local, timeZone) {
	const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local.trim());
	if (!match) return null;
	const [, y, mo, d, h, mi] = match.map(Number);
	const wall = Date.UTC(y, mo - 1, d, h, mi);
	if (Number.isNaN(wall)) return null;
	let utc = wall - offsetMinutes(wall, timeZone) * 6e4;
	utc = wall - offsetMinutes(utc, timeZone) * 6e4;
	return new Date(utc).toISOString();
}

export { ACADEMY_TIME_ZONES as A, formatDay as a, formatInZone as f, otherTimeZones as o, zonedLocalToIso as z };
//# sourceMappingURL=schedule.js-DRV8XJJK.js.map
