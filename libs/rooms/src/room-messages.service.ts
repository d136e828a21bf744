import { Injectable } from '@nestjs/common';
import { discussionRoom, type MessageView } from '@trainaction/contracts';
import { assertMayPublish, CohortAccess, CohortsRepository } from '@trainaction/cohorts';
import { UsersRepository } from '@trainaction/identity';
import { Notifications } from '@trainaction/notifications';
import { AppError, RealtimePublisher, type AuthUser } from '@trainaction/platform';
import { isDuplicateKey } from './duplicate-key';
import { MessageBroadcast } from './message-broadcast';
import { MessageSearchIndex } from './message-search-index';
import { MessageStore } from './message-store';
import { toMessageView } from './message-view';
import { RoomAccess } from './room-access';
import { RoomsRepository, type MessageRecord } from './rooms.repository';
import { SendRateLimiter } from './send-rate-limiter';

export const EDIT_WINDOW_MS = 15 * 60_000;

interface SendInput {
  roomId: string;
  clientMsgId: string;
  body: string;
  threadRootId?: string;
}

/**
 * Messages in live rooms: sending (rate limit, sanctions, locks, slow mode, mentions), editing within the
 * window, deleting, reacting, their edit history, and a message's text for a flag. An ack is returned only
 * after the write; a retried send (same clientMsgId) returns the stored message and broadcasts nothing new.
 */
@Injectable()
export class RoomMessages {
  constructor(
    private readonly repo: RoomsRepository,
    private readonly roomAccess: RoomAccess,
    private readonly access: CohortAccess,
    private readonly cohortMembers: CohortsRepository,
    private readonly users: UsersRepository,
    private readonly publisher: RealtimePublisher,
    private readonly notifications: Notifications,
    private readonly searchIndex: MessageSearchIndex,
    private readonly limiter: SendRateLimiter,
    private readonly store: MessageStore,
    private readonly broadcast: MessageBroadcast,
  ) {}

  async send(caller: AuthUser, input: SendInput): Promise<{ message: MessageView }> {
    // The rate limit comes first and costs nothing: a flooding client never reaches the database.
    if (!(await this.limiter.take(caller.id))) throw new AppError('RATE_LIMITED', 'You are sending messages too fast; wait a moment');
    const { room, access } = await this.roomAccess.roomFor(caller, input.roomId);
    // A retry of a stored message is answered with it; the unique index catches retries on insert, so the
    // stored copy is looked up first only where a check below could refuse the retry.
    if (access.mutedUntil || room.locked || room.slowModeSeconds) {
      const existing = await this.repo.findByClientId(room.id, caller.id, input.clientMsgId);
      if (existing) return { message: await this.broadcast.view(existing, caller.id) };
    }

    assertMayPublish(access);
    if (room.locked && !access.canModerate) throw new AppError('ROOM_LOCKED', 'This room is locked by its moderators');
    const root = input.threadRootId ? await this.threadRoot(room.id, input.threadRootId) : undefined;
    if (root?.locked && !access.canModerate) throw new AppError('ROOM_LOCKED', 'This thread is locked by its moderators');
    if (room.slowModeSeconds > 0 && !access.canModerate) {
      const last = await this.repo.lastMessageBy(room.id, caller.id);
      const wait = last ? last.createdAt.getTime() + room.slowModeSeconds * 1000 - Date.now() : 0;
      if (wait > 0) throw new AppError('SLOW_MODE', `Slow mode: wait ${Math.ceil(wait / 1000)} s before your next message`);
    }
    const author = await this.users.findProfile(caller.id);
    if (!author) throw new AppError('UNAUTHENTICATED', 'This account no longer exists');

    const mentions = await this.mentionedMembers(room.cohortId, input.body, caller.id);
    const now = new Date();
    let stored: MessageRecord;
    try {
      const record = {
        roomId: room.id,
        cohortId: room.cohortId,
        clientMsgId: input.clientMsgId,
        authorId: caller.id,
        authorName: author.displayName,
        authorCountry: author.country,
        body: input.body,
        threadRootId: root?.id,
        replyCount: 0,
        mentions,
        createdAt: now,
        changedAt: now,
      };
      stored = await this.store.keep(record, access.memberRole === 'learner' ? { courseId: access.cohort.courseId } : undefined);
    } catch (error) {
      // A concurrent retry of the same message won the unique index: answer with the stored one.
      if (!isDuplicateKey(error)) throw error;
      const winner = await this.repo.findByClientId(room.id, caller.id, input.clientMsgId);
      if (!winner) throw error;
      return { message: await this.broadcast.view(winner, caller.id) };
    }
    const message = toMessageView(stored, []); // a new message has no reactions yet
    this.publisher.toRoom(discussionRoom(room.id), 'message:new', message);
    if (root) await this.refreshReplyCount(root.id);
    if (mentions.length) {
      await this.notifications.notify(mentions, {
        kind: 'mention',
        key: `mention:${stored.id}`,
        params: { actor: author.displayName, room: room.name, excerpt: input.body.slice(0, 140) },
        link: `/rooms/${room.id}?message=${stored.id}`,
        audience: { cohortId: room.cohortId },
      });
    }
    return { message };
  }

  async edit(caller: AuthUser, messageId: string, body: string): Promise<{ message: MessageView }> {
    const { message, access } = await this.roomAccess.messageFor(caller, messageId);
    assertMayPublish(access);
    if (message.authorId !== caller.id) throw new AppError('FORBIDDEN', 'Only the author can edit a message');
    if (message.deletedAt) throw new AppError('CONFLICT', 'The message was deleted');
    if (Date.now() - message.createdAt.getTime() > EDIT_WINDOW_MS)
      throw new AppError('FORBIDDEN', 'Messages can be edited for 15 minutes after sending');
    if (message.body === body) return { message: await this.broadcast.view(message, caller.id) };
    const now = new Date();
    await this.repo.recordEdit({ messageId, body: message.body, editedAt: now, editorId: caller.id });
    const updated = (await this.repo.updateMessage(messageId, { body, editedAt: now, changedAt: now }))!;
    await this.searchIndex.changed(message, message.body, body);
    return { message: await this.broadcast.change(updated, 'message:updated', caller.id) };
  }

  async delete(caller: AuthUser, messageId: string): Promise<{ messageId: string }> {
    const { message, access } = await this.roomAccess.messageFor(caller, messageId);
    if (message.authorId !== caller.id && !access.canModerate)
      throw new AppError('FORBIDDEN', 'Only the author or a moderator can delete a message');
    if (message.deletedAt) return { messageId };
    const now = new Date();
    await this.repo.recordEdit({ messageId, body: message.body, editedAt: now, editorId: caller.id });
    const updated = (await this.repo.updateMessage(messageId, { deletedAt: now, changedAt: now, body: '' }))!;
    await this.searchIndex.changed(message, message.body, undefined);
    await this.broadcast.change(updated, 'message:deleted', caller.id);
    if (message.threadRootId) await this.refreshReplyCount(message.threadRootId);
    return { messageId };
  }

  async react(caller: AuthUser, messageId: string, emoji: string, on: boolean) {
    const { message, access } = await this.roomAccess.messageFor(caller, messageId);
    assertMayPublish(access);
    if (message.deletedAt) throw new AppError('CONFLICT', 'The message was deleted');
    if (on) await this.repo.addReaction(message.roomId, messageId, caller.id, emoji);
    else await this.repo.removeReaction(message.roomId, messageId, caller.id, emoji);
    const updated = (await this.repo.updateMessage(messageId, { changedAt: new Date() }))!;
    const view = await this.broadcast.change(updated, 'message:updated', caller.id);
    return { messageId, reactions: view.reactions };
  }

  /** Edit history of a message (each earlier text, and the text before deletion), for moderators and the author. */
  async editHistory(caller: AuthUser, messageId: string) {
    const { message, access } = await this.roomAccess.messageFor(caller, messageId);
    if (!access.canModerate && message.authorId !== caller.id)
      throw new AppError('FORBIDDEN', 'Only moderators and the author see the history');
    const edits = await this.repo.editsOf(messageId);
    const current =
      message.hiddenAt || !message.deletedAt
        ? [{ body: message.body, at: (message.editedAt ?? message.createdAt).toISOString(), current: true }]
        : [];
    return {
      messageId,
      hidden: message.hiddenAt ? { reason: message.hiddenReason, at: message.hiddenAt.toISOString(), by: message.hiddenBy } : undefined,
      versions: [...edits.map((e) => ({ body: e.body, at: e.editedAt.toISOString(), editorId: e.editorId, current: false })), ...current],
    };
  }

  /** A message whose text the caller may read (for flags): deleted ones, and hidden ones for non-moderators, are 404. */
  async visibleMessage(caller: AuthUser, messageId: string) {
    const found = await this.roomAccess.messageFor(caller, messageId);
    if (found.message.deletedAt || (found.message.hiddenAt && !found.access.canModerate)) throw AppError.notFound('Message');
    return found;
  }

  /** Members of the cohort named as `@Display Name` in the body (the composer inserts names this way). */
  private async mentionedMembers(cohortId: string, body: string, authorId: string): Promise<string[]> {
    if (!body.includes('@')) return [];
    const memberIds = (await this.cohortMembers.members(cohortId)).map((m) => m.userId).filter((id) => id !== authorId);
    const lower = body.toLowerCase();
    const named = (await this.users.findByIds(memberIds)).filter((u) => lower.includes(`@${u.displayName.toLowerCase()}`)).map((u) => u.id);
    return this.access.readers(named, { cohortId });
  }

  private async threadRoot(roomId: string, rootId: string): Promise<MessageRecord> {
    const root = await this.repo.findMessage(rootId);
    if (!root || root.roomId !== roomId || root.threadRootId) {
      throw new AppError('VALIDATION_FAILED', 'The request has invalid fields', [
        { path: 'threadRootId', message: 'is not a message of this room that starts a thread' },
      ]);
    }
    return root;
  }

  private async refreshReplyCount(rootId: string): Promise<void> {
    const replyCount = await this.repo.countReplies(rootId);
    const root = await this.repo.updateMessage(rootId, { replyCount, changedAt: new Date() });
    if (root) await this.broadcast.change(root, 'message:updated');
  }
}
