import { b as setContext, g as getContext } from './server.js-BLE87T70.js';
import { io } from 'socket.io-client';

// src/lib/realtime/socket.svelte.ts
var MAX_AUTH_RETRIES = 3;
async function fetchSessionToken() {
	const response = await fetch("/session/token", {
		headers: { accept: "application/json" },
		cache: "no-store"
	});
	if (response.status === 401) return null;
	if (!response.ok) throw new Error(`token endpoint answered ${response.status}`);
	return (await response.json()).accessToken ?? null;
}
/** Ends the sign-in on the web server (clears its cookies), then goes to the sign-in page. */
async function leaveToLogin() {
	try {
		await fetch("/logout", {
			method: "POST",
			body: new FormData(),
			headers: { accept: "application/json" }
		});
	} finally {
		window.location.assign("/login");
	}
}
/**
* One socket.io connection per signed-in tab. The first handshake uses the token from the layout data; every
* later (re)connection asks the web server for a fresh one, so an expired token never strands the tab.
*/
var RealtimeConnection = class {
	status = "idle";
	socket = null;
	#options;
	#userId = null;
	#token = null;
	#authFailures = 0;
	constructor(options = {}) {
		this.#options = {
			url: options.url,
			fetchToken: options.fetchToken ?? fetchSessionToken,
			onSignedOut: options.onSignedOut ?? (() => void leaveToLogin()),
			createSocket: options.createSocket ?? ((url, opts) => io(url, opts))
		};
	}
	/** Connects as `userId`; calling it again with a newer token for the same person only keeps the token. */
	connect(token, userId) {
		this.#token = token;
		if (this.socket && this.#userId === userId) return;
		this.disconnect();
		this.#userId = userId;
		this.status = "connecting";
		const url = this.#options.url ?? window.location.origin;
		const socket = this.#options.createSocket(url, {
			path: "/socket.io",
			transports: ["websocket"],
			auth: (cb) => void this.#handshakeToken().then((t) => cb({ token: t }))
		});
		this.socket = socket;
		socket.on("connect", () => {
			this.#authFailures = 0;
			this.status = "connected";
		});
		socket.on("disconnect", (reason) => {
			if (this.socket !== socket) return;
			this.status = "reconnecting";
			if (reason === "io server disconnect") this.#reconnectWithFreshToken(socket);
		});
		socket.on("connect_error", (err) => {
			if (this.socket !== socket) return;
			this.status = "reconnecting";
			if (err.message === "UNAUTHENTICATED") this.#reconnectWithFreshToken(socket);
		});
		socket.on("session:revoked", () => this.#signedOut());
	}
	disconnect() {
		const socket = this.socket;
		this.socket = null;
		this.#userId = null;
		this.#authFailures = 0;
		socket?.removeAllListeners();
		socket?.disconnect();
		if (this.status !== "signed-out") this.status = "idle";
	}
	/** The token for the next handshake: the one we hold once, then a fresh one each time. */
	async #handshakeToken() {
		const held = this.#token;
		if (held) {
			this.#token = null;
			return held;
		}
		try {
			return await this.#options.fetchToken();
		} catch {
			return null;
		}
	}
	#reconnectWithFreshToken(socket) {
		this.#authFailures += 1;
		if (this.#authFailures > MAX_AUTH_RETRIES) {
			this.#signedOut();
			return;
		}
		this.#options.fetchToken().then((token) => {
			if (this.socket !== socket) return;
			if (!token) return this.#signedOut();
			this.#token = token;
			socket.connect();
		}).catch(() => {
			if (this.socket === socket) setTimeout(() => this.socket === socket && socket.connect(), 5e3);
		});
	}
	#signedOut() {
		if (this.status === "signed-out") return;
		this.disconnect();
		this.status = "signed-out";
		this.#options.onSignedOut();
	}
};
var KEY = Symbol("realtime");
function setRealtime(connection) {
	return setContext(KEY, connection);
}
/** The tab's realtime connection, for features below the root layout. */
function getRealtime() {
	return getContext(KEY);
}

export { RealtimeConnection as R, getRealtime as g, setRealtime as s };
//# sourceMappingURL=socket.svelte.js-DbqnyPgP.js.map
