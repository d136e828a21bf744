import {
  mergeMessages,
  type ErrorCode,
  type MessageView,
  type RoomJoinResult,
  type RoomView,
  type SanctionNotice,
} from '@trainaction/contracts';

import { defaultBackoff, newClientId, readOutbox, RETRYABLE, writeOutbox, type OutboxStorage, type PendingMessage } from './room-outbox';
import { socketCall, type CallResult, type EmitterSocket } from './socket-call';

export { defaultBackoff, outboxKey, type OutboxStorage, type PendingMessage } from './room-outbox';
export { firstUnreadId } from './room-unread';

export type RoomSocket = EmitterSocket;
export type { CallResult };

export interface RoomStateOptions {
  roomId: string;
  userId: string;
  room?: RoomView;
  /** Messages already rendered by the server (any order). */
  initial?: readonly MessageView[];
  storage?: OutboxStorage | null;
  /** Ack timeout for socket calls. */
  timeoutMs?: number;
  /** Backoff before retrying the outbox after a retryable failure (attempt starts at 1). */
  backoffMs?: (attempt: number) => number;
  newId?: () => string;
  /** How long a "typing" signal stays shown without being renewed. */
  typingTtlMs?: number;
}

/**
 * One live room as this tab sees it. Messages live in a Map merged with `mergeMessages` (newest `changedAt`
 * wins), so live events, catch-up after a reconnection and history pages can arrive in any order and any number
 * of times. Each (re)connection joins with the last sync token, looping while the server has more, so after any
 * disconnection the view equals the server's. Typed messages go through an outbox that keeps its clientMsgId
 * across retries and reloads: the server answers a repeated clientMsgId with the same message, never a second one.
 */
export class RoomState {
  readonly roomId: string;
  readonly userId: string;
  room = $state<RoomView | null>(null);
  /** Users (ids) with the room open right now. */
  online = $state<string[]>([]);
  /** Users (ids) typing right now, other than me. */
  typing = $state<string[]>([]);
  outbox = $state<PendingMessage[]>([]);
  joined = $state(false);
  syncing = $state(false);
  lastError = $state<string | null>(null);
  /** The last refusal of a send (e.g. SLOW_MODE with its wait in the message), cleared by the next accepted send. */
  refusal = $state<{ code: string; message: string; at: number } | null>(null);
  /** A mute or ban of this person in the room's cohort, or its lifting (`until` null), as the server said it. */
  sanction = $state<SanctionNotice | null>(null);
  syncToken: string | null = null;

  #messages = new Map<string, MessageView>();
  #version = $state(0);
  #socket: RoomSocket | null = null;
  #joinRun = 0;
  #flushing = false;
  #retryTimer: ReturnType<typeof setTimeout> | null = null;
  #typingTimers = new Map<string, ReturnType<typeof setTimeout>>();
  #lastReadSent: string | null = null;
  #typingSentAt = 0;
  #options: Required<Omit<RoomStateOptions, 'room' | 'initial' | 'storage'>> & { storage: OutboxStorage | null };
  #listeners: Array<[string, (...args: never[]) => void]> = [];

  constructor(options: RoomStateOptions) {
    this.roomId = options.roomId;
    this.userId = options.userId;
    this.room = options.room ?? null;
    this.#options = {
      roomId: options.roomId,
      userId: options.userId,
      storage: options.storage ?? null,
      timeoutMs: options.timeoutMs ?? 10_000,
      backoffMs: options.backoffMs ?? defaultBackoff,
      newId: options.newId ?? newClientId,
      typingTtlMs: options.typingTtlMs ?? 6_000,
    };
    if (options.initial) this.merge(options.initial);
    this.outbox = readOutbox(this.#options.storage, this.roomId, this.userId);
    this.#dropAcknowledged();
  }

  /** Every message held (top level and thread replies), sorted by id: ObjectId order is creation order. */
  get all(): MessageView[] {
    void this.#version;
    return [...this.#messages.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  /** The main timeline: top-level messages. */
  timeline = $derived.by(() => this.all.filter((m) => !m.threadRootId));

  /** Messages of mine still on their way, for the main timeline. */
  pending = $derived(this.outbox.filter((p) => !p.threadRootId));

  get(id: string): MessageView | undefined {
    void this.#version;
    return this.#messages.get(id);
  }

  /** Replies of one thread, oldest first. */
  replies(rootId: string): MessageView[] {
    return this.all.filter((m) => m.threadRootId === rootId);
  }

  pendingReplies(rootId: string): PendingMessage[] {
    return this.outbox.filter((p) => p.threadRootId === rootId);
  }

  /** Merges messages from anywhere (join, live event, history page, ack); pending copies of them disappear. */
  merge(messages: readonly MessageView[]): void {
    const mine = messages.filter((m) => m.roomId === this.roomId);
    if (mine.length === 0) return;
    mergeMessages(this.#messages, mine);
    this.#version += 1;
    this.#dropAcknowledged();
  }

  /** Listens to a socket; joins now if it is connected and again on every reconnection. */
  attach(socket: RoomSocket): void {
    if (this.#socket === socket) return;
    this.detach();
    this.#socket = socket;
    const on = <A extends unknown[]>(event: string, handler: (...args: A) => void) => {
      const h = handler as unknown as (...args: never[]) => void;
      socket.on(event, h);
      this.#listeners.push([event, h]);
    };
    on('connect', () => void this.join());
    on('disconnect', () => {
      this.joined = false;
      this.typing = [];
    });
    const live = (message: MessageView) => this.merge([message]);
    on('message:new', live);
    on('message:updated', live);
    on('message:deleted', live);
    on('presence:update', (p: { roomId: string; online: string[] }) => {
      if (p.roomId === this.roomId) this.online = [...new Set(p.online)];
    });
    on('typing:update', (p: { roomId: string; userId: string; typing: boolean }) => {
      if (p.roomId === this.roomId && p.userId !== this.userId) this.#setTyping(p.userId, p.typing);
    });
    on('sanction:changed', (notice: SanctionNotice) => {
      if (notice.cohortId === (this.room?.cohortId ?? notice.cohortId)) this.sanction = notice;
    });
    on('room:updated', (room: RoomView) => {
      if (room.id === this.roomId) this.room = { ...room, unread: this.room?.unread };
    });
    if (socket.connected) void this.join();
  }

  detach(): void {
    const socket = this.#socket;
    if (!socket) return;
    if (socket.connected) socket.emit('room:leave', { roomId: this.roomId }, () => undefined);
    for (const [event, handler] of this.#listeners) socket.off(event, handler);
    this.#listeners = [];
    this.#socket = null;
    this.joined = false;
    if (this.#retryTimer) clearTimeout(this.#retryTimer);
    this.#retryTimer = null;
    for (const timer of this.#typingTimers.values()) clearTimeout(timer);
    this.#typingTimers.clear();
  }

  /** Joins (or re-joins) with the last sync token, reading until the server has nothing more, then sends the outbox. */
  async join(): Promise<boolean> {
    const run = ++this.#joinRun;
    this.syncing = true;
    try {
      for (let round = 0; round < 50; round++) {
        const since = this.syncToken ?? undefined;
        const result = await this.call<RoomJoinResult>('room:join', since ? { roomId: this.roomId, since } : { roomId: this.roomId });
        if (run !== this.#joinRun) return false;
        if (!result.ok) {
          // A token this server no longer understands: start again from recent history.
          if (result.code === 'VALIDATION_FAILED' && since) {
            this.syncToken = null;
            continue;
          }
          this.lastError = result.code;
          return false;
        }
        const { room, online, messages, syncToken, hasMore, sanction } = result.data;
        if (sanction) this.sanction = sanction;
        else if (this.sanction?.kind === 'mute' && this.sanction.until) this.sanction = null;
        this.merge(messages);
        this.syncToken = syncToken;
        this.room = { ...room, unread: this.room?.unread ?? room.unread };
        this.online = [...new Set(online)];
        if (!hasMore) break;
      }
      this.joined = true;
      this.lastError = null;
      void this.flush();
      return true;
    } finally {
      if (run === this.#joinRun) this.syncing = false;
    }
  }

  /** Queues a message; it is sent now if possible, otherwise as soon as the room is joined again. */
  send(body: string, threadRootId?: string): PendingMessage | null {
    const text = body.replace(/\s+$/u, '');
    if (text.trim().length === 0) return null;
    const pending: PendingMessage = {
      clientMsgId: this.#options.newId(),
      body: text,
      threadRootId,
      queuedAt: new Date().toISOString(),
      attempts: 0,
    };
    this.outbox = [...this.outbox, pending];
    this.#writeOutbox();
    void this.flush();
    return pending;
  }

  /** Puts a refused message back in line (after the person changed nothing, e.g. once a room is unlocked). */
  retry(clientMsgId: string): void {
    this.outbox = this.outbox.map((p) => (p.clientMsgId === clientMsgId ? { ...p, failed: undefined, attempts: 0 } : p));
    this.#writeOutbox();
    void this.flush();
  }

  discard(clientMsgId: string): void {
    this.outbox = this.outbox.filter((p) => p.clientMsgId !== clientMsgId);
    this.#writeOutbox();
  }

  /** Sends queued messages one by one, in order, each with its own clientMsgId until acknowledged. */
  async flush(): Promise<void> {
    if (this.#flushing || !this.joined || !this.#socket?.connected) return;
    this.#flushing = true;
    try {
      for (;;) {
        const next = this.outbox.find((p) => !p.failed);
        if (!next || !this.#socket?.connected) return;
        const payload: Record<string, string> = { roomId: this.roomId, clientMsgId: next.clientMsgId, body: next.body };
        if (next.threadRootId) payload.threadRootId = next.threadRootId;
        const result = await this.call<{ message: MessageView }>('message:send', payload);
        if (result.ok) {
          this.refusal = null;
          this.merge([result.data.message]);
          // merge() drops it; also when the answer belongs to another room (should not happen).
          this.outbox = this.outbox.filter((p) => p.clientMsgId !== next.clientMsgId);
          this.#writeOutbox();
          continue;
        }
        const attempts = next.attempts + 1;
        this.refusal = { code: result.code, message: result.message, at: Date.now() };
        if (RETRYABLE.has(result.code)) {
          this.outbox = this.outbox.map((p) => (p.clientMsgId === next.clientMsgId ? { ...p, attempts } : p));
          this.#writeOutbox();
          this.#scheduleRetry(attempts);
          return;
        }
        this.outbox = this.outbox.map((p) =>
          p.clientMsgId === next.clientMsgId ? { ...p, attempts, failed: result.code as ErrorCode } : p,
        );
        this.#writeOutbox();
      }
    } finally {
      this.#flushing = false;
    }
  }

  async edit(messageId: string, body: string): Promise<CallResult<{ message: MessageView }>> {
    const result = await this.call<{ message: MessageView }>('message:edit', { messageId, body });
    if (result.ok) this.merge([result.data.message]);
    return result;
  }

  async remove(messageId: string): Promise<CallResult<{ messageId: string }>> {
    return this.call<{ messageId: string }>('message:delete', { messageId });
  }

  async react(
    messageId: string,
    emoji: string,
    on: boolean,
  ): Promise<CallResult<{ messageId: string; reactions: MessageView['reactions'] }>> {
    return this.call('message:react', { messageId, emoji, on });
  }

  /** Tells the server the newest message seen; only ever forward, only when it changes. */
  async markRead(messageId: string): Promise<void> {
    if (!this.joined || (this.#lastReadSent && this.#lastReadSent >= messageId)) return;
    const previous = this.#lastReadSent;
    this.#lastReadSent = messageId;
    const result = await this.call<{ unread: number }>('room:read', { roomId: this.roomId, messageId });
    if (result.ok) {
      if (this.room) this.room = { ...this.room, unread: result.data.unread };
    } else if (this.#lastReadSent === messageId) this.#lastReadSent = previous;
  }

  /** Typing signal, at most every 3 s while typing; `false` right away. */
  setTyping(typing: boolean): void {
    const socket = this.#socket;
    if (!socket?.connected || !this.joined) return;
    const now = Date.now();
    if (typing && now - this.#typingSentAt < 3_000) return;
    if (!typing && this.#typingSentAt === 0) return;
    this.#typingSentAt = typing ? now : 0;
    socket.emit('typing', { roomId: this.roomId, typing });
  }

  /** One ack'ed socket call with a timeout; never throws. */
  call<T>(event: string, payload: unknown): Promise<CallResult<T>> {
    return socketCall<T>(this.#socket, event, payload, this.#options.timeoutMs);
  }

  #scheduleRetry(attempt: number): void {
    if (this.#retryTimer) return;
    this.#retryTimer = setTimeout(() => {
      this.#retryTimer = null;
      void this.flush();
    }, this.#options.backoffMs(attempt));
  }

  #setTyping(userId: string, typing: boolean): void {
    const timer = this.#typingTimers.get(userId);
    if (timer) clearTimeout(timer);
    this.#typingTimers.delete(userId);
    if (typing) {
      this.#typingTimers.set(
        userId,
        setTimeout(() => this.#setTyping(userId, false), this.#options.typingTtlMs),
      );
      if (!this.typing.includes(userId)) this.typing = [...this.typing, userId];
    } else if (this.typing.includes(userId)) {
      this.typing = this.typing.filter((id) => id !== userId);
    }
  }

  /** A pending message whose clientMsgId is already in the view (ack or live echo) is the same message: drop it. */
  #dropAcknowledged(): void {
    if (this.outbox.length === 0) return;
    const acked = new Set<string>();
    for (const m of this.#messages.values()) if (m.author.id === this.userId) acked.add(m.clientMsgId);
    const left = this.outbox.filter((p) => !acked.has(p.clientMsgId));
    if (left.length !== this.outbox.length) {
      this.outbox = left;
      this.#writeOutbox();
    }
  }
  #writeOutbox(): void {
    writeOutbox(this.#options.storage, this.roomId, this.userId, this.outbox);
  }
}
