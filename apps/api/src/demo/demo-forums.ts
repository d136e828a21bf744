import type { CourseView, MemberRole } from '@trainaction/contracts';
import type { ActivityEvent } from '@trainaction/activity';
import type { ForumRepository } from '@trainaction/forum/seeding';
import { newId } from '@trainaction/platform';
import { conversation, FORUM_TOPICS } from './demo-conversations';
import type { DemoRandom } from './demo-random';

/** Forum threads in every cohort's forum and in each course-wide forum, with replies across the months. */
export async function seedForums(
  repo: ForumRepository,
  random: DemoRandom,
  courses: CourseView[],
  enrolments: { cohortId: string; courseId: string; userId: string; role: MemberRole }[],
  users: Map<string, { id: string; displayName: string; country: string }>,
  startsAt: Date,
  span: number,
): Promise<ActivityEvent[]> {
  const events: ActivityEvent[] = [];
  const forums: { scope: 'cohort' | 'course'; cohortId?: string; courseId: string; members: typeof enrolments }[] = [
    ...[...new Set(enrolments.map((e) => e.cohortId))].map((cohortId) => {
      const members = enrolments.filter((e) => e.cohortId === cohortId);
      return { scope: 'cohort' as const, cohortId, courseId: members[0].courseId, members };
    }),
    ...courses.map((c) => ({ scope: 'course' as const, courseId: c.id, members: enrolments.filter((e) => e.courseId === c.id) })),
  ];
  for (const forum of forums) {
    const learners = forum.members.filter((m) => m.role === 'learner');
    const moderators = forum.members.filter((m) => m.role === 'moderator');
    for (let t = 0; t < 3; t++) {
      const topic = random.pick(FORUM_TOPICS);
      const starter = users.get((t === 0 && moderators.length ? moderators[0] : random.pick(learners)).userId)!;
      const createdAt = new Date(startsAt.getTime() + Math.floor(random.next() * Math.max(1, span - 20 * 86_400_000)));
      const threadId = newId();
      const replies = conversation(random, random.int(3, 9)).map((line, i) => {
        const who = users.get(random.pick(learners).userId)!;
        return { id: newId(), line, who, at: new Date(createdAt.getTime() + (i + 1) * random.int(2, 48) * 3_600_000) };
      });
      await repo.createThread({
        id: threadId,
        scope: forum.scope,
        cohortId: forum.cohortId,
        courseId: forum.courseId,
        title: topic.title,
        body: topic.body,
        kind: topic.kind,
        authorId: starter.id,
        authorName: starter.displayName,
        authorCountry: starter.country,
        postFirst: false,
        allowAnonymous: false,
        sourceKey: threadId,
        searchText: `${topic.title} ${topic.body}`.toLowerCase(),
        replyCount: replies.length,
        lastActivityAt: replies.at(-1)?.at ?? createdAt,
        createdAt,
      });
      const posts = replies.map((r, i) => {
        const parent = i > 0 && r.line.replyTo !== undefined ? replies[Math.min(i - 1, r.line.replyTo)] : undefined;
        return {
          id: r.id,
          threadId,
          scope: forum.scope,
          cohortId: forum.cohortId,
          courseId: forum.courseId,
          parentId: parent?.id,
          parentAuthorId: parent?.who.id,
          depth: parent ? 2 : 1,
          authorId: r.who.id,
          authorName: r.who.displayName,
          authorCountry: r.who.country,
          anonymous: false,
          clientKey: `${r.who.id}:demo-${r.id}`,
          body: r.line.body,
          createdAt: r.at,
        };
      });
      await repo.insertPosts(posts);
      for (const p of posts) {
        const cohortId = forum.cohortId ?? learners.find((l) => l.userId === p.authorId)!.cohortId;
        events.push({ userId: p.authorId, cohortId, courseId: forum.courseId, kind: 'post', at: p.createdAt });
      }
    }
  }
  return events;
}
