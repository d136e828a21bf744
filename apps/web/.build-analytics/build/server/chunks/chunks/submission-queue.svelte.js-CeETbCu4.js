import { e as getLocale } from './runtime.js-B8EFPPLT.js';
import { g as sortQueue, h as matchesQueueFilters, m as mergeSubmission } from './format.js-ENEWJlJ4.js';
import { d as Listeners, e as socketCall } from './submission.svelte.js-DGKTx1H2.js';

// src/lib/paraglide/messages/sub_announce_changed.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown>, status: NonNullable<unknown> }} Sub_Announce_ChangedInputs */
var es_sub_announce_changed = (i) => {
	return `Entrega de ${i?.name}: ${i?.status}`;
};
var en_sub_announce_changed = (i) => {
	return `${i?.name}'s submission: ${i?.status}`;
};
/**
* | output |
* | --- |
* | "{name}'s submission: {status}" |
*
* @param {Sub_Announce_ChangedInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var sub_announce_changed = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_sub_announce_changed(inputs);
	return es_sub_announce_changed(inputs);
});
// src/lib/paraglide/messages/sub_claim.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Sub_ClaimInputs */
var es_sub_claim = () => {
	return `Tomar`;
};
var en_sub_claim = () => {
	return `Claim`;
};
/**
* | output |
* | --- |
* | "Claim" |
*
* @param {Sub_ClaimInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var sub_claim = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_sub_claim();
	return es_sub_claim();
});
// src/lib/paraglide/messages/sub_unclaim.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Sub_UnclaimInputs */
var es_sub_unclaim = () => {
	return `Soltar`;
};
var en_sub_unclaim = () => {
	return `Release`;
};
/**
* | output |
* | --- |
* | "Release" |
*
* @param {Sub_UnclaimInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var sub_unclaim = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_sub_unclaim();
	return es_sub_unclaim();
});
// src/lib/paraglide/messages/sub_claimed_by.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Sub_Claimed_ByInputs */
var es_sub_claimed_by = (i) => {
	return `La revisa ${i?.name}`;
};
var en_sub_claimed_by = (i) => {
	return `Being reviewed by ${i?.name}`;
};
/**
* | output |
* | --- |
* | "Being reviewed by {name}" |
*
* @param {Sub_Claimed_ByInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var sub_claimed_by = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_sub_claimed_by(inputs);
	return es_sub_claimed_by(inputs);
});
// src/lib/paraglide/messages/sub_claimed_by_me.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Sub_Claimed_By_MeInputs */
var es_sub_claimed_by_me = () => {
	return `La está revisando usted`;
};
var en_sub_claimed_by_me = () => {
	return `You are reviewing it`;
};
/**
* | output |
* | --- |
* | "You are reviewing it" |
*
* @param {Sub_Claimed_By_MeInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var sub_claimed_by_me = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_sub_claimed_by_me();
	return es_sub_claimed_by_me();
});
// src/lib/realtime/submission-queue.svelte.ts
var ReviewWatch = class {
	items = [];
	watching = false;
	/** For the aria-live region: arrivals and changes. */
	announcement = "";
	cohortId;
	filters;
	#listeners = new Listeners();
	#timeoutMs;
	#words = () => null;
	constructor(options) {
		this.cohortId = options.cohortId;
		this.filters = options.filters ?? {};
		this.items = sortQueue(options.initial ?? []);
		this.#timeoutMs = options.timeoutMs ?? 1e4;
	}
	onChange(words) {
		this.#words = words;
	}
	/**
	* A submission from an event or an ack. New ones join only when they match the filters; ones already shown
	* stay and are updated (nothing vanishes under the moderator's pointer when it is claimed or reviewed).
	*/
	merge(next) {
		if (next.cohortId !== this.cohortId) return;
		const known = this.items.some((s) => s.id === next.id);
		if (!known && !matchesQueueFilters(next, this.filters)) return;
		this.items = sortQueue(mergeSubmission(this.items, next));
		const text = this.#words(next, !known);
		if (text) this.announcement = text;
	}
	find(id) {
		return this.items.find((s) => s.id === id);
	}
	attach(socket) {
		if (!this.#listeners.bind(socket)) return;
		this.#listeners.on("connect", () => void this.watch());
		this.#listeners.on("disconnect", () => this.watching = false);
		this.#listeners.on("submission:updated", (s) => this.merge(s));
		if (socket.connected) this.watch();
	}
	detach() {
		this.#listeners.clear();
		this.watching = false;
	}
	async watch() {
		const result = await socketCall(this.#listeners.socket, "review:watch", { cohortId: this.cohortId }, this.#timeoutMs);
		this.watching = result.ok;
	}
	async claim(submissionId, claimed) {
		const result = await socketCall(this.#listeners.socket, "submission:claim", {
			submissionId,
			claimed
		}, this.#timeoutMs);
		if (result.ok) this.merge(result.data.submission);
		return result;
	}
	async review(input) {
		const result = await socketCall(this.#listeners.socket, "submission:review", input, this.#timeoutMs);
		if (result.ok) this.merge(result.data.submission);
		return result;
	}
};

export { ReviewWatch as R, sub_claimed_by_me as a, sub_claimed_by as b, sub_unclaim as c, sub_claim as d, sub_announce_changed as s };
//# sourceMappingURL=submission-queue.svelte.js-CeETbCu4.js.map
