import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { BatchedReads, CacheBus, findManyById, type TtlCache } from '@trainaction/platform';
import { Model, Types } from 'mongoose';
import {
  MESSAGE_EDIT_MODEL,
  MESSAGE_MODEL,
  REACTION_MODEL,
  READ_MARK_MODEL,
  ROOM_MODEL,
  type MessageDoc,
  type MessageEditDoc,
  type ReactionDoc,
  type ReadMarkDoc,
  type RoomDoc,
} from './message.schema';

export type RoomRecord = Omit<RoomDoc, '_id'> & { id: string };
export type MessageRecord = Omit<MessageDoc, '_id' | 'unindexed'> & { id: string };
export type { ReactionDoc };

/** How many of the latest messages a join shows. */
const RECENT_ON_JOIN = 50;
/** A room's join snapshot and read marks are trusted this long without a write telling otherwise. */
const SNAPSHOT_TTL_MS = 60_000;
/** Snapshots kept at most (one per room joined lately). */
const MAX_SNAPSHOTS = 2_000;
/** Read marks kept at most (one per person and room joined lately). */
const MAX_MARKS = 50_000;

/** What every join of a room shows of its main timeline, kept until something in the room changes. */
export interface RoomSnapshot {
  /** When its reads began: a sync token from here on misses nothing the snapshot does not show. */
  readAt: Date;
  /** The latest RECENT_ON_JOIN messages of the main timeline, newest first. */
  recent: MessageRecord[];
  /** The reactions of the recent messages, by message id, oldest first (a recent message without any has none). */
  reactions: Map<string, ReactionDoc[]>;
  /** Unread counts counted since the snapshot was read, by `<reader>|<mark>` (they hold until the room changes). */
  unread: Map<string, Promise<number>>;
}

function toRoom({ _id, ...rest }: RoomDoc): RoomRecord {
  return { ...rest, id: _id.toHexString() };
}

function toMessage({ _id, unindexed: _pending, ...rest }: MessageDoc): MessageRecord {
  return { ...rest, id: _id.toHexString() };
}

function oid(id: string): Types.ObjectId {
  return new Types.ObjectId(id);
}

/**
 * Every read and write of rooms, messages, reactions, edits and read marks. Cohort-scoped reads take the
 * cohort id.
 *
 * A join storm reads the same room hundreds of times, faster than any database answers. So what a join
 * shows (`roomSnapshot`, `readMark`) is cached per room (and reader), and every write below drops the
 * entry on every node *before* it returns, that is before the service broadcasts the change: a joiner
 * served from the cache either sees the change in it or, having subscribed before the broadcast, receives
 * it live (docs/database.md rule 7). Concurrent misses of one key share one read (TtlCache).
 */
@Injectable()
export class RoomsRepository {
  /** Rooms are read on every message; changes made here invalidate on every node. */
  private readonly roomCache: TtlCache<RoomRecord | null>;
  private readonly snapshots: TtlCache<RoomSnapshot>;
  /** Each reader's mark in a room, by `<roomId>|<userId>` ('' for none). */
  private readonly marks: TtlCache<string>;
  /** Rooms missing from the cache at the same time (a burst of joins after a restart): one query. */
  private readonly roomReads: BatchedReads<RoomDoc>;

  constructor(
    @InjectModel(ROOM_MODEL) private readonly rooms: Model<RoomDoc>,
    @InjectModel(MESSAGE_MODEL) private readonly messages: Model<MessageDoc>,
    @InjectModel(REACTION_MODEL) private readonly reactions: Model<ReactionDoc>,
    @InjectModel(MESSAGE_EDIT_MODEL) private readonly edits: Model<MessageEditDoc>,
    @InjectModel(READ_MARK_MODEL) private readonly reads: Model<ReadMarkDoc>,
    caches: CacheBus,
  ) {
    this.roomCache = caches.cache('rooms');
    this.snapshots = caches.cache('room-snapshots', SNAPSHOT_TTL_MS, MAX_SNAPSHOTS);
    this.marks = caches.cache('room-read-marks', SNAPSHOT_TTL_MS, MAX_MARKS);
    this.roomReads = new BatchedReads(
      (ids) => findManyById(rooms, ids),
      (doc) => doc._id.toHexString(),
    );
  }

  /** Throws E11000 when the unique key exists (a cohort's default room created twice). */
  async createRoom(room: Omit<RoomDoc, '_id' | 'createdAt'> & { id?: string }): Promise<RoomRecord> {
    const { id, ...fields } = room;
    const doc = await this.rooms.create(id ? { _id: oid(id), ...fields } : fields);
    return toRoom(doc.toObject());
  }

  async findRoom(id: string): Promise<RoomRecord | null> {
    if (!Types.ObjectId.isValid(id)) return null;
    return this.roomCache.get(id, async () => {
      const doc = await this.roomReads.read(new Types.ObjectId(id).toHexString());
      return doc ? toRoom(doc) : null;
    });
  }

  async roomsOfCohort(cohortId: string): Promise<RoomRecord[]> {
    const docs = await this.rooms.find({ cohortId }).sort({ isDefault: -1, createdAt: 1 }).lean<RoomDoc[]>().exec();
    return docs.map(toRoom);
  }

  async updateRoom(
    id: string,
    set: Partial<
      Pick<
        RoomDoc,
        'locked' | 'slowModeSeconds' | 'pinnedMessageIds' | 'pinExpiries' | 'name' | 'topic' | 'sessionCount' | 'lastSessionThreadId'
      >
    >,
  ): Promise<RoomRecord | null> {
    await this.roomCache.write(id, () => this.rooms.updateOne({ _id: id }, { $set: set }).exec());
    return this.findRoom(id);
  }

  /**
   * Throws E11000 when this author already sent this clientMsgId in this room. Inserted with the driver:
   * mongoose's `create` builds, casts and validates a document per message (about 9% of the full path's
   * CPU in rooms of 20, docs/performance.md), and the service sets every field itself. Unset optional
   * fields are left out, as mongoose would, rather than stored as null.
   */
  async insertMessage(message: Omit<MessageDoc, '_id'>): Promise<MessageRecord> {
    const doc = { _id: new Types.ObjectId(), ...message } as MessageDoc;
    for (const key of Object.keys(doc) as (keyof MessageDoc)[]) if (doc[key] === undefined) delete doc[key];
    await this.snapshots.write(message.roomId, () => this.messages.collection.insertOne(doc));
    return toMessage(doc);
  }

  /** Bulk insert for seeding and imports; messages already stored (same clientMsgId) are skipped. */
  async insertMessages(messages: (Omit<MessageDoc, '_id'> & { id: string })[]): Promise<void> {
    const docs = messages.map(({ id, ...rest }) => ({ _id: oid(id), ...rest }));
    await this.snapshots.write(null, async () => {
      for (let i = 0; i < docs.length; i += 500) {
        await this.messages.insertMany(docs.slice(i, i + 500), { ordered: false }).catch((error: { writeErrors?: { code: number }[] }) => {
          if (!error.writeErrors?.every((e) => e.code === 11000)) throw error;
        });
      }
    });
  }

  /** Erasure: the person's messages stay, under a placeholder name. */
  async renameAuthor(authorId: string, name: string): Promise<void> {
    await this.snapshots.write(null, () => this.messages.updateMany({ authorId }, { $set: { authorName: name } }).exec());
  }

  async findMessage(id: string): Promise<MessageRecord | null> {
    if (!Types.ObjectId.isValid(id)) return null;
    const doc = await this.messages.findById(id).lean<MessageDoc>().exec();
    return doc ? toMessage(doc) : null;
  }

  /** Messages by id, in one `$in` of `_id`s (search candidates). */
  async findMessages(ids: string[]): Promise<MessageRecord[]> {
    return (await findManyById(this.messages, ids)).map(toMessage);
  }

  /**
   * With what the search index needs, read as a stream: every message (its backfill), or only those stored
   * with the `unindexed` mark (sent, their words not yet in the index), of any cohort or of these.
   */
  async *searchableMessages(only: 'all' | 'unindexed' = 'all', cohortIds?: string[]) {
    const fields = { cohortId: 1, body: 1, deletedAt: 1 };
    const filter = only === 'all' ? {} : { unindexed: true as const, ...(cohortIds && { cohortId: { $in: cohortIds } }) };
    for await (const doc of this.messages.find(filter, fields).lean<MessageDoc>().cursor({ batchSize: 1000 })) {
      const { _id, cohortId, body, deletedAt } = doc as Pick<MessageDoc, '_id' | 'cohortId' | 'body' | 'deletedAt'>;
      yield { id: _id.toHexString(), cohortId, body, deletedAt };
    }
  }

  /** Removes the `unindexed` mark: nothing anyone reads changes, so no snapshot is dropped. */
  async markIndexed(ids: string[]): Promise<void> {
    for (let i = 0; i < ids.length; i += 1000)
      await this.messages.updateMany({ _id: { $in: ids.slice(i, i + 1000).map(oid) } }, { $unset: { unindexed: 1 } }).exec();
  }

  async findByClientId(roomId: string, authorId: string, clientMsgId: string): Promise<MessageRecord | null> {
    const doc = await this.messages.findOne({ roomId, authorId, clientMsgId }).lean<MessageDoc>().exec();
    return doc ? toMessage(doc) : null;
  }

  async updateMessage(id: string, set: Partial<MessageDoc>, unset: (keyof MessageDoc)[] = []): Promise<MessageRecord | null> {
    const update: Record<string, unknown> = { $set: set };
    if (unset.length) update.$unset = Object.fromEntries(unset.map((k) => [k, 1]));
    let roomId: string | null = null; // unknown (the update or the read failed): every snapshot is dropped
    try {
      await this.messages.updateOne({ _id: id }, update).exec();
      const updated = await this.findMessage(id);
      roomId = updated?.roomId ?? null;
      return updated;
    } finally {
      this.snapshots.invalidate(roomId);
    }
  }

  /** A page of a room's main timeline (or of one thread), newest first. */
  async history(
    roomId: string,
    options: { before?: string; after?: string; threadRootId?: string; limit: number },
  ): Promise<MessageRecord[]> {
    const filter: Record<string, unknown> = { roomId, threadRootId: options.threadRootId ?? { $exists: false } };
    const range: Record<string, Types.ObjectId> = {};
    if (options.before) range.$lt = oid(options.before);
    if (options.after) range.$gt = oid(options.after);
    if (options.before || options.after) filter._id = range;
    const sort = options.after && !options.before ? 1 : -1;
    const docs = await this.messages.find(filter).sort({ _id: sort }).limit(options.limit).lean<MessageDoc[]>().exec();
    const records = docs.map(toMessage);
    return sort === 1 ? records.reverse() : records;
  }

  /** Among the newest messages (this many read), each room's newest, the most recently active room first. */
  async newestMessageOfRooms(limit: number): Promise<{ roomId: string; id: string }[]> {
    const docs = await this.messages
      .find({}, { roomId: 1 })
      .sort({ _id: -1 })
      .limit(limit)
      .lean<Pick<MessageDoc, '_id' | 'roomId'>[]>()
      .exec();
    const newest = new Map<string, string>();
    for (const doc of docs) if (!newest.has(doc.roomId)) newest.set(doc.roomId, doc._id.toHexString());
    return [...newest].map(([roomId, id]) => ({ roomId, id }));
  }

  /** Every message of a room changed at or after `since` (creations, edits, deletions, reactions), oldest change first. */
  async changedSince(roomId: string, since: Date, limit: number): Promise<MessageRecord[]> {
    const docs = await this.messages
      .find({ roomId, changedAt: { $gte: since } })
      .sort({ changedAt: 1, _id: 1 })
      .limit(limit)
      .lean<MessageDoc[]>()
      .exec();
    return docs.map(toMessage);
  }

  async lastMessageBy(roomId: string, authorId: string): Promise<MessageRecord | null> {
    const doc = await this.messages.findOne({ roomId, authorId }).sort({ _id: -1 }).lean<MessageDoc>().exec();
    return doc ? toMessage(doc) : null;
  }

  /** Messages of a room in a time range, for equity-of-voice counts. */
  async messagesBetween(roomId: string, from: Date, to: Date): Promise<Pick<MessageRecord, 'authorId' | 'createdAt'>[]> {
    return this.messages
      .find({ roomId, createdAt: { $gte: from, $lt: to }, deletedAt: { $exists: false } }, { authorId: 1, createdAt: 1, _id: 0 })
      .lean<Pick<MessageRecord, 'authorId' | 'createdAt'>[]>()
      .exec();
  }

  async countReplies(threadRootId: string): Promise<number> {
    return this.messages.countDocuments({ threadRootId, deletedAt: { $exists: false } }).exec();
  }

  async addReaction(roomId: string, messageId: string, userId: string, emoji: string): Promise<void> {
    await this.snapshots.write(roomId, () =>
      this.reactions.create({ roomId, messageId, userId, emoji, createdAt: new Date() }).catch((error: { code?: number }) => {
        if (error.code !== 11000) throw error; // already reacted with this emoji
      }),
    );
  }

  async removeReaction(roomId: string, messageId: string, userId: string, emoji: string): Promise<void> {
    await this.snapshots.write(roomId, () => this.reactions.deleteOne({ messageId, userId, emoji }).exec());
  }

  /**
   * Reactions of some messages, by message id, oldest first: in `_id` order (ids grow with time), which
   * the engine answers from its index even right after it starts (no pass over an unindexed field's kinds).
   */
  async reactionsOf(messageIds: string[]): Promise<Map<string, ReactionDoc[]>> {
    const byMessage = new Map<string, ReactionDoc[]>(messageIds.map((id) => [id, []]));
    if (messageIds.length === 0) return byMessage;
    const query = { messageId: messageIds.length === 1 ? messageIds[0] : { $in: [...byMessage.keys()] } };
    for (const r of await this.reactions.find(query).sort({ _id: 1 }).lean<ReactionDoc[]>().exec()) byMessage.get(r.messageId)?.push(r);
    return byMessage;
  }

  /** What a join shows of the room (see the class comment). */
  async roomSnapshot(roomId: string): Promise<RoomSnapshot> {
    return this.snapshots.get(roomId, async () => {
      const readAt = new Date();
      const recent = await this.history(roomId, { limit: RECENT_ON_JOIN });
      return { readAt, recent, reactions: await this.reactionsOf(recent.map((m) => m.id)), unread: new Map() };
    });
  }

  /**
   * Messages of the room's main timeline after the reader's mark (all without one), not deleted and not
   * the reader's own: two counts the database answers from the index on (roomId, threadRootId, deletedAt, _id),
   * kept in the room's snapshot until the room changes.
   */
  async unreadCount(roomId: string, userId: string, mark: string | undefined): Promise<number> {
    const snapshot = await this.roomSnapshot(roomId);
    const key = `${userId}|${mark ?? ''}`;
    let count = snapshot.unread.get(key);
    if (!count) {
      const main: Record<string, unknown> = { roomId, threadRootId: { $exists: false }, deletedAt: { $exists: false } };
      if (mark) main._id = { $gt: oid(mark) };
      count = Promise.all([
        this.messages.countDocuments(main).exec(),
        this.messages.countDocuments({ ...main, authorId: userId }).exec(),
      ]).then(([all, own]) => all - own);
      snapshot.unread.set(key, count);
      count.catch(() => snapshot.unread.delete(key));
    }
    return count;
  }

  async recordEdit(edit: MessageEditDoc): Promise<void> {
    await this.edits.create(edit);
  }

  async editsOf(messageId: string): Promise<MessageEditDoc[]> {
    return this.edits.find({ messageId }, { _id: 0 }).sort({ editedAt: 1 }).lean<MessageEditDoc[]>().exec();
  }

  /** The reader's mark in a room: the last message they read, if any (cached like the snapshot). */
  async readMark(roomId: string, userId: string): Promise<string | undefined> {
    const mark = await this.marks.get(`${roomId}|${userId}`, async () => {
      const doc = await this.reads
        .findOne({ roomId, userId }, { _id: 0, lastReadMessageId: 1 })
        .lean<Pick<ReadMarkDoc, 'lastReadMessageId'>>()
        .exec();
      return doc?.lastReadMessageId ?? '';
    });
    return mark || undefined;
  }

  /**
   * Moves the reader's mark forward to `lastReadMessageId`; a mark already there or further stays (an
   * older tab cannot mark newer messages unread again). The upsert of an existing, further mark is refused
   * by the unique index, which is what keeps it.
   */
  async advanceReadMark(roomId: string, userId: string, lastReadMessageId: string): Promise<void> {
    await this.marks.write(`${roomId}|${userId}`, () =>
      this.reads
        .updateOne(
          { roomId, userId, lastReadMessageId: { $lt: lastReadMessageId } },
          { $set: { lastReadMessageId, updatedAt: new Date() } },
          { upsert: true },
        )
        .exec()
        .catch((error: { code?: number }) => {
          if (error.code !== 11000) throw error;
        }),
    );
  }
}
