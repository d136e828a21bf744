import type { ActivityView, NotificationParams } from '@trainaction/contracts';
import { mentionedIn, type VolumeCohort, type VolumeCourse, type VolumeMember, type VolumePerson } from './volume-academy';
import { defined, readTime, type Stored, type VolumeDocs } from './volume-model';
import { VolumeIds, type VolumeRandom } from './volume-random';
import type { Voice } from './volume-text';
import { DAY_MS, later, type CohortCalendar } from './volume-time';
import type { PostDoc, ThreadDoc } from '@trainaction/forum/seeding';

/** A forum: a cohort's own, or a course's shared by all its cohorts. */
export interface ForumSpace {
  key: string;
  scope: 'cohort' | 'course';
  cohort?: VolumeCohort;
  course: VolumeCourse;
  /** Who reads and posts in it (sorted by e-mail). */
  members: VolumeMember[];
  /** Whom a post's `@Display Name` notifies: the cohort's members, or the course's learners. */
  mentionable: VolumePerson[];
  /** The cohort a learner's post counts for (undefined: not a learner here, not counted). */
  counterCohort: (personId: string) => string | undefined;
  calendar: CohortCalendar;
}

export interface PostIntent {
  at: Date;
  author: VolumeMember;
  body: string;
  /** Index of the parent among the thread's earlier intents. */
  parent?: number;
  anonymous: boolean;
}

export interface ThreadPlan {
  at: Date;
  author: VolumeMember;
  title: string;
  body: string;
  kind: 'discussion' | 'question';
  activity?: { view: ActivityView; opensAt: Date; dueAt: Date };
  postFirst: boolean;
  allowAnonymous: boolean;
  announcement: boolean;
  /** In time order; a parent always comes before its replies. */
  posts: PostIntent[];
}

/** Share of posts edited and deleted by their authors, of learners' threads edited, of questions answered. */
const POST_EDITED = 0.05;
const POST_DELETED = 0.015;
const THREAD_EDITED = 0.04;
const ANSWERED = 0.65;
/** Share of learners who stop following a thread some time after their last post there (forum activities: most). */
const UNFOLLOW = { activity: 0.6, discussion: 0.1 };

const lower = (...parts: (string | undefined)[]) => parts.filter(Boolean).join(' ').toLowerCase();

export interface ForumIds {
  threads: VolumeIds;
  posts: VolumeIds;
  other: VolumeIds;
}

export function forumIds(seed: number, key: string): ForumIds {
  return {
    threads: new VolumeIds(seed, `threads:${key}`),
    posts: new VolumeIds(seed, `posts:${key}`),
    other: new VolumeIds(seed, `forum-other:${key}`),
  };
}

/**
 * A thread and its posts as ForumThreads and ForumPosts would have left them: the author follows it, every poster follows
 * it, each post notifies the followers and the parent's author (anonymous posters as "Un participante"),
 * names in posts notify (never in post-first or anonymous posts), learners' posts count, a forum activity's
 * completion counts when a post completes it, `replyCount` counts the posts not deleted, `lastActivityAt`
 * is the last post, edits and deletions keep the earlier text, questions may have an accepted answer.
 */
export function threadDocs(space: ForumSpace, plan: ThreadPlan, ids: ForumIds, random: VolumeRandom, voice: Voice, docs: VolumeDocs): void {
  const threadId = ids.threads.next(plan.at);
  const author = plan.author.person;
  const link = `/forum/threads/${threadId}`;
  const thread: Stored<ThreadDoc> = defined({
    _id: threadId,
    scope: space.scope,
    cohortId: space.scope === 'cohort' ? space.cohort!.id : undefined,
    courseId: space.course.id,
    title: plan.title,
    body: plan.body,
    kind: plan.kind,
    authorId: author.id,
    authorName: author.displayName,
    authorCountry: author.country,
    activityId: plan.activity?.view.id,
    postFirst: plan.postFirst,
    allowAnonymous: plan.allowAnonymous,
    opensAt: plan.activity?.opensAt,
    dueAt: plan.activity?.dueAt,
    sourceKey: threadId,
    searchText: lower(plan.title, plan.body),
    replyCount: 0,
    lastActivityAt: plan.at,
    createdAt: plan.at,
  });
  const followed = new Map<string, Date>([[author.id, plan.at]]);
  // Learners who stop following (the service deletes the follow): no notifications of later posts, unless answered.
  const lastOwn = new Map<string, Date>();
  for (const p of plan.posts) lastOwn.set(p.author.person.id, p.at);
  const unfollowAt = new Map<string, Date>();
  for (const [userId, at] of lastOwn) {
    const member = plan.posts.find((p) => p.author.person.id === userId)!.author;
    if (userId !== author.id && member.role === 'learner' && random.chance(plan.activity ? UNFOLLOW.activity : UNFOLLOW.discussion))
      unfollowAt.set(userId, later(at, Math.max(60_000, random.exp(DAY_MS))));
  }
  const following = (userId: string, at: Date) => followed.has(userId) && !((unfollowAt.get(userId) ?? at) < at);
  const audience = thread.cohortId ? `cohort:${thread.cohortId}` : `course:${space.course.id}`;
  const notify = (userIds: Iterable<string>, kind: string, key: string, params: NotificationParams, at: Date, target: string) => {
    for (const userId of new Set(userIds))
      docs.notifications.push(
        defined({
          _id: ids.other.next(at),
          userId,
          kind,
          params,
          link: target,
          key,
          audience,
          createdAt: at,
          readAt: readTime(random, at),
        }),
      );
  };
  if (plan.announcement)
    notify(
      space.members.map((m) => m.person.id).filter((id) => id !== author.id),
      'announcement',
      `announcement:${threadId}`,
      { thread: plan.title },
      plan.at,
      link,
    );

  const children = new Array<number>(plan.posts.length).fill(0);
  for (const p of plan.posts) if (p.parent !== undefined) children[p.parent]++;
  const answers = plan.posts.map((p, i) => [p, i] as const).filter(([p]) => p.parent === undefined && p.author.person.id !== author.id);
  const accepted = plan.kind === 'question' && answers.length && random.chance(ANSWERED) ? random.pick(answers)[1] : -1;
  const required = plan.activity?.view.completion.kind === 'forum_posts' ? plan.activity.view.completion.replies : 0;
  const progress = new Map<string, { initial: boolean; replies: number }>();

  const posts: Stored<PostDoc>[] = [];
  for (const [i, intent] of plan.posts.entries()) {
    const poster = intent.author.person;
    const parent = intent.parent === undefined ? undefined : posts[intent.parent];
    const edited = !plan.activity && intent.body.length > 30 && random.chance(POST_EDITED);
    const sent = edited ? voice.earlierDraft(intent.body) : intent.body;
    const postId = ids.posts.next(intent.at);
    const clientPostId = `p-${postId}`;
    const post: Stored<PostDoc> = defined({
      _id: postId,
      threadId,
      scope: space.scope,
      cohortId: thread.cohortId,
      courseId: space.course.id,
      parentId: parent?._id,
      parentAuthorId: parent?.authorId,
      depth: parent ? parent.depth + 1 : 1,
      authorId: poster.id,
      authorName: poster.displayName,
      authorCountry: poster.country,
      anonymous: intent.anonymous,
      clientPostId,
      clientKey: `${poster.id}:${clientPostId}`,
      body: sent,
      createdAt: intent.at,
    });
    posts.push(post);
    if (!followed.has(poster.id)) followed.set(poster.id, intent.at);
    const recipients = new Set([...followed.keys()].filter((id) => following(id, intent.at)));
    if (parent) recipients.add(parent.authorId);
    recipients.delete(poster.id);
    const target = `${link}#post-${postId}`;
    notify(
      recipients,
      'forum_reply',
      `post:${postId}`,
      intent.anonymous ? { thread: plan.title } : { actor: poster.displayName, thread: plan.title },
      intent.at,
      target,
    );
    if (!plan.postFirst && !intent.anonymous)
      notify(
        mentionedIn(sent, space.mentionable, poster.id),
        'mention',
        `mention:post:${postId}`,
        { actor: poster.displayName, thread: plan.title },
        intent.at,
        target,
      );

    const cohortId = space.counterCohort(poster.id);
    if (cohortId) {
      docs.events.push({ userId: poster.id, cohortId, courseId: space.course.id, kind: 'post', at: intent.at });
      if (plan.activity) {
        const mine = progress.get(poster.id) ?? { initial: false, replies: 0 };
        const before = mine.initial && mine.replies >= required;
        if (post.depth === 1) mine.initial = true;
        else if (post.parentAuthorId !== poster.id) mine.replies++;
        progress.set(poster.id, mine);
        if (!before && mine.initial && mine.replies >= required)
          docs.events.push({ userId: poster.id, cohortId, courseId: space.course.id, kind: 'completion', at: intent.at });
      }
    }
    if (edited) {
      const editedAt = later(intent.at, Math.max(60_000, random.exp(3 * 3_600_000)));
      docs.forumEdits.push(defined({ _id: ids.other.next(editedAt), targetId: postId, body: sent, editedAt, editorId: poster.id }));
      Object.assign(post, { body: intent.body, editedAt });
    }
    if (!plan.activity && children[i] === 0 && i !== accepted && random.chance(POST_DELETED)) {
      const deletedAt = later(post.editedAt ?? intent.at, Math.max(60_000, random.exp(DAY_MS)));
      docs.forumEdits.push(
        defined({ _id: ids.other.next(deletedAt), targetId: postId, body: post.body, editedAt: deletedAt, editorId: poster.id }),
      );
      post.deletedAt = deletedAt;
    }
  }
  thread.replyCount = posts.filter((p) => !p.deletedAt).length;
  thread.lastActivityAt = posts.at(-1)?.createdAt ?? plan.at;
  if (accepted >= 0) thread.acceptedPostId = posts[accepted]._id;
  if (!plan.activity && !plan.announcement && plan.author.role === 'learner' && random.chance(THREAD_EDITED)) {
    const editedAt = later(plan.at, Math.max(5 * 60_000, random.exp(6 * 3_600_000)));
    const body = `${plan.body}\n\nEditado: ${voice.sentence(author.country)}`;
    docs.forumEdits.push(
      defined({ _id: ids.other.next(editedAt), targetId: threadId, title: plan.title, body: plan.body, editedAt, editorId: author.id }),
    );
    Object.assign(thread, { body, editedAt, searchText: lower(plan.title, body) });
  }
  docs.threads.push(thread);
  docs.posts.push(...posts);
  for (const [userId, since] of followed) if (!unfollowAt.has(userId)) docs.follows.push({ _id: ids.other.next(since), threadId, userId });
  threadReads(space, threadId, plan, posts, followed, random, ids, docs);
}

/** Who has read the thread and when last: every follower after their own last post, some other members. */
function threadReads(
  space: ForumSpace,
  threadId: string,
  plan: ThreadPlan,
  posts: Stored<PostDoc>[],
  followed: Map<string, Date>,
  random: VolumeRandom,
  ids: ForumIds,
  docs: VolumeDocs,
): void {
  const lastOwn = new Map<string, Date>();
  for (const p of posts) lastOwn.set(p.authorId, p.createdAt);
  const live = posts.filter((p) => !p.deletedAt);
  for (const member of space.members) {
    const userId = member.person.id;
    let readAt: Date | undefined;
    if (followed.has(userId)) readAt = later(lastOwn.get(userId) ?? plan.at, Math.max(60_000, random.exp(1.5 * DAY_MS)));
    else if (random.chance(0.15)) readAt = space.calendar.pickBetween(random, plan.at, new Date(plan.at.getTime() + 30 * DAY_MS));
    if (!readAt) continue;
    // The mark's counters as ForumReads keeps them: live posts up to the mark are seen, the reader's own later ones are own.
    const after = live.filter((p) => p.createdAt > readAt);
    const own = after.filter((p) => p.authorId === userId).length;
    docs.forumReads.push({ _id: ids.other.next(readAt), threadId, userId, readAt, seen: live.length - after.length, own });
  }
}
