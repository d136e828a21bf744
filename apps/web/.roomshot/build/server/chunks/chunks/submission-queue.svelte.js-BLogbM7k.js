import { c as sortQueue, d as matchesQueueFilters, m as mergeSubmission } from './format.js-CG18uwBD.js';
import { a as Listeners, c as socketCall } from './submission.svelte.js-gJu2NZ_-.js';

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
	/** A submission from an event or an ack: kept if it matches the filters, dropped otherwise. */
	merge(next) {
		if (next.cohortId !== this.cohortId) return;
		const known = this.items.some((s) => s.id === next.id);
		if (!matchesQueueFilters(next, this.filters)) {
			if (known) this.items = this.items.filter((s) => s.id !== next.id);
			return;
		}
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

export { ReviewWatch as R };
//# sourceMappingURL=submission-queue.svelte.js-BLogbM7k.js.map
