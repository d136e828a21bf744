import type { ActivityView } from '@trainaction/contracts';
import { dueAt } from '@trainaction/submissions';
import type { VolumeCohort } from './volume-academy';
import type { ForumSpace, PostIntent, ThreadPlan } from './volume-forum-docs';
import type { VolumeRandom } from './volume-random';
import type { Voice } from './volume-text';
import { DAY_MS, VOLUME_END } from './volume-time';

/** Learners who take part in a forum activity: most of those who speak, fewer of those who only read. */
const TAKE_PART = { speaking: 0.85, silent: 0.45 };
/** How many peers' posts each participant answers (2 complete the activity). */
const REPLIES = [1, 2, 2, 2, 2, 2, 2, 3, 3, 4];

/**
 * A cohort's forum activity thread: a moderator opens it three weeks before it is due, with the post-first
 * rule; learners post their contribution (most in the last days, a few late), then answer peers' posts,
 * authors answer those replies, and the moderator comments on some.
 */
export function activityThread(
  space: ForumSpace,
  cohort: VolumeCohort,
  activity: ActivityView,
  random: VolumeRandom,
  voice: Voice,
  scale: number,
): ThreadPlan | undefined {
  if (activity.kind !== 'forum' || activity.dueDaysAfterStart === undefined) return undefined;
  const due = dueAt(cohort.startsAt, activity.dueDaysAfterStart, cohort.timezone);
  const opensAt = new Date(Math.max(cohort.startsAt.getTime(), due.getTime() - 21 * DAY_MS));
  const moderators = cohort.members.filter((m) => m.role === 'moderator');
  const host = moderators.length ? random.pick(moderators) : cohort.members[0];
  const createdAt = space.calendar.pickBetween(random, new Date(opensAt.getTime() - 2 * DAY_MS), opensAt);
  if (!host || !createdAt || createdAt >= VOLUME_END) return undefined;

  // A slice (scale < 1) keeps a few participants, so every kind of post is still there.
  const willing = cohort.members.filter(
    (m) => m.role === 'learner' && random.chance(m.person.voice > 0 ? TAKE_PART.speaking : TAKE_PART.silent),
  );
  const learners = random
    .sample(willing, Math.max(Math.min(willing.length, 4), Math.round(willing.length * scale)))
    .sort((a, b) => a.person.email.localeCompare(b.person.email));
  const initials: PostIntent[] = [];
  for (const learner of learners) {
    // Skewed towards the due date; one in ten a few days late.
    const share = Math.sqrt(random.next());
    const late = random.chance(0.1) ? random.exp(2 * DAY_MS) : 0;
    const target = new Date(createdAt.getTime() + share * (due.getTime() - createdAt.getTime()) + late);
    const at = space.calendar.pickBetween(random, new Date(target.getTime() - DAY_MS), target);
    if (at) initials.push({ at, author: learner, body: voice.paragraph(learner.person.country, random.int(3, 6)), anonymous: false });
  }
  initials.sort((a, b) => a.at.getTime() - b.at.getTime());

  // Answers to peers' contributions, each to a post already there, preferring the least answered.
  const answered = new Map<PostIntent, number>();
  const replies: (PostIntent & { to: PostIntent })[] = [];
  for (const own of initials) {
    let at = own.at;
    for (let k = random.pick(REPLIES); k > 0; k--) {
      const next = space.calendar.nextActive(random, at, Math.max(10 * 60_000, random.exp(1.5 * DAY_MS)));
      if (!next) break;
      at = next;
      const peers = initials.filter((p) => p.author !== own.author && p.at < at);
      if (!peers.length) break;
      const fewest = Math.min(...peers.map((p) => answered.get(p) ?? 0));
      const to = random.pick(peers.filter((p) => (answered.get(p) ?? 0) <= fewest + 1));
      answered.set(to, (answered.get(to) ?? 0) + 1);
      replies.push({
        at,
        author: own.author,
        body: voice.post(own.author.person.country, random.chance(0.15) ? to.author.person.displayName : undefined),
        anonymous: false,
        to,
      });
    }
  }
  for (const p of initials) {
    if (moderators.length && random.chance(0.2)) {
      const at = space.calendar.nextActive(random, p.at, Math.max(30 * 60_000, random.exp(2 * DAY_MS)));
      if (at) replies.push({ at, author: random.pick(moderators), body: voice.post(p.author.person.country), anonymous: false, to: p });
    }
  }
  // Authors thank or answer some of the replies to their contribution (the third level).
  const thirds: (PostIntent & { to: PostIntent })[] = [];
  for (const r of replies) {
    if (r.author === r.to.author || !random.chance(0.3)) continue;
    const at = space.calendar.nextActive(random, r.at, Math.max(10 * 60_000, random.exp(DAY_MS)));
    if (at) thirds.push({ at, author: r.to.author, body: voice.reply(r.to.author.person.country), anonymous: false, to: r });
  }
  const all: (PostIntent & { to?: PostIntent })[] = [...initials, ...replies, ...thirds].sort((a, b) => a.at.getTime() - b.at.getTime());
  const position = new Map(all.map((p, i) => [p, i]));
  const posts: PostIntent[] = all.map((p) => ({
    at: p.at,
    author: p.author,
    body: p.body,
    anonymous: false,
    parent: p.to ? position.get(p.to) : undefined,
  }));
  return {
    at: createdAt,
    author: host,
    title: activity.title.es,
    body: activity.prompt,
    kind: 'discussion',
    activity: { view: activity, opensAt, dueAt: due },
    postFirst: true,
    allowAnonymous: false,
    announcement: false,
    posts,
  };
}
