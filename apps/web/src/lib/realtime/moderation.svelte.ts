import { socketCall, type CallResult, type EmitterSocket } from './socket-call';
import type { FlagState, FlagView, MessageView, RoomView, SanctionView } from '@trainaction/contracts';

export type ModerationSocket = EmitterSocket;
export type ModCallResult<T> = CallResult<T>;
/** The shared ack'ed call (timeout, never throws). */
export const modCall = socketCall;

const STATE_ORDER: Record<FlagState, number> = { open: 0, in_progress: 1, resolved: 2, rejected: 3 };

/** Open first, then in progress, then closed; newest first within each. */
export function sortFlags(flags: readonly FlagView[]): FlagView[] {
  return [...flags].sort(
    (a, b) => STATE_ORDER[a.state] - STATE_ORDER[b.state] || (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0),
  );
}

/** Keeps the newer of two copies of one flag (by updatedAt). */
export function mergeFlag(list: readonly FlagView[], next: FlagView): FlagView[] {
  const index = list.findIndex((f) => f.id === next.id);
  if (index === -1) return [...list, next];
  if (list[index].updatedAt > next.updatedAt) return [...list];
  const copy = [...list];
  copy[index] = next;
  return copy;
}

/**
 * A cohort's flag queue: `moderation:watch` on every connection, then `flag:new` / `flag:updated` keep it
 * current. New flags are announced for the live region.
 */
export class FlagQueue {
  items = $state<FlagView[]>([]);
  watching = $state(false);
  announcement = $state('');
  /** Ids of flags that arrived live since the page opened (highlighted). */
  fresh = $state<string[]>([]);
  /** Messages changed by this page (hidden/unhidden), by id. */
  messages = $state<Record<string, MessageView>>({});

  readonly cohortId: string;
  #socket: ModerationSocket | null = null;
  #listeners: Array<[string, (...args: never[]) => void]> = [];
  #words: (flag: FlagView, isNew: boolean) => string | null = () => null;
  #timeoutMs: number;

  constructor(options: { cohortId: string; initial?: readonly FlagView[]; timeoutMs?: number }) {
    this.cohortId = options.cohortId;
    this.items = sortFlags(options.initial ?? []);
    this.#timeoutMs = options.timeoutMs ?? 10_000;
  }

  get socket(): ModerationSocket | null {
    return this.#socket;
  }

  onChange(words: (flag: FlagView, isNew: boolean) => string | null): void {
    this.#words = words;
  }

  merge(flag: FlagView, live = false): void {
    if (flag.cohortId !== this.cohortId) return;
    const isNew = !this.items.some((f) => f.id === flag.id);
    this.items = sortFlags(mergeFlag(this.items, flag));
    if (live && isNew) this.fresh = [...this.fresh, flag.id];
    if (live) {
      const text = this.#words(flag, isNew);
      if (text) this.announcement = text;
    }
  }

  attach(socket: ModerationSocket): void {
    if (this.#socket === socket) return;
    this.detach();
    this.#socket = socket;
    const on = <A extends unknown[]>(event: string, handler: (...args: A) => void) => {
      const h = handler as unknown as (...args: never[]) => void;
      socket.on(event, h);
      this.#listeners.push([event, h]);
    };
    on('connect', () => void this.watch());
    on('disconnect', () => (this.watching = false));
    on('flag:new', (flag: FlagView) => this.merge(flag, true));
    on('flag:updated', (flag: FlagView) => this.merge(flag, true));
    on('message:updated', (message: MessageView) => {
      if (this.messages[message.id] || this.items.some((f) => f.messageId === message.id))
        this.messages = { ...this.messages, [message.id]: message };
    });
    if (socket.connected) void this.watch();
  }

  detach(): void {
    const socket = this.#socket;
    if (!socket) return;
    for (const [event, handler] of this.#listeners) socket.off(event, handler);
    this.#listeners = [];
    this.#socket = null;
    this.watching = false;
  }

  async watch(): Promise<void> {
    const result = await modCall<Record<string, never>>(this.#socket, 'moderation:watch', { cohortId: this.cohortId }, this.#timeoutMs);
    this.watching = result.ok;
  }

  call<T>(event: string, payload: unknown): Promise<ModCallResult<T>> {
    return modCall<T>(this.#socket, event, payload, this.#timeoutMs);
  }

  async hide(messageId: string, reason: string, hidden: boolean): Promise<ModCallResult<{ message: MessageView }>> {
    const result = await this.call<{ message: MessageView }>('moderation:hide', { messageId, reason, hidden });
    if (result.ok) this.messages = { ...this.messages, [messageId]: result.data.message };
    return result;
  }

  mute(input: {
    userId: string;
    kind: 'mute' | 'ban';
    minutes: number;
    reason: string;
  }): Promise<ModCallResult<{ sanction: SanctionView }>> {
    return this.call('moderation:mute', { cohortId: this.cohortId, ...input });
  }
}

export type { RoomView };
