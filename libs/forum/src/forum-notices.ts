import { Injectable } from '@nestjs/common';
import { CohortAccess, CohortDirectory } from '@trainaction/cohorts';
import { UserDirectory } from '@trainaction/identity';
import { Notifications, type NotificationAudience } from '@trainaction/notifications';
import type { ThreadRecord } from './forum.repository';

type Forum = Pick<ThreadRecord, 'id' | 'scope' | 'cohortId' | 'courseId' | 'title'>;

function audienceOf(thread: Forum): NotificationAudience {
  return thread.scope === 'cohort' ? { cohortId: thread.cohortId! } : { courseId: thread.courseId };
}

/**
 * Who is told about forum activity: announcements to the forum's people, replies to the thread's followers
 * and the parent post's author, mentions to the members named. Always only those who may read the forum now
 * (`CohortAccess.readers`), and never the author.
 */
@Injectable()
export class ForumNotices {
  constructor(
    private readonly notifications: Notifications,
    private readonly access: CohortAccess,
    private readonly cohorts: CohortDirectory,
    private readonly users: UserDirectory,
  ) {}

  /** A new announcement: every member of the cohort (a course-wide one: the course's learners). */
  async announced(thread: Forum, authorId: string): Promise<void> {
    const members = await this.forumMembers(thread);
    await this.notifications.notify(
      await this.readersOf(
        thread,
        members.filter((id) => id !== authorId),
      ),
      {
        kind: 'announcement',
        key: `announcement:${thread.id}`,
        params: { thread: thread.title },
        link: `/forum/threads/${thread.id}`,
        audience: audienceOf(thread),
      },
    );
  }

  /** A new post: its thread's followers and the author of the post it answers; `actor` is absent when anonymous. */
  async replied(thread: Forum, post: { id: string; authorId: string; parentAuthorId?: string }, followers: string[], actor?: string) {
    const recipients = new Set(followers);
    if (post.parentAuthorId) recipients.add(post.parentAuthorId);
    recipients.delete(post.authorId);
    await this.notifications.notify(await this.readersOf(thread, [...recipients]), {
      kind: 'forum_reply',
      key: `post:${post.id}`,
      params: actor === undefined ? { thread: thread.title } : { actor, thread: thread.title },
      link: `/forum/threads/${thread.id}#post-${post.id}`,
      audience: audienceOf(thread),
    });
  }

  /** Members named as `@Display Name` in a thread or post (`key` names it: `thread:<id>`, `post:<id>`). */
  async mentioned(thread: Forum, text: string, author: { id: string; displayName: string }, key: string, link: string): Promise<void> {
    if (!text.includes('@')) return;
    const lower = text.toLowerCase();
    const others = (await this.forumMembers(thread)).filter((id) => id !== author.id);
    const named = (await this.users.byIds(others)).filter((u) => lower.includes(`@${u.displayName.toLowerCase()}`));
    const readers = await this.readersOf(
      thread,
      named.map((u) => u.id),
    );
    if (readers.length)
      await this.notifications.notify(readers, {
        kind: 'mention',
        key: `mention:${key}`,
        params: { actor: author.displayName, thread: thread.title },
        link,
        audience: audienceOf(thread),
      });
  }

  private async forumMembers(thread: Forum): Promise<string[]> {
    const members =
      thread.scope === 'cohort'
        ? await this.cohorts.members(thread.cohortId!)
        : await this.cohorts.membersOfCourse(thread.courseId, 'learner');
    return members.map((m) => m.userId);
  }

  /** Those of these people who may read the thread's forum now (see CohortAccess.readers). */
  private readersOf(thread: Forum, userIds: string[]): Promise<string[]> {
    return this.access.readers(userIds, audienceOf(thread));
  }
}
