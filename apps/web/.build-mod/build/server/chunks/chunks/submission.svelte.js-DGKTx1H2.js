import { al as attr_class, ai as attr, ah as escape_html, am as stringify } from './server.js-BLE87T70.js';
import { e as getLocale } from './runtime.js-B8EFPPLT.js';
import { m as mergeSubmission, s as submissionStatusLabel } from './format.js-ENEWJlJ4.js';

// src/lib/paraglide/messages/sub_late.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Sub_LateInputs */
var es_sub_late = () => {
	return `Tardía`;
};
var en_sub_late = () => {
	return `Late`;
};
/**
* | output |
* | --- |
* | "Late" |
*
* @param {Sub_LateInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var sub_late = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_sub_late();
	return es_sub_late();
});
// src/lib/paraglide/messages/sub_version_label.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ version: NonNullable<unknown> }} Sub_Version_LabelInputs */
var es_sub_version_label = (i) => {
	return `Versión ${i?.version}`;
};
var en_sub_version_label = (i) => {
	return `Version ${i?.version}`;
};
/**
* | output |
* | --- |
* | "Version {version}" |
*
* @param {Sub_Version_LabelInputs} inputs
* @param {{ locale?: "es" | "en" }} options
* @returns {LocalizedString}
*/
var sub_version_label = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_sub_version_label(inputs);
	return es_sub_version_label(inputs);
});
// src/lib/components/submission/StatusBadge.svelte
function StatusBadge($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { status } = $$props;
		$$renderer.push(`<span${attr_class(`badge badge-${stringify(status)}`, "svelte-nnuu3m")}${attr("data-status", status)}>${escape_html(submissionStatusLabel(status))}</span>`);
	});
}
// src/lib/realtime/submission-outbox.ts
/** Per person, activity and cohort: a shared computer never sends someone else's work. */
function submissionOutboxKey(userId, activityId, cohortId) {
	return `ta:submission-outbox:${userId}:${activityId}:${cohortId}`;
}
/** Matches the API's rule: 8 to 64 letters, digits, - or _. */
function newClientSubmissionId() {
	if (typeof crypto !== "undefined" && "randomUUID" in crypto) return crypto.randomUUID();
	return `s${Date.now().toString(36)}${Math.random().toString(36).slice(2, 12)}`;
}
/** The browser's localStorage, or null where it is missing or refused (private modes, full quota). */
function browserStorage() {
	try {
		if (typeof localStorage === "undefined") return null;
		const probe = "ta:probe";
		localStorage.setItem(probe, "1");
		localStorage.removeItem(probe);
		return localStorage;
	} catch {
		return null;
	}
}
/**
* The queue of unsent submissions for one activity in one cohort. Each entry keeps its clientSubmissionId for
* life, so sending it again after a lost answer never stores a second version.
*/
var SubmissionOutbox = class {
	#storage;
	#key;
	#memory = [];
	constructor(storage, key) {
		this.#storage = storage;
		this.#key = key;
		this.#memory = this.#read();
	}
	list() {
		return this.#memory.map((e) => ({
			...e,
			links: [...e.links]
		}));
	}
	/** Adds an entry, or replaces the one with the same clientSubmissionId. */
	put(entry) {
		const rest = this.#memory.filter((e) => e.clientSubmissionId !== entry.clientSubmissionId);
		this.#memory = [...rest, {
			...entry,
			links: [...entry.links]
		}];
		this.#write();
	}
	update(clientSubmissionId, change) {
		this.#memory = this.#memory.map((e) => e.clientSubmissionId === clientSubmissionId ? {
			...e,
			...change
		} : e);
		this.#write();
	}
	remove(clientSubmissionId) {
		this.#memory = this.#memory.filter((e) => e.clientSubmissionId !== clientSubmissionId);
		this.#write();
	}
	#read() {
		try {
			const raw = this.#storage?.getItem(this.#key);
			const parsed = raw ? JSON.parse(raw) : [];
			return Array.isArray(parsed) ? parsed.filter(isPending) : [];
		} catch {
			return [];
		}
	}
	#write() {
		try {
			if (this.#memory.length === 0) this.#storage?.removeItem(this.#key);
			else this.#storage?.setItem(this.#key, JSON.stringify(this.#memory));
		} catch {}
	}
};
function isPending(value) {
	const v = value;
	return typeof v === "object" && v !== null && typeof v.clientSubmissionId === "string" && typeof v.body === "string" && Array.isArray(v.links);
}
// src/lib/realtime/submission.svelte.ts
var RETRYABLE = /* @__PURE__ */ new Set([
	"RATE_LIMITED",
	"UNAVAILABLE",
	"INTERNAL",
	"TIMEOUT",
	"OFFLINE",
	"UNAUTHENTICATED"
]);
var isRetryable = (code) => RETRYABLE.has(code);
function socketCall(socket, event, payload, timeoutMs = 1e4) {
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
/** Listens on a socket and remembers the handlers so they can be removed. */
var Listeners = class {
	#socket = null;
	#handlers = [];
	get socket() {
		return this.#socket;
	}
	bind(socket) {
		if (this.#socket === socket) return false;
		this.clear();
		this.#socket = socket;
		return true;
	}
	on(event, handler) {
		const h = handler;
		this.#socket?.on(event, h);
		this.#handlers.push([event, h]);
	}
	clear() {
		for (const [event, h] of this.#handlers) this.#socket?.off(event, h);
		this.#handlers = [];
		this.#socket = null;
	}
};
/**
* A learner's work on one activity in one cohort: the stored submission (all versions), live updates, and an
* outbox so work written offline is sent when the socket comes back, with the same clientSubmissionId.
*/
var LearnerSubmission = class {
	submissions = [];
	pending = [];
	sending = false;
	/** The last refusal of a send, for the page to word. */
	lastError = null;
	/** A short sentence for the aria-live region when the status changes. */
	announcement = "";
	activityId;
	cohortId;
	userId;
	#outbox;
	#listeners = new Listeners();
	#timeoutMs;
	#newId;
	#flushing = false;
	#retryTimer = null;
	#retryDelayMs;
	#announce = () => null;
	constructor(options) {
		this.activityId = options.activityId;
		this.cohortId = options.cohortId;
		this.userId = options.userId;
		this.#timeoutMs = options.timeoutMs ?? 1e4;
		this.#newId = options.newId ?? newClientSubmissionId;
		this.#retryDelayMs = options.retryDelayMs ?? ((attempt) => Math.min(3e4, 2e3 * 2 ** Math.min(attempt - 1, 4)));
		this.submissions = (options.initial ?? []).filter((s) => this.#mine(s));
		this.#outbox = new SubmissionOutbox(options.storage ?? null, options.storageKey ?? `ta:submission-outbox:${options.userId}:${options.activityId}:${options.cohortId}`);
		this.pending = this.#outbox.list();
	}
	/** The submission (one per learner, activity and cohort; later sends are its versions). */
	get current() {
		return this.submissions.at(-1);
	}
	/** How to word status changes in the live region (set by the page, which knows the language). */
	onStatusChange(words) {
		this.#announce = words;
	}
	merge(next) {
		if (!this.#mine(next)) return;
		const found = this.submissions.find((s) => s.id === next.id);
		const before = found ? {
			status: found.status,
			version: found.version
		} : void 0;
		this.submissions = mergeSubmission(this.submissions, next);
		const after = this.submissions.find((s) => s.id === next.id);
		if (after?.updatedAt === next.updatedAt && after?.version === next.version && (before?.status !== next.status || before?.version !== next.version)) {
			const text = this.#announce(next, before);
			if (text) this.announcement = text;
		}
	}
	attach(socket) {
		if (!this.#listeners.bind(socket)) return;
		this.#listeners.on("connect", () => void this.flush());
		this.#listeners.on("submission:updated", (s) => this.merge(s));
		if (socket.connected) this.flush();
	}
	detach() {
		this.#listeners.clear();
		if (this.#retryTimer) clearTimeout(this.#retryTimer);
		this.#retryTimer = null;
	}
	/** Queues a new version and sends it now when connected; offline it waits for the next connection. */
	async submit(body, links) {
		const entry = {
			clientSubmissionId: this.#newId(),
			activityId: this.activityId,
			cohortId: this.cohortId,
			body,
			links: [...links],
			queuedAt: (/* @__PURE__ */ new Date()).toISOString(),
			attempts: 0
		};
		for (const old of this.#outbox.list()) this.#outbox.remove(old.clientSubmissionId);
		this.#outbox.put(entry);
		this.pending = this.#outbox.list();
		this.lastError = null;
		return this.#send(entry);
	}
	/** Drops an unsent or refused entry. */
	discard(clientSubmissionId) {
		this.#outbox.remove(clientSubmissionId);
		this.pending = this.#outbox.list();
		this.lastError = null;
	}
	/** Sends what is waiting (on every connection). */
	async flush() {
		if (this.#flushing) return;
		this.#flushing = true;
		try {
			for (const entry of this.#outbox.list()) {
				if (entry.failed) continue;
				const result = await this.#send(entry);
				if (!result.ok && isRetryable(result.code)) break;
			}
		} finally {
			this.#flushing = false;
		}
	}
	async #send(entry) {
		const socket = this.#listeners.socket;
		if (!socket?.connected) {
			this.lastError = "OFFLINE";
			return {
				ok: false,
				code: "OFFLINE",
				message: "not connected"
			};
		}
		this.sending = true;
		this.#outbox.update(entry.clientSubmissionId, { attempts: entry.attempts + 1 });
		const { clientSubmissionId, activityId, cohortId, body, links } = entry;
		const result = await socketCall(socket, "submission:submit", {
			activityId,
			cohortId,
			clientSubmissionId,
			body,
			links
		}, this.#timeoutMs);
		this.sending = false;
		if (result.ok) {
			this.#outbox.remove(clientSubmissionId);
			this.lastError = null;
			this.merge(result.data.submission);
		} else if (isRetryable(result.code)) {
			this.lastError = result.code;
			if (result.code !== "OFFLINE" && !this.#retryTimer && this.#listeners.socket) this.#retryTimer = setTimeout(() => {
				this.#retryTimer = null;
				this.flush();
			}, this.#retryDelayMs(entry.attempts + 1));
		} else {
			this.#outbox.update(clientSubmissionId, { failed: result.code });
			this.lastError = result.code;
		}
		this.pending = this.#outbox.list();
		return result;
	}
	#mine(s) {
		return s.activityId === this.activityId && s.cohortId === this.cohortId && s.learner.id === this.userId;
	}
};

export { LearnerSubmission as L, StatusBadge as S, sub_late as a, submissionOutboxKey as b, browserStorage as c, Listeners as d, socketCall as e, sub_version_label as s };
//# sourceMappingURL=submission.svelte.js-DGKTx1H2.js.map
