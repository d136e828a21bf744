import { Injectable } from '@nestjs/common';
import type { HistoryQuery, MessageView, RoomJoinResult } from '@trainaction/contracts';
import { AppError, SharedReads, type AuthUser } from '@trainaction/platform';
import { MessageBroadcast } from './message-broadcast';
import { activePins, sharedMessageView } from './message-view';
import { RoomAccess } from './room-access';
import { RoomPresence } from './room-presence';
import { RoomsRepository, type MessageRecord, type ReactionDoc, type RoomSnapshot } from './rooms.repository';
import { RoomsService } from './rooms.service';
import { decodeSyncToken, encodeSyncToken } from './sync-token';

const CATCH_UP_LIMIT = 500;

/** Messages read for a join, with their reactions by message id. */
interface Changes {
  records: MessageRecord[];
  reactions: Map<string, ReactionDoc[]>;
}

/** Joining a room (the latest messages, or a catch-up from a sync token) and reading its history. */
@Injectable()
export class RoomCatchUp {
  /** Catch-ups of one room share a read of its changes (and their reactions) since the earliest `since` among them. */
  private readonly changeReads = new SharedReads<Changes, Date>((a, b) => (a < b ? a : b));

  constructor(
    private readonly repo: RoomsRepository,
    private readonly roomAccess: RoomAccess,
    private readonly rooms: RoomsService,
    private readonly presence: RoomPresence,
    private readonly broadcast: MessageBroadcast,
  ) {}

  /**
   * Subscribes first, then reads: anything that changes while the catch-up is read also arrives live,
   * so nothing falls between the two (the client de-duplicates by id).
   */
  async join(caller: AuthUser, roomId: string, since: string | undefined, subscribe: () => Promise<void>): Promise<RoomJoinResult> {
    const { room, access } = await this.roomAccess.roomFor(caller, roomId);
    const sinceDate = since === undefined ? undefined : decodeSyncToken(since);
    if (since !== undefined && !sinceDate)
      throw new AppError('VALIDATION_FAILED', 'The sync token is not valid', [
        { path: 'since', message: 'is not a token from this server' },
      ]);
    await subscribe();
    // Read after subscribing (a cached snapshot was dropped by any write since it was read, see the repository).
    const snapshot = await this.repo.roomSnapshot(room.id);
    const [roomView, { records, reactions, hasMore, syncToken }] = await Promise.all([
      this.rooms.withReadState(room, caller.id),
      this.messagesOnJoin(room.id, snapshot, sinceDate ?? undefined),
    ]);
    const pinnedRecords = (await Promise.all(activePins(room).map((id) => this.repo.findMessage(id)))).filter(
      (m): m is MessageRecord => m !== null,
    );
    const online = await this.presence.onlineIn(room.id);
    this.presence.presenceChanged(room.id);
    const known = (id: string) => reactions.get(id) ?? snapshot.reactions.get(id);
    const pinReactions = await this.repo.reactionsOf(pinnedRecords.map((m) => m.id).filter((id) => !known(id)));
    const view = (m: MessageRecord) => sharedMessageView(m, known(m.id) ?? pinReactions.get(m.id) ?? [], caller.id);
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

  /** What a join shows: the changes since the sync token (a catch-up), or the latest messages; with their reactions. */
  private async messagesOnJoin(
    roomId: string,
    snapshot: RoomSnapshot,
    since?: Date,
  ): Promise<Changes & { hasMore: boolean; syncToken: string }> {
    if (!since)
      return {
        records: [...snapshot.recent].reverse(),
        reactions: snapshot.reactions,
        hasMore: false,
        syncToken: encodeSyncToken({ t: snapshot.readAt.getTime(), w: true }),
      };
    const startedAt = Date.now();
    const { records, reactions } = await this.changesSince(roomId, since);
    const hasMore = records.length === CATCH_UP_LIMIT;
    const syncToken = hasMore
      ? encodeSyncToken({ t: records[records.length - 1].changedAt.getTime(), w: false })
      : encodeSyncToken({ t: startedAt, w: true });
    return { records, reactions, hasMore, syncToken };
  }

  /**
   * The first CATCH_UP_LIMIT changes of a room from `since`, oldest first, and their reactions, read
   * together with other catch-ups of the room. The shared read starts at the earliest `since`; when it was
   * cut at the limit before reaching far enough past this caller's `since`, this caller reads on its own.
   */
  private async changesSince(roomId: string, since: Date): Promise<Changes> {
    const shared = await this.changeReads.read(roomId, (from) => this.changes(roomId, from), since);
    const records = shared.records.filter((m) => m.changedAt >= since);
    if (shared.records.length === CATCH_UP_LIMIT && records.length < shared.records.length) return this.changes(roomId, since);
    return { records, reactions: shared.reactions };
  }

  private async changes(roomId: string, since: Date): Promise<Changes> {
    const records = await this.repo.changedSince(roomId, since, CATCH_UP_LIMIT);
    return { records, reactions: await this.repo.reactionsOf(records.map((m) => m.id)) };
  }

  async history(caller: AuthUser, roomId: string, query: HistoryQuery): Promise<{ items: MessageView[]; nextCursor: string | null }> {
    const { room } = await this.roomAccess.roomFor(caller, roomId);
    const records = await this.repo.history(room.id, query);
    const items = await this.broadcast.views(records, caller.id);
    const last = records[records.length - 1];
    return { items, nextCursor: records.length === query.limit && last ? last.id : null };
  }
}
