import { getContext, setContext } from 'svelte';
import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '@trainaction/contracts';

export type AppSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
export type RealtimeStatus = 'idle' | 'connecting' | 'connected' | 'reconnecting' | 'signed-out';

export interface RealtimeOptions {
  /** Origin of the socket.io server; the page's own origin (server.js proxies /socket.io). */
  url?: string;
  /** A current access token from the web server, or null when the sign-in is over. */
  fetchToken?: () => Promise<string | null>;
  /** Called once when the server revokes the session or no token can be had. */
  onSignedOut?: () => void;
  /** For tests. */
  createSocket?: (url: string, options: Parameters<typeof io>[1]) => AppSocket;
}

/** Refused handshakes in a row before giving up (guards against a loop with a token the API never accepts). */
const MAX_AUTH_RETRIES = 3;

/** GET /session/token: the web server renews the access token through the refresh cookie when needed. */
export async function fetchSessionToken(): Promise<string | null> {
  const response = await fetch('/session/token', { headers: { accept: 'application/json' }, cache: 'no-store' });
  if (response.status === 401) return null;
  if (!response.ok) throw new Error(`token endpoint answered ${response.status}`);
  const body = (await response.json()) as { accessToken?: string };
  return body.accessToken ?? null;
}

/** Ends the sign-in on the web server (clears its cookies), then goes to the sign-in page. */
export async function leaveToLogin(): Promise<void> {
  try {
    await fetch('/logout', { method: 'POST', body: new FormData(), headers: { accept: 'application/json' } });
  } finally {
    window.location.assign('/login');
  }
}

/**
 * One socket.io connection per signed-in tab. The first handshake uses the token from the layout data; every
 * later (re)connection asks the web server for a fresh one, so an expired token never strands the tab.
 */
export class RealtimeConnection {
  status = $state<RealtimeStatus>('idle');
  socket: AppSocket | null = null;

  #options: Required<Omit<RealtimeOptions, 'url'>> & { url: string | undefined };
  #userId: string | null = null;
  #token: string | null = null;
  #authFailures = 0;

  constructor(options: RealtimeOptions = {}) {
    this.#options = {
      url: options.url,
      fetchToken: options.fetchToken ?? fetchSessionToken,
      onSignedOut: options.onSignedOut ?? (() => void leaveToLogin()),
      createSocket: options.createSocket ?? ((url, opts) => io(url, opts) as AppSocket),
    };
  }

  /** Connects as `userId`; calling it again with a newer token for the same person only keeps the token. */
  connect(token: string, userId: string): void {
    this.#token = token;
    if (this.socket && this.#userId === userId) return;
    this.disconnect();
    this.#userId = userId;
    this.status = 'connecting';
    const url = this.#options.url ?? window.location.origin;
    const socket = this.#options.createSocket(url, {
      path: '/socket.io',
      transports: ['websocket'],
      auth: (cb) => void this.#handshakeToken().then((t) => cb({ token: t })),
    });
    this.socket = socket;

    socket.on('connect', () => {
      this.#authFailures = 0;
      this.status = 'connected';
    });
    socket.on('disconnect', (reason) => {
      if (this.socket !== socket) return;
      this.status = 'reconnecting';
      // The server closed us on purpose (not a network loss): socket.io will not retry by itself.
      if (reason === 'io server disconnect') this.#reconnectWithFreshToken(socket);
    });
    socket.on('connect_error', (err) => {
      if (this.socket !== socket) return;
      this.status = 'reconnecting';
      // A refused handshake is not retried by socket.io either; get a fresh token and try again.
      if (err.message === 'UNAUTHENTICATED') this.#reconnectWithFreshToken(socket);
    });
    socket.on('session:revoked', () => this.#signedOut());
  }

  disconnect(): void {
    const socket = this.socket;
    this.socket = null;
    this.#userId = null;
    this.#authFailures = 0;
    socket?.removeAllListeners();
    socket?.disconnect();
    if (this.status !== 'signed-out') this.status = 'idle';
  }

  /** The token for the next handshake: the one we hold once, then a fresh one each time. */
  async #handshakeToken(): Promise<string | null> {
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

  #reconnectWithFreshToken(socket: AppSocket): void {
    this.#authFailures += 1;
    if (this.#authFailures > MAX_AUTH_RETRIES) {
      this.#signedOut();
      return;
    }
    void this.#options
      .fetchToken()
      .then((token) => {
        if (this.socket !== socket) return;
        if (!token) return this.#signedOut();
        this.#token = token;
        socket.connect();
      })
      .catch(() => {
        // The web server is unreachable; try again on the next failure.
        if (this.socket === socket) setTimeout(() => this.socket === socket && socket.connect(), 5_000);
      });
  }

  #signedOut(): void {
    if (this.status === 'signed-out') return;
    this.disconnect();
    this.status = 'signed-out';
    this.#options.onSignedOut();
  }
}

const KEY = Symbol('realtime');

export function setRealtime(connection: RealtimeConnection): RealtimeConnection {
  return setContext(KEY, connection);
}

/** The tab's realtime connection, for features below the root layout. */
export function getRealtime(): RealtimeConnection {
  return getContext<RealtimeConnection>(KEY);
}
