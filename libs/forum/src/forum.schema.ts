import { wordIndexSchema } from '@trainaction/platform';
import { Schema, Types } from 'mongoose';

/** A forum thread, in a cohort's forum or in its course's forum shared by every cohort of the course. */
export interface ThreadDoc {
  _id: Types.ObjectId;
  scope: 'cohort' | 'course';
  cohortId?: string;
  courseId: string;
  title: string;
  body: string;
  kind: 'discussion' | 'question';
  authorId: string;
  authorName: string;
  authorCountry: string;
  activityId?: string;
  postFirst: boolean;
  allowAnonymous: boolean;
  opensAt?: Date;
  dueAt?: Date;
  acceptedPostId?: string;
  /** Locked by a moderator: no new posts. */
  locked?: boolean;
  roomId?: string;
  /** Unique: `session:<roomId>:<n>` for a thread made from a live session, the thread's own id otherwise. */
  sourceKey: string;
  searchText: string;
  replyCount: number;
  lastActivityAt: Date;
  createdAt: Date;
  editedAt?: Date;
  deletedAt?: Date;
}

export const THREAD_MODEL = 'ForumThread';

export const ThreadSchema = new Schema<ThreadDoc>(
  {
    scope: { type: String, required: true },
    cohortId: String,
    courseId: { type: String, required: true },
    title: { type: String, required: true },
    body: { type: String, required: true },
    kind: { type: String, required: true },
    authorId: { type: String, required: true, index: true },
    authorName: { type: String, required: true },
    authorCountry: { type: String, required: true },
    activityId: String,
    postFirst: { type: Boolean, default: false },
    allowAnonymous: { type: Boolean, default: false },
    opensAt: Date,
    dueAt: Date,
    acceptedPostId: String,
    locked: Boolean,
    roomId: String,
    sourceKey: { type: String, required: true, unique: true },
    searchText: { type: String, required: true },
    replyCount: { type: Number, default: 0 },
    lastActivityAt: { type: Date, required: true },
    createdAt: { type: Date, required: true },
    editedAt: Date,
    deletedAt: Date,
  },
  { collection: 'forum_threads', versionKey: false },
);
// A cohort's and a course's thread lists, newest first (equality, then the sort: ESR).
ThreadSchema.index({ cohortId: 1, _id: -1 });
ThreadSchema.index({ activityId: 1, _id: 1 }); // a forum activity's threads (its page)
ThreadSchema.index({ courseId: 1, _id: -1 });
// By last activity (the default order), and the unanswered ones newest first. The list's other equalities
// (`deletedAt` missing, a course list's `scope`) are in the index, so the embedded engine tests them there
// instead of parsing each thread's JSON on the way (a 30-thread list: 1.7 -> 1.2 ms of engine CPU).
ThreadSchema.index({ cohortId: 1, deletedAt: 1, lastActivityAt: -1, _id: -1 });
ThreadSchema.index({ courseId: 1, scope: 1, deletedAt: 1, lastActivityAt: -1, _id: -1 });
ThreadSchema.index({ cohortId: 1, deletedAt: 1, replyCount: 1, _id: -1 });
ThreadSchema.index({ courseId: 1, scope: 1, deletedAt: 1, replyCount: 1, _id: -1 });

export interface PostDoc {
  _id: Types.ObjectId;
  threadId: string;
  scope: 'cohort' | 'course';
  cohortId?: string;
  courseId: string;
  parentId?: string;
  parentAuthorId?: string;
  /** The post of the same thread this one quotes. */
  quotedPostId?: string;
  depth: number;
  authorId: string;
  authorName: string;
  authorCountry: string;
  anonymous: boolean;
  clientPostId?: string;
  /** Unique per author: a retried post stores nothing new. */
  clientKey: string;
  /** A post's search text is its body (`searchText(body)`), so it is not stored a second time. */
  body: string;
  createdAt: Date;
  editedAt?: Date;
  deletedAt?: Date;
  hiddenAt?: Date;
  hiddenReason?: string;
}

export const POST_MODEL = 'ForumPost';

export const PostSchema = new Schema<PostDoc>(
  {
    threadId: { type: String, required: true, index: true },
    scope: { type: String, required: true },
    cohortId: { type: String, index: true },
    courseId: { type: String, required: true, index: true },
    parentId: String,
    parentAuthorId: String,
    quotedPostId: String,
    depth: { type: Number, required: true },
    authorId: { type: String, required: true },
    authorName: { type: String, required: true },
    authorCountry: { type: String, required: true },
    anonymous: { type: Boolean, default: false },
    clientPostId: String,
    clientKey: { type: String, required: true, unique: true },
    body: { type: String, required: true },
    createdAt: { type: Date, required: true },
    editedAt: Date,
    deletedAt: Date,
    hiddenAt: Date,
    hiddenReason: String,
  },
  { collection: 'forum_posts', versionKey: false },
);
// A thread's posts in order, a page at a time (equality, then the sort), and one person's posts in a thread
// (completion, the post-first rule): both answered from the index, never by reading the thread.
PostSchema.index({ threadId: 1, authorId: 1, deletedAt: 1 });
// One person's posts (renaming, erasure, search by author), and theirs in a page of threads: a thread list's own
// posts (`{ threadId: { $in }, authorId }`). With `authorId` alone SQLite, which keeps no statistics, chose it
// over the compound index above and tested each of the person's posts in its JSON (683 -> 438 µs of engine CPU).
PostSchema.index({ authorId: 1, threadId: 1, deletedAt: 1 });
PostSchema.index({ threadId: 1, _id: 1 });

export interface ForumEditDoc {
  targetId: string;
  body: string;
  title?: string;
  editedAt: Date;
  editorId: string;
}

export const FORUM_EDIT_MODEL = 'ForumEdit';
export const ForumEditSchema = new Schema<ForumEditDoc>(
  { targetId: { type: String, required: true, index: true }, body: String, title: String, editedAt: Date, editorId: String },
  { collection: 'forum_edits', versionKey: false },
);

export interface FollowDoc {
  threadId: string;
  userId: string;
}

export const FOLLOW_MODEL = 'ForumFollow';
export const FollowSchema = new Schema<FollowDoc>(
  { threadId: { type: String, required: true, index: true }, userId: { type: String, required: true } },
  { collection: 'forum_follows', versionKey: false },
);
FollowSchema.index({ threadId: 1, userId: 1 }, { unique: true });
// A person's follows, and theirs among a page of threads (`{ threadId: { $in }, userId }`, as ThreadReadSchema).
FollowSchema.index({ userId: 1, threadId: 1 });

/**
 * A reader's mark in a thread and what it takes to count their unread posts without reading the thread:
 * unread = the thread's `replyCount` − `seen` (its `replyCount` when they last read it) − `own` (their
 * posts since). Marks written before these counters (no `seen`) are completed on the first list that needs
 * them (`ForumReads`); a mark without `readAt` only carries the counters (never opened, `seen` 0).
 */
export interface ThreadReadDoc {
  threadId: string;
  userId: string;
  readAt?: Date;
  seen?: number;
  own?: number;
}

export const THREAD_READ_MODEL = 'ForumThreadRead';
export const ThreadReadSchema = new Schema<ThreadReadDoc>(
  {
    threadId: { type: String, required: true },
    userId: { type: String, required: true },
    readAt: Date,
    seen: Number,
    own: Number,
  },
  { collection: 'forum_reads', versionKey: false },
);
ThreadReadSchema.index({ threadId: 1, userId: 1 }, { unique: true });
// A person's marks, and theirs among a page of threads (`{ threadId: { $in }, userId }`): with `userId` alone,
// SQLite (no statistics) preferred it to the index above and tested every mark of the reader in its JSON; this
// one seeks each thread within the reader's marks (721 -> 422 µs of engine CPU for a learner's 30-thread page).
ThreadReadSchema.index({ userId: 1, threadId: 1 });

/** The moderators of a course's shared forum, named by coordinators; the id is the course's. */
export interface CourseModeratorsDoc {
  _id: string;
  userIds: string[];
}

export const COURSE_MODERATORS_MODEL = 'ForumCourseModerators';
export const CourseModeratorsSchema = new Schema<CourseModeratorsDoc>(
  { _id: { type: String, required: true }, userIds: { type: [String], required: true } },
  { collection: 'forum_course_moderators', versionKey: false },
);

/**
 * The forum's word index (`WordIndex`): one document per forum, kind and term (`c<cohortId>/p/<term>`: posts of a
 * cohort's forum; `k<courseId>/t/<term>`: threads of a course's shared forum) listing the ids of what contains the
 * term. Terms are folded for case, accents and plurals (`libs/contracts/src/search-terms.ts`), so a search reads its `_id`s.
 */
export const SEARCH_TERM_MODEL = 'ForumSearchTerm';
export const SearchTermSchema = wordIndexSchema('forum_search_terms');
