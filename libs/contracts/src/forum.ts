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

export const sessionCloseSchema = z.strictObject({ summary: z.string().trim().min(1).max(20_000) });

export const forumAuthorSchema = z.object({ id: z.string().nullable(), displayName: z.string(), country: z.string().nullable() });
export type ForumAuthor = z.infer<typeof forumAuthorSchema>;

/** What a reply quotes: its author and the start of its text as the reader may see them; neither once it is deleted or withheld. */
export const postQuoteSchema = z.object({ postId: z.string(), author: z.string().optional(), excerpt: z.string().optional() });
export type PostQuote = z.infer<typeof postQuoteSchema>;

export const postViewSchema = z.object({
  id: z.string(),
  threadId: z.string(),
  parentId: z.string().optional(),
  quote: postQuoteSchema.optional(),
  depth: z.number().int(),
  author: forumAuthorSchema,
  anonymous: z.boolean().optional(),
  body: z.string(),
  createdAt: z.string(),
  editedAt: z.string().optional(),
  deleted: z.boolean().optional(),
  /** Hidden by a moderator: the text is withheld; the reason code is shown. */
  hidden: z.boolean().optional(),
  hiddenReason: z.string().optional(),
  accepted: z.boolean().optional(),
});
export type PostView = z.infer<typeof postViewSchema>;

export const threadViewSchema = z.object({
  id: z.string(),
  scope: z.enum(['cohort', 'course']),
  cohortId: z.string().optional(),
  courseId: z.string(),
  title: z.string(),
  body: z.string(),
  kind: z.enum(THREAD_KINDS),
  author: forumAuthorSchema,
  activityId: z.string().optional(),
  postFirst: z.boolean(),
  allowAnonymous: z.boolean(),
  opensAt: z.string().optional(),
  dueAt: z.string().optional(),
  acceptedPostId: z.string().optional(),
  locked: z.boolean().optional(),
  roomId: z.string().optional(),
  replyCount: z.number().int(),
  lastActivityAt: z.string(),
  createdAt: z.string(),
  editedAt: z.string().optional(),
  deleted: z.boolean().optional(),
  following: z.boolean().optional(),
  unread: z.number().int().optional(),
});
export type ThreadView = z.infer<typeof threadViewSchema>;

/** A person's progress in a forum activity's thread: an initial post, and replies to others' posts. */
export const activityCompletionSchema = z.object({
  initialPost: z.boolean(),
  replies: z.number().int(),
  required: z.number().int(),
  complete: z.boolean(),
});
export type ActivityCompletion = z.infer<typeof activityCompletionSchema>;

/** A forum activity's thread as its activity page lists it (`GET /api/activities/:id/threads?cohortId=`). */
export const activityThreadViewSchema = threadViewSchema.extend({ completion: activityCompletionSchema });
export type ActivityThreadView = z.infer<typeof activityThreadViewSchema>;

export const threadDetailSchema = threadViewSchema.extend({
  /** The first page of posts, oldest first (a parent always comes before its replies). */
  posts: z.array(postViewSchema),
  /** Set when more posts follow: ask `GET /threads/:id/posts?cursor=` for them. */
  nextCursor: z.string().nullable().optional(),
  /** With the post-first rule: whether the caller must post before seeing peers' posts. */
  mustPostFirst: z.boolean(),
  completion: activityCompletionSchema.optional(),
});
export type ThreadDetail = z.infer<typeof threadDetailSchema>;

/** Forum search results, most relevant first; each post names its thread. */
export const forumSearchResultSchema = z.object({
  threads: z.array(threadViewSchema),
  posts: z.array(postViewSchema.extend({ threadTitle: z.string() })),
});
export type ForumSearchResult = z.infer<typeof forumSearchResultSchema>;

/** `GET /api/posts/:id/history`: the earlier texts of a post, oldest first, and the text it has now (none once deleted). */
export const postHistorySchema = z.object({
  postId: z.string(),
  versions: z.array(z.object({ body: z.string(), title: z.string().optional(), editedAt: z.string(), editorId: z.string() })),
  current: z.string().optional(),
});
export type PostHistory = z.infer<typeof postHistorySchema>;

/** The most people a course may name as moderators of its shared forum. */
export const MAX_FORUM_MODERATORS = 50;
export const forumModeratorsSchema = z.strictObject({ userIds: z.array(idSchema).max(MAX_FORUM_MODERATORS) });
