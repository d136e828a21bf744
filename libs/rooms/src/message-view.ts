import type { MessageView, ReactionView, RoomView } from '@trainaction/contracts';
import type { ReactionDoc } from './message.schema';
import type { MessageRecord, RoomRecord } from './rooms.repository';

export function toRoomView(room: RoomRecord, unread?: number, lastReadMessageId?: string): RoomView {
  return {
    id: room.id,
    cohortId: room.cohortId,
    name: room.name,
    topic: room.topic,
    scheduledAt: room.scheduledAt?.toISOString(),
    isDefault: room.isDefault,
    locked: room.locked,
    slowModeSeconds: room.slowModeSeconds,
    pinnedMessageIds: activePins(room),
    unread,
    lastReadMessageId,
    lastSessionThreadId: room.lastSessionThreadId,
  };
}

/** Pins whose expiry has not passed. */
export function activePins(room: RoomRecord, now = new Date()): string[] {
  return room.pinnedMessageIds.filter((id) => {
    const until = room.pinExpiries?.[id];
    return !until || new Date(until) > now;
  });
}

export function reactionViews(reactions: ReactionDoc[], viewerId?: string): ReactionView[] {
  const byEmoji = new Map<string, string[]>();
  for (const r of reactions) byEmoji.set(r.emoji, [...(byEmoji.get(r.emoji) ?? []), r.userId]);
  return [...byEmoji].map(([emoji, userIds]) => ({
    emoji,
    count: userIds.length,
    mine: viewerId ? userIds.includes(viewerId) : false,
    userIds,
  }));
}

/**
 * The public shape of a message; a deleted message keeps its place but loses its body and reactions, and a
 * hidden one shows its reason instead of its body (moderators and the author read the text in its history).
 */
/**
 * Whether a message's text is shown to the room's readers: not once deleted or hidden. The room view, and
 * search (after `RoomAccess.roomFor` said the room may be seen), both ask this.
 */
export function showsText(message: Pick<MessageRecord, 'deletedAt' | 'hiddenAt'>): boolean {
  return !message.deletedAt && !message.hiddenAt;
}

export function toMessageView(message: MessageRecord, reactions: ReactionDoc[], viewerId?: string): MessageView {
  const deleted = Boolean(message.deletedAt);
  const hidden = Boolean(message.hiddenAt);
  return {
    id: message.id,
    roomId: message.roomId,
    clientMsgId: message.clientMsgId,
    author: { id: message.authorId, displayName: message.authorName, country: message.authorCountry },
    body: showsText(message) ? message.body : '',
    threadRootId: message.threadRootId,
    replyCount: message.replyCount,
    reactions: deleted ? [] : reactionViews(reactions, viewerId),
    createdAt: message.createdAt.toISOString(),
    editedAt: message.editedAt?.toISOString(),
    deleted: deleted || undefined,
    hidden: hidden || undefined,
    hiddenReason: hidden ? message.hiddenReason : undefined,
    locked: message.locked || undefined,
    changedAt: message.changedAt.toISOString(),
  };
}
