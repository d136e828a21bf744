import type { MessageView } from '@trainaction/contracts';

/** Where the unread divider goes on entry: the first of the last `unread` top-level messages by others. */
export function firstUnreadId(timeline: readonly MessageView[], unread: number | undefined, userId: string): string | null {
  if (!unread || unread <= 0) return null;
  let left = unread;
  for (let i = timeline.length - 1; i >= 0; i--) {
    const m = timeline[i];
    if (m.author.id === userId || m.deleted) continue;
    left -= 1;
    if (left === 0) return m.id;
  }
  // More unread than loaded: the divider goes above the oldest loaded message by someone else.
  return timeline.find((m) => m.author.id !== userId && !m.deleted)?.id ?? null;
}
