import type { ActivityEvent } from '@trainaction/activity';
import type { MessageDoc, MessageEditDoc, ReactionDoc, ReadMarkDoc } from '@trainaction/rooms/seeding';
import type { FollowDoc, ForumEditDoc, PostDoc, ThreadDoc, ThreadReadDoc } from '@trainaction/forum/seeding';
import type { NotificationDoc } from '@trainaction/notifications/seeding';
import type { ReviewClaimDoc, SubmissionDoc, SubmissionVersionDoc } from '@trainaction/submissions/seeding';
import type { VolumeRandom } from './volume-random';
import { DAY_MS, later, VOLUME_END } from './volume-time';

/** A document as the service stores it, with its id as hex (an ObjectId once written). */
export type Stored<T> = Omit<T, '_id'> & { _id: string };

/** Everything the full-volume generator writes, by collection. */
export interface VolumeDocs {
  messages: Stored<MessageDoc>[];
  reactions: Stored<ReactionDoc>[];
  messageEdits: Stored<MessageEditDoc>[];
  readMarks: Stored<ReadMarkDoc>[];
  threads: Stored<ThreadDoc>[];
  posts: Stored<PostDoc>[];
  forumEdits: Stored<ForumEditDoc>[];
  follows: Stored<FollowDoc>[];
  forumReads: Stored<ThreadReadDoc>[];
  submissions: Stored<SubmissionDoc>[];
  versions: Stored<SubmissionVersionDoc>[];
  claims: Stored<ReviewClaimDoc>[];
  notifications: Stored<NotificationDoc>[];
  /** Participation counter increments, as the services record them (summed into counters at the end). */
  events: ActivityEvent[];
}

export type VolumeCollection = Exclude<keyof VolumeDocs, 'events'>;

/** The collections of the volume and the mongoose model that writes each (messages and posts go through their repositories). */
export const VOLUME_MODELS: Record<VolumeCollection, string> = {
  messages: 'Message',
  reactions: 'Reaction',
  messageEdits: 'MessageEdit',
  readMarks: 'ReadMark',
  threads: 'ForumThread',
  posts: 'ForumPost',
  forumEdits: 'ForumEdit',
  follows: 'ForumFollow',
  forumReads: 'ForumThreadRead',
  submissions: 'Submission',
  versions: 'SubmissionVersion',
  claims: 'ReviewClaim',
  notifications: 'Notification',
};

export function emptyDocs(): VolumeDocs {
  return {
    messages: [],
    reactions: [],
    messageEdits: [],
    readMarks: [],
    threads: [],
    posts: [],
    forumEdits: [],
    follows: [],
    forumReads: [],
    submissions: [],
    versions: [],
    claims: [],
    notifications: [],
    events: [],
  };
}

/** Drops the keys whose value is undefined, as the driver and mongoose leave them out of a stored document. */
export function defined<T extends object>(doc: T): T {
  for (const key of Object.keys(doc) as (keyof T)[]) if (doc[key] === undefined) delete doc[key];
  return doc;
}

/**
 * When someone reads a notification: most older ones within a day or two (marking read sets `readAt`),
 * recent ones mostly not yet. Undefined while unread.
 */
export function readTime(random: VolumeRandom, createdAt: Date): Date | undefined {
  const age = VOLUME_END.getTime() - createdAt.getTime();
  if (age < 2 * DAY_MS ? !random.chance(0.3) : !random.chance(0.85)) return undefined;
  const at = later(createdAt, Math.max(60_000, random.exp(0.8 * DAY_MS)));
  return at > createdAt ? at : undefined;
}

/** Counts of documents by collection (and counter events), for the seed's summary and the tests. */
export function countDocs(docs: VolumeDocs): Record<string, number> {
  return Object.fromEntries(Object.entries(docs).map(([k, v]) => [k, (v as unknown[]).length]));
}
