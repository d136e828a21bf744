import { z } from 'zod';
import { idSchema } from './ids';

const bodySchema = z
  .string()
  .max(20_000, 'must be at most 20,000 characters')
  .refine((b) => b.trim().length > 0, 'must not be empty');

export const THREAD_KINDS = ['discussion', 'question'] as const;

export const threadCreateSchema = z.strictObject({
  title: z.string().trim().min(3).max(200),
  body: bodySchema,
  kind: z.enum(THREAD_KINDS).default('discussion'),
  /** Course-wide forum (shared by every cohort of the course) instead of the cohort's own. */
  courseWide: z.boolean().default(false),
  /** Moderators: bind the thread to a forum activity of the course. */
  activityId: idSchema.optional(),
  /** Learners see peers' posts only after their own first post. */
  postFirst: z.boolean().default(false),
  /** Peers see "anonymous participant"; moderators see the author. */
  allowAnonymous: z.boolean().default(false),
  /** Moderators: notify every member of the forum. */
  announcement: z.boolean().default(false),
  opensAt: z.iso.datetime({ offset: true }).optional(),
  dueAt: z.iso.datetime({ offset: true }).optional(),
});
export type ThreadCreateInput = z.infer<typeof threadCreateSchema>;

export const postCreateSchema = z.strictObject({
  body: bodySchema,
  parentId: idSchema.optional(),
  /** A post of the same thread that the reply quotes (stored as a reference, shown as it reads now). */
  quotedPostId: idSchema.optional(),
  anonymous: z.boolean().default(false),
  clientPostId: z
    .string()
    .regex(/^[A-Za-z0-9_-]{8,64}$/)
    .optional(),
});
export type PostCreateInput = z.infer<typeof postCreateSchema>;

export const postEditSchema = z.strictObject({ body: bodySchema });
export const threadUpdateSchema = z.strictObject({
  title: z.string().trim().min(3).max(200).optional(),
  body: bodySchema.optional(),
  acceptedPostId: idSchema.nullable().optional(),
});

/** How a thread list is ordered: by last activity (the default), only threads without replies, or newest first. */
export const THREAD_SORTS = ['activity', 'unanswered', 'newest'] as const;
export type ThreadSort = (typeof THREAD_SORTS)[number];

export const threadListQuerySchema = z.strictObject({
  courseWide: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  sort: z.enum(THREAD_SORTS).default('activity'),
  /** The `nextCursor` of the page before: a thread id, led by its last activity in ms for `sort=activity`. */
  cursor: z
    .string()
    .regex(/^(\d{1,15}\.)?[0-9a-f]{24}$/, 'is not a cursor of this list')
    .optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

/** A thread's page of posts: the first with the thread (`GET /threads/:id`), later ones after a cursor (`GET /threads/:id/posts`). */
export const THREAD_POSTS_PAGE = 50;
export const activityThreadsQuerySchema = z.strictObject({ cohortId: idSchema });
export const threadViewQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(THREAD_POSTS_PAGE),
});
export const threadPostsQuerySchema = z.strictObject({
  cursor: idSchema.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(THREAD_POSTS_PAGE),
});

export const forumSearchSchema = z.strictObject({
  q: z.string().trim().max(200).optional(),
  authorId: idSchema.optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type ForumSearchQuery = z.infer<typeof forumSearchSchema>;

/** Forum search results, most relevant first; each post names its thread. */
export interface ForumSearchResult {
  threads: ThreadView[];
  posts: (PostView & { threadTitle: string })[];
}

export const sessionCloseSchema = z.strictObject({ summary: z.string().trim().min(1).max(20_000) });

export interface ForumAuthor {
  id: string | null;
  displayName: string;
  country: string | null;
}

/** What a reply quotes: its author and the start of its text as the reader may see them; neither once it is deleted or withheld. */
export interface PostQuote {
  postId: string;
  author?: string;
  excerpt?: string;
}

export interface PostView {
  id: string;
  threadId: string;
  parentId?: string;
  quote?: PostQuote;
  depth: number;
  author: ForumAuthor;
  anonymous?: boolean;
  body: string;
  createdAt: string;
  editedAt?: string;
  deleted?: boolean;
  /** Hidden by a moderator: the text is withheld; the reason code is shown. */
  hidden?: boolean;
  hiddenReason?: string;
  accepted?: boolean;
}

export interface ThreadView {
  id: string;
  scope: 'cohort' | 'course';
  cohortId?: string;
  courseId: string;
  title: string;
  body: string;
  kind: (typeof THREAD_KINDS)[number];
  author: ForumAuthor;
  activityId?: string;
  postFirst: boolean;
  allowAnonymous: boolean;
  opensAt?: string;
  dueAt?: string;
  acceptedPostId?: string;
  locked?: boolean;
  roomId?: string;
  replyCount: number;
  lastActivityAt: string;
  createdAt: string;
  editedAt?: string;
  deleted?: boolean;
  following?: boolean;
  unread?: number;
}

/** A person's progress in a forum activity's thread: an initial post, and replies to others' posts. */
export interface ActivityCompletion {
  initialPost: boolean;
  replies: number;
  required: number;
  complete: boolean;
}

/** A forum activity's thread as its activity page lists it (`GET /api/activities/:id/threads?cohortId=`). */
export interface ActivityThreadView extends ThreadView {
  completion: ActivityCompletion;
}

export interface ThreadDetail extends ThreadView {
  /** The first page of posts, oldest first (a parent always comes before its replies). */
  posts: PostView[];
  /** Set when more posts follow: ask `GET /threads/:id/posts?cursor=` for them. */
  nextCursor?: string | null;
  /** With the post-first rule: whether the caller must post before seeing peers' posts. */
  mustPostFirst: boolean;
  completion?: ActivityCompletion;
}

/** The most people a course may name as moderators of its shared forum. */
export const MAX_FORUM_MODERATORS = 50;
export const forumModeratorsSchema = z.strictObject({ userIds: z.array(idSchema).max(MAX_FORUM_MODERATORS) });
