import type { VolumeAcademy, VolumeCohort, VolumeCourse, VolumeMember } from './volume-academy';
import { activityThread } from './volume-forum-activity';
import { forumIds, threadDocs, type ForumSpace, type PostIntent, type ThreadPlan } from './volume-forum-docs';
import { emptyDocs, type VolumeDocs } from './volume-model';
import { apportion, VolumeRandom } from './volume-random';
import { Voice } from './volume-text';
import { CohortCalendar, DAY_MS, sessionSlot, weekCurve } from './volume-time';

/** Share of discussion threads that are questions; of posts answering a post rather than the thread. */
const QUESTIONS = 0.3;
const NESTED = 0.45;
/** Share of posts in a thread that allows it that are anonymous to peers. */
const ANONYMOUS = 0.5;
/** Weight of a course's shared forum against its cohorts' own (per learner). */
const COURSE_FORUM_WEIGHT = 0.35;
const ANNOUNCEMENT_TOPICS = [
  'lecturas y sesión en vivo',
  'recordatorio de entregas',
  'agenda de la sesión',
  'materiales complementarios',
  'cambios en el calendario',
];

export function cohortSpace(cohort: VolumeCohort): ForumSpace {
  const role = new Map(cohort.members.map((m) => [m.person.id, m.role]));
  return {
    key: `cohort:${cohort.key}`,
    scope: 'cohort',
    cohort,
    course: cohort.course,
    members: cohort.members,
    mentionable: cohort.members.map((m) => m.person),
    counterCohort: (id) => (role.get(id) === 'learner' ? cohort.id : undefined),
    calendar: new CohortCalendar(cohort.startsAt, cohort.timezone, cohort.countries, sessionSlot(cohort.index)),
  };
}

/** The course's shared forum: every member of its cohorts; learners' posts count in their own cohort. */
export function courseSpace(academy: VolumeAcademy, course: VolumeCourse): ForumSpace | undefined {
  const cohorts = academy.cohorts.filter((c) => c.course === course);
  if (!cohorts.length) return undefined;
  const members = new Map<string, VolumeMember>();
  for (const m of cohorts.flatMap((c) => c.members)) if (members.get(m.person.id)?.role !== 'learner') members.set(m.person.id, m);
  const sorted = [...members.values()].sort((a, b) => a.person.email.localeCompare(b.person.email));
  const first = cohorts.find((c) => c.countries.length > 1) ?? cohorts[0];
  return {
    key: `course:${course.slug}`,
    scope: 'course',
    course,
    members: sorted,
    mentionable: sorted.filter((m) => m.role === 'learner').map((m) => m.person),
    counterCohort: (id) => academy.learnerCohort.get(`${id}|${course.id}`),
    calendar: new CohortCalendar(first.startsAt, first.timezone, first.countries, sessionSlot(first.index)),
  };
}

export function forumSpaces(academy: VolumeAcademy): ForumSpace[] {
  const courses = academy.courses.map((c) => courseSpace(academy, c)).filter((s): s is ForumSpace => s !== undefined);
  return [...academy.cohorts.map(cohortSpace), ...courses];
}

/** Splits the discussion posts among the forums by their learners (a course's shared forum weighs less). */
export function discussionBudgets(spaces: ForumSpace[], total: number): number[] {
  return apportion(
    total,
    spaces.map((s) => s.members.filter((m) => m.role === 'learner').length * (s.scope === 'course' ? COURSE_FORUM_WEIGHT : 1)),
  );
}

/** A cohort's forum activity threads (one per forum activity of its course opened by VOLUME_END); `scale` < 1 keeps fewer participants. */
export function activityVolume(space: ForumSpace, seed: number, scale: number): VolumeDocs {
  const docs = emptyDocs();
  const random = VolumeRandom.stream(seed, `activities:${space.key}`);
  const voice = new Voice(random, space.course.themes);
  const ids = forumIds(seed, `activities:${space.key}`);
  for (const activity of space.course.activities) {
    const plan = activityThread(space, space.cohort!, activity, random, voice, scale);
    if (plan) threadDocs(space, plan, ids, random, voice, docs);
  }
  return docs;
}

/**
 * A forum's discussions with `budget` posts in all: learners' and moderators' threads and questions over the
 * months, nested replies; in a cohort's forum also announcements every three weeks and a thread where
 * learners may post anonymously to their peers.
 */
export function discussionVolume(space: ForumSpace, seed: number, budget: number): VolumeDocs {
  const docs = emptyDocs();
  const random = VolumeRandom.stream(seed, `forum:${space.key}`);
  const voice = new Voice(random, space.course.themes);
  const ids = forumIds(seed, space.key);
  const speakers = space.members.filter((m) => m.person.voice > 0);
  const moderators = space.members.filter((m) => m.role === 'moderator');
  const calendar = space.calendar;
  const weeks = weekCurve(random, calendar.weeks);
  if (!speakers.length) return docs;
  const pick = (pool: VolumeMember[]) => pool[random.index(pool.map((m) => m.person.voice || 0.1))];
  const plans: ThreadPlan[] = [];
  let posts = 0;
  const add = (plan: Omit<ThreadPlan, 'posts'>, size: number) => {
    const full = { ...plan, posts: threadPosts(plan, Math.min(size, budget - posts), speakers, random, voice, calendar) };
    posts += full.posts.length;
    plans.push(full);
  };
  if (space.scope === 'cohort' && moderators.length) {
    for (let week = 1; week < calendar.weeks; week += 3) {
      const host = random.pick(moderators);
      const title = `Semana ${week + 1}: ${random.pick(ANNOUNCEMENT_TOPICS)}`;
      add(
        {
          at: calendar.pickTime(random, week),
          author: host,
          title,
          body: voice.paragraph(host.person.country, 2),
          kind: 'discussion',
          postFirst: false,
          allowAnonymous: false,
          announcement: true,
        },
        random.int(0, 2),
      );
    }
    const host = random.pick(moderators);
    const body = `En este hilo pueden escribir de forma anónima para sus colegas (el equipo de moderación sí ve la autoría). ${voice.question(host.person.country)}`;
    add(
      {
        at: calendar.pickTime(random, 1),
        author: host,
        title: 'Espacio de consultas confidenciales',
        body,
        kind: 'discussion',
        postFirst: false,
        allowAnonymous: true,
        announcement: false,
      },
      Math.max(2, Math.round(budget * 0.04)),
    );
  }
  for (let attempts = 0; posts < budget && attempts < budget * 4 + 20; attempts++) {
    const author = moderators.length && random.chance(0.15) ? random.pick(moderators) : pick(speakers);
    const question = random.chance(QUESTIONS);
    const country = author.person.country;
    const body = question
      ? `${voice.paragraph(country, random.int(1, 2))} ${voice.question(country)}`
      : voice.paragraph(country, random.int(2, 4));
    const at = calendar.pickTime(random, random.index(weeks));
    add(
      {
        at,
        author,
        title: voice.threadTitle(question),
        body,
        kind: question ? 'question' : 'discussion',
        postFirst: false,
        allowAnonymous: false,
        announcement: false,
      },
      1 + Math.min(30, Math.floor(random.exp(5.5))),
    );
  }
  plans.sort((a, b) => a.at.getTime() - b.at.getTime());
  for (const plan of plans) threadDocs(space, plan, ids, random, voice, docs);
  return docs;
}

/** A thread's replies, each some hours after the last, in office hours; replies nest at most 3 levels. */
function threadPosts(
  plan: Omit<ThreadPlan, 'posts'>,
  size: number,
  speakers: VolumeMember[],
  random: VolumeRandom,
  voice: Voice,
  calendar: CohortCalendar,
): PostIntent[] {
  const posts: PostIntent[] = [];
  const depth: number[] = [];
  let t = plan.at;
  const weights = speakers.map((m) => m.person.voice);
  for (let k = 0; k < size; k++) {
    const next = calendar.nextActive(random, t, Math.max(5 * 60_000, random.exp(0.4 * DAY_MS)));
    if (!next) break;
    t = next;
    const author = k > 0 && random.chance(0.15) ? plan.author : speakers[random.index(weights)];
    const open = posts
      .map((_, i) => i)
      .filter((i) => depth[i] < 3)
      .slice(-6);
    const parent = posts.length && open.length && random.chance(NESTED) ? random.pick(open) : undefined;
    const anonymous = plan.allowAnonymous && author.role === 'learner' && random.chance(ANONYMOUS);
    const towards = parent === undefined ? plan.author.person : posts[parent].author.person;
    const mention = !anonymous && towards !== author.person && random.chance(0.06) ? towards.displayName : undefined;
    posts.push({ at: t, author, body: voice.post(author.person.country, mention), parent, anonymous });
    depth.push(parent === undefined ? 1 : depth[parent] + 1);
  }
  return posts;
}
