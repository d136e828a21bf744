import { Injectable } from '@nestjs/common';
import {
  discussionRoom,
  type HistoryQuery,
  type MessageView,
  type RoomInput,
  type RoomJoinResult,
  type RoomView,
} from '@trainaction/contracts';
import { assertMayPublish, CohortAccess, CohortsRepository, publishingRefusal, type CohortAccessResult } from '@trainaction/cohorts';
import { UsersRepository } from '@trainaction/identity';
import { Notifications } from '@trainaction/notifications';
import { AppConfig, AppError, newId, RealtimePublisher, SharedReads, type AuthUser } from '@trainaction/platform';
import { ActivityCounters } from '@trainaction/activity';
import { RoomsRepository, type MessageRecord, type RoomRecord, type RoomSnapshot } from './rooms.repository';
import { MessageSearchIndex } from './message-search-index';
import { activePins, toMessageView, toRoomView } from './message-view';
import { SendRateLimiter } from './send-rate-limiter';
import { decodeSyncToken, encodeSyncToken } from './sync-token';

export const EDIT_WINDOW_MS = 15 * 60_000;
const CATCH_UP_LIMIT = 500;
/**
 * Presence is broadcast at most once per interval per room, so a join storm costs one list per interval,
 * not one per join. Each broadcast is a packet to every member, so the interval grows with the room:
 * 500 ms up to 50 members, then 10 ms per member (1 s for 100, 5 s for 500): a room's presence costs
 * its members at most about 100 packets a second in all, whatever its size.
 */
const PRESENCE_MIN_INTERVAL_MS = 500;
const PRESENCE_MS_PER_MEMBER = 10;
const PRESENCE_MAX_INTERVAL_MS = 5_000;

interface SendInput {
  roomId: string;
  clientMsgId: string;
  body: string;
  threadRootId?: string;
}

function presenceInterval(members: number): number {
  return Math.min(PRESENCE_MAX_INTERVAL_MS, Math.max(PRESENCE_MIN_INTERVAL_MS, members * PRESENCE_MS_PER_MEMBER));
}

function isDuplicateKey(error: unknown): boolean {
  return (error as { code?: number })?.code === 11000;
}

/**
 * Live rooms: who may join, what is stored, what is broadcast. An ack is returned only after the write;
 * a retried send (same clientMsgId) returns the stored message and broadcasts nothing new.
 */
@Injectable()
export class RoomsService {
  private readonly storeMessages: boolean;
  /** Catch-ups of one room share a read of its changes since the earliest `since` among them. */
  private readonly changeReads = new SharedReads<MessageRecord[], Date>((a, b) => (a < b ? a : b));
  /** Who is online in a room: joins and presence updates of one room share the listing of its sockets. */
  private readonly onlineReads = new SharedReads<string[]>();
  private readonly presenceTimers = new Map<string, NodeJS.Timeout>();
  private readonly presenceVersions = new Map<string, number>();

  constructor(
    config: AppConfig,
    private readonly repo: RoomsRepository,
    private readonly access: CohortAccess,
    private readonly cohortMembers: CohortsRepository,
    private readonly users: UsersRepository,
    private readonly publisher: RealtimePublisher,
    private readonly counters: ActivityCounters,
    private readonly notifications: Notifications,
    private readonly searchIndex: MessageSearchIndex,
    private readonly limiter: SendRateLimiter,
  ) {
    this.storeMessages = config.messageStorage === 'database';
  }

  async rooms(caller: AuthUser, cohortId: string): Promise<RoomView[]> {
    await this.access.visible(caller, cohortId);
    const rooms = await this.ensureDefaultRoom(cohortId, caller.id);
    return Promise.all(rooms.map((r) => this.withReadState(r, caller.id)));
  }

  async roomView(caller: AuthUser, roomId: string): Promise<RoomView> {
    const { room } = await this.roomFor(caller, roomId);
    return this.withReadState(room, caller.id);
  }

  /** The room with the caller's read mark and unread count. */
  private async withReadState(room: RoomRecord, userId: string): Promise<RoomView> {
    const mark = await this.repo.readMark(room.id, userId);
    return toRoomView(room, await this.repo.unreadCount(room.id, userId, mark), mark);
  }

  async createRoom(caller: AuthUser, cohortId: string, input: RoomInput): Promise<RoomView> {
    await this.access.moderated(caller, cohortId);
    await this.ensureDefaultRoom(cohortId, caller.id);
    const id = newId();
    const room = await this.repo.createRoom({
      id,
      cohortId,
      name: input.name,
      topic: input.topic,
      scheduledAt: input.scheduledAt ? new Date(input.scheduledAt) : undefined,
      uniqueKey: id,
      isDefault: false,
      locked: false,
      slowModeSeconds: 0,
      pinnedMessageIds: [],
      pinExpiries: {},
      createdBy: caller.id,
    });
    return toRoomView(room);
  }

  /**
   * Subscribes first, then reads: anything that changes while the catch-up is read also arrives live,
   * so nothing falls between the two (the client de-duplicates by id).
   */
  async join(caller: AuthUser, roomId: string, since: string | undefined, subscribe: () => Promise<void>): Promise<RoomJoinResult> {
    const { room, access } = await this.roomFor(caller, roomId);
    const sinceDate = since === undefined ? undefined : decodeSyncToken(since);
    if (since !== undefined && !sinceDate)
      throw new AppError('VALIDATION_FAILED', 'The sync token is not valid', [
        { path: 'since', message: 'is not a token from this server' },
      ]);
    await subscribe();
    // Read after subscribing (a cached snapshot was dropped by any write since it was read, see the repository).
    const snapshot = await this.repo.roomSnapshot(room.id);
    const [roomView, { records, hasMore, syncToken }] = await Promise.all([
      this.withReadState(room, caller.id),
      this.messagesOnJoin(room.id, snapshot, sinceDate ?? undefined),
    ]);
    const pinnedRecords = (await Promise.all(activePins(room).map((id) => this.repo.findMessage(id)))).filter(
      (m): m is MessageRecord => m !== null,
    );
    const online = await this.onlineIn(room.id);
    this.presenceChanged(room.id);
    const others = [...records, ...pinnedRecords].map((m) => m.id).filter((id) => !snapshot.reactions.has(id));
    const reactions = await this.repo.reactionsOf(others);
    const view = (m: MessageRecord) => toMessageView(m, snapshot.reactions.get(m.id) ?? reactions.get(m.id) ?? [], caller.id);
    const muted = access.mutedUntil && !access.canModerate;
    const sanction = muted
      ? { cohortId: room.cohortId, kind: 'mute' as const, until: access.mutedUntil!.toISOString(), reason: access.muteReason ?? '' }
      : undefined;
    return {
      room: roomView,
      online,
      messages: records.map(view),
      syncToken,
      hasMore,
      pinned: pinnedRecords.map(view),
      ...(sanction ? { sanction } : {}),
    };
  }

  /** What a join shows: the changes since the sync token (a catch-up), or the latest messages. */
  private async messagesOnJoin(
    roomId: string,
    snapshot: RoomSnapshot,
    since?: Date,
  ): Promise<{ records: MessageRecord[]; hasMore: boolean; syncToken: string }> {
    if (!since)
      return {
        records: [...snapshot.recent].reverse(),
        hasMore: false,
        syncToken: encodeSyncToken({ t: snapshot.readAt.getTime(), w: true }),
      };
    const startedAt = Date.now();
    const records = await this.changesSince(roomId, since);
    const hasMore = records.length === CATCH_UP_LIMIT;
    const syncToken = hasMore
      ? encodeSyncToken({ t: records[records.length - 1].changedAt.getTime(), w: false })
      : encodeSyncToken({ t: startedAt, w: true });
    return { records, hasMore, syncToken };
  }

  /**
   * The first CATCH_UP_LIMIT changes of a room from `since`, oldest first, read together with other
   * catch-ups of the room. The shared read starts at the earliest `since`; when it was cut at the limit
   * before reaching far enough past this caller's `since`, this caller reads on its own.
   */
  private async changesSince(roomId: string, since: Date): Promise<MessageRecord[]> {
    const shared = await this.changeReads.read(roomId, (from) => this.repo.changedSince(roomId, from, CATCH_UP_LIMIT), since);
    const mine = shared.filter((m) => m.changedAt >= since);
    if (shared.length === CATCH_UP_LIMIT && mine.length < shared.length) return this.repo.changedSince(roomId, since, CATCH_UP_LIMIT);
    return mine;
  }

  /**
   * The users with a socket in the room. Listing the sockets (on every node, with Redis) allocates per
   * socket, so concurrent callers share one listing begun after they asked.
   */
  private onlineIn(roomId: string): Promise<string[]> {
    return this.onlineReads.read(roomId, () => this.publisher.onlineUsers(discussionRoom(roomId)));
  }

  /** Tells a room who is online, at most once per presence interval (joins, leaves and disconnects call this). */
  presenceChanged(roomId: string): void {
    if (this.presenceTimers.has(roomId)) return;
    const timer = setTimeout(
      () => {
        this.presenceTimers.delete(roomId);
        // Lists are read on every node and can come back out of order: only the newest one is sent.
        const version = (this.presenceVersions.get(roomId) ?? 0) + 1;
        this.presenceVersions.set(roomId, version);
        this.onlineIn(roomId)
          .then((online) => {
            if (this.presenceVersions.get(roomId) !== version) return;
            this.presenceVersions.delete(roomId);
            this.publisher.toRoom(discussionRoom(roomId), 'presence:update', { roomId, online });
          })
          .catch(() => undefined);
      },
      presenceInterval(this.publisher.localSockets(discussionRoom(roomId))),
    );
    timer.unref();
    this.presenceTimers.set(roomId, timer);
  }

  async send(caller: AuthUser, input: SendInput): Promise<{ message: MessageView }> {
    // The rate limit comes first and costs nothing: a flooding client never reaches the database.
    if (!(await this.limiter.take(caller.id))) throw new AppError('RATE_LIMITED', 'You are sending messages too fast; wait a moment');
    const { room, access } = await this.roomFor(caller, input.roomId);
    // A retry of a stored message is answered with it; the unique index catches retries on insert, so the
    // stored copy is looked up first only where a check below could refuse the retry.
    if (access.mutedUntil || room.locked || room.slowModeSeconds) {
      const existing = await this.repo.findByClientId(room.id, caller.id, input.clientMsgId);
      if (existing) return { message: await this.view(existing, caller.id) };
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
      stored = this.storeMessages ? await this.repo.insertMessage(record) : { ...record, id: newId() };
    } catch (error) {
      // A concurrent retry of the same message won the unique index: answer with the stored one.
      if (!isDuplicateKey(error)) throw error;
      const winner = await this.repo.findByClientId(room.id, caller.id, input.clientMsgId);
      if (!winner) throw error;
      return { message: await this.view(winner, caller.id) };
    }
    if (this.storeMessages) await this.searchIndex.changed(stored, undefined, stored.body);
    if (access.memberRole === 'learner' && this.storeMessages)
      await this.counters.record({
        userId: caller.id,
        cohortId: room.cohortId,
        courseId: access.cohort.courseId,
        kind: 'message',
        at: now,
      });
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
    const { message, access } = await this.messageFor(caller, messageId);
    assertMayPublish(access);
    if (message.authorId !== caller.id) throw new AppError('FORBIDDEN', 'Only the author can edit a message');
    if (message.deletedAt) throw new AppError('CONFLICT', 'The message was deleted');
    if (Date.now() - message.createdAt.getTime() > EDIT_WINDOW_MS)
      throw new AppError('FORBIDDEN', 'Messages can be edited for 15 minutes after sending');
    if (message.body === body) return { message: await this.view(message, caller.id) };
    const now = new Date();
    await this.repo.recordEdit({ messageId, body: message.body, editedAt: now, editorId: caller.id });
    const updated = (await this.repo.updateMessage(messageId, { body, editedAt: now, changedAt: now }))!;
    await this.searchIndex.changed(message, message.body, body);
    return { message: await this.broadcastChange(updated, 'message:updated', caller.id) };
  }

  async delete(caller: AuthUser, messageId: string): Promise<{ messageId: string }> {
    const { message, access } = await this.messageFor(caller, messageId);
    if (message.authorId !== caller.id && !access.canModerate)
      throw new AppError('FORBIDDEN', 'Only the author or a moderator can delete a message');
    if (message.deletedAt) return { messageId };
    const now = new Date();
    await this.repo.recordEdit({ messageId, body: message.body, editedAt: now, editorId: caller.id });
    const updated = (await this.repo.updateMessage(messageId, { deletedAt: now, changedAt: now, body: '' }))!;
    await this.searchIndex.changed(message, message.body, undefined);
    await this.broadcastChange(updated, 'message:deleted', caller.id);
    if (message.threadRootId) await this.refreshReplyCount(message.threadRootId);
    return { messageId };
  }

  async react(caller: AuthUser, messageId: string, emoji: string, on: boolean) {
    const { message, access } = await this.messageFor(caller, messageId);
    assertMayPublish(access);
    if (message.deletedAt) throw new AppError('CONFLICT', 'The message was deleted');
    if (on) await this.repo.addReaction(message.roomId, messageId, caller.id, emoji);
    else await this.repo.removeReaction(message.roomId, messageId, caller.id, emoji);
    const updated = (await this.repo.updateMessage(messageId, { changedAt: new Date() }))!;
    const view = await this.broadcastChange(updated, 'message:updated', caller.id);
    return { messageId, reactions: view.reactions };
  }

  /** Typing is a signal peers read: only members who may speak in the room send it. */
  async mayType(caller: AuthUser, roomId: string): Promise<boolean> {
    const { access } = await this.roomFor(caller, roomId);
    return !publishingRefusal(access);
  }

  async markRead(caller: AuthUser, roomId: string, messageId: string): Promise<{ unread: number }> {
    const { room } = await this.roomFor(caller, roomId);
    const message = await this.repo.findMessage(messageId);
    if (!message || message.roomId !== room.id) throw AppError.notFound('Message');
    await this.repo.advanceReadMark(room.id, caller.id, messageId);
    const mark = await this.repo.readMark(room.id, caller.id);
    return { unread: await this.repo.unreadCount(room.id, caller.id, mark) };
  }

  // Moderation operations: the caller's right to moderate is checked by the moderation service first.

  async setHidden(messageId: string, hidden: boolean, reason: string | undefined, actorId: string): Promise<MessageView> {
    const now = new Date();
    const updated = hidden
      ? await this.repo.updateMessage(messageId, { hiddenAt: now, hiddenReason: reason, hiddenBy: actorId, changedAt: now })
      : await this.repo.updateMessage(messageId, { changedAt: now }, ['hiddenAt', 'hiddenReason', 'hiddenBy']);
    return this.broadcastChange(updated!, 'message:updated');
  }

  async setThreadLocked(messageId: string, locked: boolean): Promise<MessageView> {
    const updated = await this.repo.updateMessage(messageId, { locked, changedAt: new Date() });
    return this.broadcastChange(updated!, 'message:updated');
  }

  async setPinned(room: RoomRecord, messageId: string, pinned: boolean, until?: Date): Promise<RoomView> {
    const pins = activePins(room).filter((id) => id !== messageId);
    const expiries = Object.fromEntries(Object.entries(room.pinExpiries ?? {}).filter(([id]) => pins.includes(id)));
    if (pinned) pins.push(messageId);
    if (pinned && until) expiries[messageId] = until;
    return this.roomChanged(room.id, { pinnedMessageIds: pins, pinExpiries: expiries });
  }

  /** After a live session became a forum thread: the room links to it, and the next session starts clean. */
  async sessionClosed(roomId: string, threadId: string): Promise<RoomView> {
    const room = (await this.repo.findRoom(roomId))!;
    return this.roomChanged(roomId, {
      sessionCount: (room.sessionCount ?? 0) + 1,
      lastSessionThreadId: threadId,
      pinnedMessageIds: [],
      pinExpiries: {},
    });
  }

  async setRoomLocked(roomId: string, locked: boolean): Promise<RoomView> {
    return this.roomChanged(roomId, { locked });
  }

  async setSlowMode(roomId: string, seconds: number): Promise<RoomView> {
    return this.roomChanged(roomId, { slowModeSeconds: seconds });
  }

  /** Edit history of a message (each earlier text, and the text before deletion), for moderators and the author. */
  async editHistory(caller: AuthUser, messageId: string) {
    const { message, access } = await this.messageFor(caller, messageId);
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

  async messageWithAccess(caller: AuthUser, messageId: string) {
    return this.messageFor(caller, messageId);
  }

  /** A message whose text the caller may read (for flags): deleted ones, and hidden ones for non-moderators, are 404. */
  async visibleMessage(caller: AuthUser, messageId: string) {
    const found = await this.messageFor(caller, messageId);
    if (found.message.deletedAt || (found.message.hiddenAt && !found.access.canModerate)) throw AppError.notFound('Message');
    return found;
  }

  private async roomChanged(roomId: string, set: Parameters<RoomsRepository['updateRoom']>[1]): Promise<RoomView> {
    const view = toRoomView((await this.repo.updateRoom(roomId, set))!);
    this.publisher.toRoom(discussionRoom(roomId), 'room:updated', view);
    return view;
  }

  async history(caller: AuthUser, roomId: string, query: HistoryQuery): Promise<{ items: MessageView[]; nextCursor: string | null }> {
    const { room } = await this.roomFor(caller, roomId);
    const records = await this.repo.history(room.id, query);
    const items = await this.views(records, caller.id);
    const last = records[records.length - 1];
    return { items, nextCursor: records.length === query.limit && last ? last.id : null };
  }

  /** The room, if the caller may see its cohort; otherwise 404 (existence does not leak). */
  async roomFor(caller: AuthUser, roomId: string): Promise<{ room: RoomRecord; access: CohortAccessResult }> {
    const room = await this.repo.findRoom(roomId);
    if (!room) throw AppError.notFound('Room');
    const access = await this.access.visible(caller, room.cohortId).catch(() => {
      throw AppError.notFound('Room');
    });
    return { room, access };
  }

  private async messageFor(caller: AuthUser, messageId: string) {
    const message = await this.repo.findMessage(messageId);
    if (!message) throw AppError.notFound('Message');
    const { access } = await this.roomFor(caller, message.roomId).catch(() => {
      throw AppError.notFound('Message');
    });
    return { message, access };
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
    if (root) await this.broadcastChange(root, 'message:updated');
  }

  private async broadcastChange(
    message: MessageRecord,
    event: 'message:updated' | 'message:deleted',
    viewerId?: string,
  ): Promise<MessageView> {
    const reactions = (await this.repo.reactionsOf([message.id])).get(message.id) ?? [];
    this.publisher.toRoom(discussionRoom(message.roomId), event, toMessageView(message, reactions));
    return toMessageView(message, reactions, viewerId);
  }

  private async view(message: MessageRecord, viewerId?: string): Promise<MessageView> {
    return (await this.views([message], viewerId))[0];
  }

  private async views(messages: MessageRecord[], viewerId?: string): Promise<MessageView[]> {
    const reactions = await this.repo.reactionsOf(messages.map((m) => m.id));
    return messages.map((m) => toMessageView(m, reactions.get(m.id) ?? [], viewerId));
  }

  /** Every cohort has a "General" room; its unique key makes concurrent creation settle on one. */
  private async ensureDefaultRoom(cohortId: string, createdBy: string): Promise<RoomRecord[]> {
    const rooms = await this.repo.roomsOfCohort(cohortId);
    if (rooms.some((r) => r.isDefault)) return rooms;
    await this.repo
      .createRoom({
        cohortId,
        name: 'General',
        uniqueKey: cohortId,
        isDefault: true,
        locked: false,
        slowModeSeconds: 0,
        pinnedMessageIds: [],
        pinExpiries: {},
        createdBy,
      })
      .catch((error: unknown) => {
        if (!isDuplicateKey(error)) throw error;
      });
    return this.repo.roomsOfCohort(cohortId);
  }
}
