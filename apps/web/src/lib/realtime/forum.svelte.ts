import type { NotificationView, PostView, ThreadView } from '@trainaction/contracts';
import type { AppSocket } from './socket.svelte';

export interface ForumHandlers {
  thread?: (thread: ThreadView) => void;
  post?: (post: PostView) => void;
  activity?: (payload: { threadId: string }) => void;
}

/** Minimal socket surface, so tests can pass a fake. */
export type ForumSocket = Pick<AppSocket, 'on' | 'off' | 'emit' | 'connected'>;

/**
 * Live updates of a cohort's forums (and of one thread): joins with `forum:watch` now and after each reconnection,
 * and reports whether the server accepted the watch. Returns the function that stops listening.
 */
export class ForumWatch {
  joined = $state(false);
  #detach: (() => void) | null = null;

  attach(socket: ForumSocket, target: { cohortId: string; threadId?: string }, handlers: ForumHandlers): void {
    this.detach();
    const join = () => {
      socket.emit('forum:watch', target, (res) => {
        this.joined = res.ok;
      });
    };
    const onDisconnect = () => (this.joined = false);
    const onThread = (thread: ThreadView) => handlers.thread?.(thread);
    const onPost = (post: PostView) => {
      if (!target.threadId || post.threadId === target.threadId) handlers.post?.(post);
    };
    const onActivity = (payload: { threadId: string }) => {
      if (!target.threadId || payload.threadId === target.threadId) handlers.activity?.(payload);
    };
    socket.on('connect', join);
    socket.on('disconnect', onDisconnect);
    socket.on('forum:thread', onThread);
    socket.on('forum:post', onPost);
    socket.on('forum:activity', onActivity);
    if (socket.connected) join();
    this.#detach = () => {
      socket.off('connect', join);
      socket.off('disconnect', onDisconnect);
      socket.off('forum:thread', onThread);
      socket.off('forum:post', onPost);
      socket.off('forum:activity', onActivity);
    };
  }

  detach(): void {
    this.#detach?.();
    this.#detach = null;
    this.joined = false;
  }
}

/** The signed-in person's unread notifications and the latest arrivals (for the header badge and toasts). */
class NotificationCenter {
  unread = $state<number | null>(null);
  latest = $state<NotificationView | null>(null);
  #socket: ForumSocket | null = null;
  #onNew = (notification: NotificationView) => {
    this.unread = (this.unread ?? 0) + 1;
    this.latest = notification;
  };

  attach(socket: ForumSocket): void {
    if (this.#socket === socket) return;
    this.#socket?.off('notification:new', this.#onNew);
    this.#socket = socket;
    socket.on('notification:new', this.#onNew);
  }

  detach(): void {
    this.#socket?.off('notification:new', this.#onNew);
    this.#socket = null;
  }

  async refresh(): Promise<void> {
    try {
      const response = await fetch('/notifications/count', { headers: { accept: 'application/json' }, cache: 'no-store' });
      if (!response.ok) return;
      const body = (await response.json()) as { unread: number };
      this.unread = body.unread;
    } catch {
      // keep the last count
    }
  }
}

/** One per tab; only the browser changes it. */
export const notificationCenter = new NotificationCenter();
