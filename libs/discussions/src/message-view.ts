import type { MessageView, ReactionView, RoomView } from '@trainaction/contracts';
import type { ReactionDoc } from './discussion.schema';
import type { MessageRecord, RoomRecord } from './discussions.repository';

export function toRoomView(room: RoomRecord, unread?: number): RoomView {
  return {
    id: room.id,
    cohortId: room.cohortId,
    name: room.name,
    topic: room.topic,
    scheduledAt: room.scheduledAt?.toISOString(),
    isDefault: room.isDefault,
    locked: room.locked,
    slowModeSeconds: room.slowModeSeconds,
    pinnedMessageIds: room.pinnedMessageIds,
    unread,
  };
}

export function reactionViews(reactions: ReactionDoc[], viewerId?: string): ReactionView[] {
  const byEmoji = new Map<string, string[]>();
  for (const r of reactions) byEmoji.set(r.emoji, [...(byEmoji.get(r.emoji) ?? []), r.userId]);
  return [...byEmoji].map(([emoji, userIds]) => ({ emoji, count: userIds.length, mine: viewerId ? userIds.includes(viewerId) : false, userIds }));
}

/** The public shape of a message; a deleted message keeps its place but loses its body and reactions. */
export function toMessageView(message: MessageRecord, reactions: ReactionDoc[], viewerId?: string): MessageView {
  const deleted = Boolean(message.deletedAt);
  return {
    id: message.id,
    roomId: message.roomId,
    clientMsgId: message.clientMsgId,
    author: { id: message.authorId, displayName: message.authorName, country: message.authorCountry },
    body: deleted ? '' : message.body,
    threadRootId: message.threadRootId,
    replyCount: message.replyCount,
    reactions: deleted ? [] : reactionViews(reactions, viewerId),
    createdAt: message.createdAt.toISOString(),
    editedAt: message.editedAt?.toISOString(),
    deleted: deleted || undefined,
    changedAt: message.changedAt.toISOString(),
  };
}
