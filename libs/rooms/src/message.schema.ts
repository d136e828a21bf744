import { wordIndexSchema } from '@trainaction/platform';
import { Schema, Types } from 'mongoose';

export interface RoomDoc {
  _id: Types.ObjectId;
  cohortId: string;
  name: string;
  topic?: string;
  scheduledAt?: Date;
  /** Unique: the cohort id for its default room, the room's own id otherwise (no partial indexes). */
  uniqueKey: string;
  isDefault: boolean;
  locked: boolean;
  slowModeSeconds: number;
  pinnedMessageIds: string[];
  /** Pin expiries by message id; a pin without one stays until unpinned. */
  pinExpiries: Record<string, Date>;
  /** Live sessions closed into forum threads so far, and the latest thread. */
  sessionCount?: number;
  lastSessionThreadId?: string;
  createdBy: string;
  createdAt: Date;
}

export const ROOM_MODEL = 'Room';

export const RoomSchema = new Schema<RoomDoc>(
  {
    cohortId: { type: String, required: true, index: true },
    name: { type: String, required: true },
    topic: String,
    scheduledAt: Date,
    uniqueKey: { type: String, required: true, unique: true },
    isDefault: { type: Boolean, required: true },
    locked: { type: Boolean, default: false },
    slowModeSeconds: { type: Number, default: 0 },
    pinnedMessageIds: { type: [String], default: [] },
    pinExpiries: { type: Schema.Types.Mixed, default: {} },
    sessionCount: { type: Number, default: 0 },
    lastSessionThreadId: String,
    createdBy: { type: String, required: true },
  },
  { collection: 'rooms', timestamps: { createdAt: true, updatedAt: false }, versionKey: false, minimize: false },
);

/**
 * A live message. `(roomId, authorId, clientMsgId)` is unique, so a retried send stores nothing new.
 * `changedAt` moves on every change (edit, delete, reaction, reply count) and drives catch-up.
 */
export interface MessageDoc {
  _id: Types.ObjectId;
  roomId: string;
  cohortId: string;
  clientMsgId: string;
  authorId: string;
  authorName: string;
  authorCountry: string;
  body: string;
  threadRootId?: string;
  replyCount: number;
  mentions: string[];
  createdAt: Date;
  editedAt?: Date;
  deletedAt?: Date;
  hiddenAt?: Date;
  hiddenReason?: string;
  hiddenBy?: string;
  /** On a thread root: replies are refused while locked. */
  locked?: boolean;
  changedAt: Date;
  /** Set when a sent message is stored, removed once its words are in the search index (`MessageSearchIndex`). */
  unindexed?: true;
}

export const MESSAGE_MODEL = 'Message';

export const MessageSchema = new Schema<MessageDoc>(
  {
    roomId: { type: String, required: true },
    cohortId: { type: String, required: true, index: true },
    clientMsgId: { type: String, required: true },
    authorId: { type: String, required: true, index: true },
    authorName: { type: String, required: true },
    authorCountry: { type: String, required: true },
    body: { type: String, default: '' },
    threadRootId: { type: String, index: true },
    replyCount: { type: Number, default: 0 },
    mentions: { type: [String], default: [], index: true },
    createdAt: { type: Date, required: true },
    editedAt: Date,
    deletedAt: Date,
    hiddenAt: Date,
    hiddenReason: String,
    hiddenBy: String,
    locked: Boolean,
    changedAt: { type: Date, required: true },
    unindexed: { type: Boolean, index: { sparse: true } },
  },
  { collection: 'messages', versionKey: false },
);
MessageSchema.index({ roomId: 1, authorId: 1, clientMsgId: 1 }, { unique: true });
// Compound indexes lead with the equality and end with the sort or range (ESR), on MongoDB and on the
// embedded engine alike (docs/database.md): the unread counts of a room's main timeline (answered from this
// index alone), history pages (main timeline or one thread: no row is read to test threadRootId, which at
// 50 people at once cost the engine a sixth of its CPU) and catch-ups. The embedded engine's SQLite keeps no
// statistics and, between indexes it rates alike, uses the one created first: the unread counts' index
// comes before the history's.
MessageSchema.index({ roomId: 1, threadRootId: 1, deletedAt: 1, _id: 1 });
MessageSchema.index({ roomId: 1, threadRootId: 1, _id: -1 });
MessageSchema.index({ roomId: 1, changedAt: 1, _id: 1 });

/** One person's reaction with one emoji: a document each, so concurrent reactions never overwrite. */
export interface ReactionDoc {
  messageId: string;
  roomId: string;
  userId: string;
  emoji: string;
  createdAt: Date;
}

export const REACTION_MODEL = 'Reaction';

export const ReactionSchema = new Schema<ReactionDoc>(
  {
    messageId: { type: String, required: true, index: true },
    roomId: { type: String, required: true, index: true },
    userId: { type: String, required: true },
    emoji: { type: String, required: true },
    createdAt: { type: Date, required: true },
  },
  { collection: 'reactions', versionKey: false },
);
ReactionSchema.index({ messageId: 1, userId: 1, emoji: 1 }, { unique: true });

export interface MessageEditDoc {
  messageId: string;
  body: string;
  editedAt: Date;
  editorId: string;
}

export const MESSAGE_EDIT_MODEL = 'MessageEdit';

export const MessageEditSchema = new Schema<MessageEditDoc>(
  {
    messageId: { type: String, required: true, index: true },
    body: { type: String, required: true },
    editedAt: { type: Date, required: true },
    editorId: { type: String, required: true },
  },
  { collection: 'message_edits', versionKey: false },
);

export interface ReadMarkDoc {
  roomId: string;
  userId: string;
  lastReadMessageId: string;
  updatedAt: Date;
}

export const READ_MARK_MODEL = 'ReadMark';

export const ReadMarkSchema = new Schema<ReadMarkDoc>(
  {
    roomId: { type: String, required: true },
    userId: { type: String, required: true, index: true },
    lastReadMessageId: { type: String, required: true },
    updatedAt: { type: Date, required: true },
  },
  { collection: 'read_marks', versionKey: false },
);
ReadMarkSchema.index({ roomId: 1, userId: 1 }, { unique: true });

/** Room messages' word index (`WordIndex`): `<cohortId>/<term>` lists the ids of the cohort's messages holding the term. */
export const MESSAGE_TERM_MODEL = 'MessageSearchTerm';
export const MessageTermSchema = wordIndexSchema('message_search_terms');
