import { courseInputSchema, type CourseView, type MemberRole } from '@trainaction/contracts';
import type { CatalogService, LessonMediaService } from '@trainaction/catalog';
import type { CohortsRepository } from '@trainaction/cohorts/seeding';
import type { RoomsService } from '@trainaction/rooms';
import type { RoomsRepository } from '@trainaction/rooms/seeding';
import type { ForumRepository } from '@trainaction/forum/seeding';
import type { PasswordHasher } from '@trainaction/identity';
import type { UsersRepository } from '@trainaction/identity/seeding';
import { dueAt } from '@trainaction/submissions';
import { type SubmissionsRepository } from '@trainaction/submissions/seeding';
import { newId, type AuthUser } from '@trainaction/platform';
import { type ActivityCounters, type ActivityEvent } from '@trainaction/activity';
import { ACADEMY_COURSES } from './academy-content';
import { conversation } from './demo-conversations';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts';
import { seedForums } from './demo-forums';
import { attachDemoMedia } from './demo-media';
import { COUNTRY_NAMES, COUNTRY_SHARES, COUNTRY_TIMEZONES, generateLearners, personFor } from './demo-people';
import { DemoRandom } from './demo-random';
import { seedVolume, volumeSteps, type VolumeDeps } from './volume-seed';

export const DEMO_SEED = 20260101;

/** The academy's five months: cohorts run from July to mid-December 2026. */
const STARTS_AT = new Date('2026-07-06T14:00:00Z');
const ENDS_AT = new Date('2026-12-18T23:00:00Z');

export type SeedProgress = (step: string, done: number, total: number) => void;

interface Dependencies {
  users: UsersRepository;
  hasher: PasswordHasher;
  catalog: CatalogService;
  /** Stores the courses' videos, captions and readings (demo-media.ts); left out, lessons have no files. */
  media?: LessonMediaService;
  cohorts: CohortsRepository;
  discussions: RoomsService;
  messages: RoomsRepository;
  submissions: SubmissionsRepository;
  counters: ActivityCounters;
  forum: ForumRepository;
  /** For the full volume's bulk writes through the models (SEED_VOLUME=full). */
  connection?: VolumeDeps['connection'];
}

/** How much activity the academy gets: a sample (`demo`), or five months at real volume (`full`, volume-seed.ts). */
export type SeedVolume = 'demo' | 'full';

const SYSTEM: AuthUser = { id: 'demo-seed', role: 'admin', sessionId: 'demo-seed' };

/**
 * Builds the demo academy of product.md: six courses, 1,000 learners (564 men, 436 women) from five
 * countries, cohorts per course and country plus cross-country cohorts, moderators, coordinators and an
 * admin, and five months of lesson progress. Deterministic: the same seed gives the same academy.
 * With `volume` full, the live rooms, forums and submissions get five months of activity at real volume
 * (volume-seed.ts) instead of the sample.
 */
export async function seedDemoAcademy(
  deps: Dependencies,
  progress: SeedProgress = () => undefined,
  volume: SeedVolume = 'demo',
): Promise<boolean> {
  const random = new DemoRandom(DEMO_SEED);
  const full = volume === 'full';
  // The full volume's units are counted for 36 cohorts of 6 courses (its own count, once loaded, is the same).
  const steps = full ? 6 + volumeSteps(ACADEMY_COURSES.length * 6, ACADEMY_COURSES.length) + 2 : 9;
  progress('cuentas de demostración', 0, steps);
  // Every start: the named accounts exist (re-created if someone removed them); a hash only when needed.
  const missing = (await Promise.all(DEMO_ACCOUNTS.map(async (a) => ((await deps.users.findByEmail(a.email)) ? null : a)))).filter(
    (a) => a !== null,
  );
  const passwordHash = missing.length ? await deps.hasher.hash(DEMO_PASSWORD) : '';
  if (missing.length) await deps.users.createMany(missing.map((a) => ({ ...a, passwordHash, locale: 'es' as const })));

  if (await deps.catalog.get(SYSTEM, ACADEMY_COURSES[0].slug).catch(() => null)) return false;
  const academyHash = passwordHash || (await deps.hasher.hash(DEMO_PASSWORD));

  progress('cursos', 1, steps);
  const courses: CourseView[] = [];
  for (const course of ACADEMY_COURSES) courses.push(await deps.catalog.create(courseInputSchema.parse(course)));
  if (deps.media) await attachDemoMedia(deps.media, courses, SYSTEM.id);

  progress('participantes', 2, steps);
  const named = DEMO_ACCOUNTS.filter((a) => a.role === 'learner');
  const learners = generateLearners(random, named);
  const staffCountries = Object.keys(COUNTRY_SHARES);
  const moderators = Array.from({ length: 11 }, (_, i) =>
    personFor(random, 2001 + i, staffCountries[i % 5], i % 2 ? 'man' : 'woman', 'academia'),
  );
  const coordinators = [personFor(random, 3001, 'DO', 'woman', 'academia'), personFor(random, 3002, 'CR', 'man', 'academia')];
  const accounts = [
    ...learners.map((p) => ({ ...p, role: 'learner' as const })),
    ...moderators.map((p) => ({ ...p, role: 'moderator' as const })),
    ...coordinators.map((p) => ({ ...p, role: 'coordinator' as const })),
  ];
  for (let i = 0; i < accounts.length; i += 250) {
    await deps.users.createMany(accounts.slice(i, i + 250).map((a) => ({ ...a, passwordHash: academyHash, locale: 'es' as const })));
  }
  const ids = await idsByEmail(deps.users, [...accounts.map((a) => a.email), ...DEMO_ACCOUNTS.map((a) => a.email)]);

  progress('cohortes', 3, steps);
  const countryCohort = new Map<string, string>(); // `${courseIndex}|${country}` → cohort id
  const crossCohort: string[] = [];
  for (const [index, course] of courses.entries()) {
    const short = course.title.es.split(',')[0].split(' con ')[0];
    for (const country of staffCountries) {
      const cohort = await deps.cohorts.create({
        courseId: course.id,
        name: `${short} · ${COUNTRY_NAMES[country]}`,
        countries: [country],
        startsAt: STARTS_AT,
        endsAt: ENDS_AT,
        timezone: COUNTRY_TIMEZONES[country],
        capacity: 120,
        status: 'running',
        enrollmentMode: 'coordinator',
      });
      countryCohort.set(`${index}|${country}`, cohort.id);
    }
    const cross = await deps.cohorts.create({
      courseId: course.id,
      name: `${short} · Intercambio regional`,
      countries: [...staffCountries],
      startsAt: STARTS_AT,
      endsAt: ENDS_AT,
      timezone: 'America/Tegucigalpa',
      status: 'running',
      enrollmentMode: index === 2 ? 'open' : 'coordinator',
    });
    crossCohort.push(cross.id);
  }

  progress('inscripciones', 4, steps);
  type Enrolment = { cohortId: string; courseId: string; userId: string; role: MemberRole };
  const enrolments: Enrolment[] = [];
  const enrol = (courseIndex: number, cohortId: string, email: string, role: MemberRole) =>
    enrolments.push({ cohortId, courseId: courses[courseIndex].id, userId: ids.get(email.toLowerCase())!, role });
  const courseWeights = { 0: 26, 1: 14, 2: 18, 3: 16, 4: 14, 5: 12 } as Record<string, number>;
  for (const person of learners) {
    const primary = Number(random.weighted(courseWeights));
    enrol(primary, countryCohort.get(`${primary}|${person.country}`)!, person.email, 'learner');
    if (random.next() < 0.35) {
      const second = (primary + random.int(1, 5)) % 6;
      enrol(second, crossCohort[second], person.email, 'learner');
    }
  }
  // The named learner from Honduras: a country cohort and a cross-country one.
  for (const account of named) {
    enrol(0, countryCohort.get(`0|${account.country}`)!, account.email, 'learner');
    enrol(3, crossCohort[3], account.email, 'learner');
  }
  // The named moderator runs the cohorts the named learner is in, and a few more; the others share the rest.
  const mainModerator = DEMO_ACCOUNTS.find((a) => a.role === 'moderator')!.email;
  for (const cohortId of [countryCohort.get('0|HN')!, countryCohort.get('0|GT')!, crossCohort[0], crossCohort[3]]) {
    enrol(crossCohort.includes(cohortId) ? crossCohort.indexOf(cohortId) : 0, cohortId, mainModerator, 'moderator');
  }
  let turn = 0;
  for (const [index] of courses.entries()) {
    for (const cohortId of [...staffCountries.map((c) => countryCohort.get(`${index}|${c}`)!), crossCohort[index]]) {
      enrol(index, cohortId, moderators[turn++ % moderators.length].email, 'moderator');
    }
  }
  for (let i = 0; i < enrolments.length; i += 500) await deps.cohorts.addMembers(enrolments.slice(i, i + 500));

  progress('avance en las lecciones', 5, steps);
  const lessonsByCourse = new Map(courses.map((c) => [c.id, c.modules.flatMap((m) => m.lessons.map((l) => l.id))]));
  const span = Date.now() - STARTS_AT.getTime();
  const completions = enrolments
    .filter((e) => e.role === 'learner')
    .flatMap((e) => {
      const lessons = lessonsByCourse.get(e.courseId)!;
      const done = Math.floor(lessons.length * Math.min(1, random.next() * 1.3));
      return lessons.slice(0, done).map((lessonId, i) => ({
        userId: e.userId,
        courseId: e.courseId,
        lessonId,
        completedAt: new Date(STARTS_AT.getTime() + Math.max(0, span) * ((i + random.next()) / lessons.length)),
      }));
    });
  await deps.catalog.recordProgress(completions);
  // Participation counters for everything seeded, as the services would have kept them live.
  const events: ActivityEvent[] = completions.map((c) => ({
    userId: c.userId,
    cohortId: '',
    courseId: c.courseId,
    kind: 'lesson',
    at: c.completedAt,
  }));

  progress('sesiones en vivo', 6, steps);
  if (full) {
    for (const cohortId of [...countryCohort.values(), ...crossCohort]) await deps.discussions.rooms(SYSTEM, cohortId);
    if (!deps.connection) throw new Error('the full volume needs the database connection');
    await deps.counters.recordMany(events);
    const counts = await seedVolume({ ...deps, connection: deps.connection }, { seed: DEMO_SEED, scale: 1 }, (step, done) =>
      progress(step, Math.min(steps - 1, 6 + done), steps),
    );
    progress(
      `listo: ${counts.messages ?? 0} mensajes, ${counts.posts ?? 0} publicaciones, ${counts.submissions ?? 0} entregas`,
      steps,
      steps,
    );
    return true;
  }
  const users = new Map((await deps.users.findByIds([...new Set(enrolments.map((e) => e.userId))])).map((u) => [u.id, u]));
  for (const cohortId of [...countryCohort.values(), ...crossCohort]) {
    const [room] = await deps.discussions.rooms(SYSTEM, cohortId);
    const members = enrolments.filter((e) => e.cohortId === cohortId).map((e) => users.get(e.userId)!);
    const lines = conversation(random, 30);
    const ids = lines.map(() => newId());
    const replies = new Map<number, number>();
    lines.forEach((l) => l.replyTo !== undefined && replies.set(l.replyTo, (replies.get(l.replyTo) ?? 0) + 1));
    const days = Math.max(1, Math.floor(span / 86_400_000));
    const messages = lines.map((line, i) => {
      const author = random.pick(members);
      // Weekly sessions: a few lines per session, at 10:00 in the cohort's region (16:00 UTC).
      const at = new Date(STARTS_AT.getTime() + Math.floor(((i / lines.length) * days) / 7) * 7 * 86_400_000 + 2 * 3_600_000 + i * 60_000);
      return {
        id: ids[i],
        roomId: room.id,
        cohortId,
        clientMsgId: `demo-${ids[i]}`,
        authorId: author.id,
        authorName: author.displayName,
        authorCountry: author.country,
        body: line.body,
        threadRootId: line.replyTo === undefined ? undefined : ids[line.replyTo],
        replyCount: replies.get(i) ?? 0,
        mentions: [],
        createdAt: at,
        changedAt: at,
      };
    });
    await deps.messages.insertMessages(messages);
    const learnerIds = new Set(enrolments.filter((e) => e.cohortId === cohortId && e.role === 'learner').map((e) => e.userId));
    const courseId = enrolments.find((e) => e.cohortId === cohortId)!.courseId;
    for (const m of messages)
      if (learnerIds.has(m.authorId)) events.push({ userId: m.authorId, cohortId, courseId, kind: 'message', at: m.createdAt });
  }
  progress('entregas y revisiones', 7, steps);
  events.push(...(await seedSubmissions(deps, random, courses, enrolments, users, countryCohort, crossCohort)));
  progress('foros', 8, steps);
  events.push(...(await seedForums(deps.forum, random, courses, enrolments, users, STARTS_AT, span)));
  await deps.counters.recordMany(events);
  progress('listo', steps, steps);
  return true;
}

const FEEDBACK_RETURNED = [
  'Buen punto de partida. Agregue datos de su país y una fuente para cada afirmación.',
  'La propuesta es clara, pero falta explicar cómo se medirá el resultado.',
  'Revise la desagregación por sexo: la tabla no suma el total.',
];
const FEEDBACK_ACCEPTED = [
  'Excelente trabajo, bien fundamentado y aplicable a su institución.',
  'Muy completo. La comparación con otros países enriquece el análisis.',
  'Cumple con todos los criterios de la rúbrica. ¡Felicitaciones!',
];

/** Submissions for activities already due, two thirds of them reviewed; some returned and resubmitted. */
async function seedSubmissions(
  deps: Dependencies,
  random: DemoRandom,
  courses: CourseView[],
  enrolments: { cohortId: string; courseId: string; userId: string; role: MemberRole }[],
  users: Map<string, { id: string; displayName: string; country: string }>,
  countryCohort: Map<string, string>,
  crossCohort: string[],
): Promise<ActivityEvent[]> {
  const now = Date.now();
  const timezoneOf = new Map<string, string>();
  for (const [key, id] of countryCohort) timezoneOf.set(id, COUNTRY_TIMEZONES[key.split('|')[1]]);
  crossCohort.forEach((id) => timezoneOf.set(id, 'America/Tegucigalpa'));
  const moderatorOf = new Map(enrolments.filter((e) => e.role === 'moderator').map((e) => [e.cohortId, users.get(e.userId)!]));
  const submissions: Parameters<SubmissionsRepository['createMany']>[0] = [];
  const versions: Parameters<SubmissionsRepository['createMany']>[1] = [];

  for (const enrolment of enrolments.filter((e) => e.role === 'learner')) {
    const course = courses.find((c) => c.id === enrolment.courseId)!;
    const learner = users.get(enrolment.userId)!;
    const reviewer = moderatorOf.get(enrolment.cohortId)!;
    for (const activity of course.modules.flatMap((m) => m.activities).filter((a) => a.kind === 'submission')) {
      const due = dueAt(STARTS_AT, activity.dueDaysAfterStart ?? 30, timezoneOf.get(enrolment.cohortId)!);
      if (due.getTime() > now || random.next() > 0.7) continue;
      const id = newId();
      const submittedAt = new Date(due.getTime() - random.int(-3, 10) * 86_400_000);
      const late = submittedAt > due;
      const maxScore = (activity.rubric ?? []).reduce((n, c) => n + c.maxScore, 0) || 10;
      const roll = random.next();
      const review = (status: 'accepted' | 'returned', at: Date) => ({
        status,
        feedback: random.pick(status === 'accepted' ? FEEDBACK_ACCEPTED : FEEDBACK_RETURNED),
        score: status === 'accepted' ? random.int(Math.ceil(maxScore * 0.6), maxScore) : undefined,
        reviewer: { id: reviewer.id, displayName: reviewer.displayName },
        reviewedAt: at,
      });
      const body = `Entrega de ${learner.displayName} para «${activity.title.es}».\n\nEn ${COUNTRY_NAMES[learner.country]} la situación muestra retos comparables a los de la región; propongo priorizar la prevención focalizada y medir resultados con datos desagregados por sexo y territorio.`;
      const first = { submissionId: id, version: 1, clientSubmissionId: `demo-${id}-1`, body, links: [], submittedAt, late };
      let status: 'submitted' | 'accepted' | 'returned' = 'submitted';
      let version = 1;
      let score: number | undefined;
      if (roll < 0.45) {
        const accepted = review('accepted', new Date(submittedAt.getTime() + 3 * 86_400_000));
        versions.push({ ...first, review: accepted });
        [status, score] = ['accepted', accepted.score];
      } else if (roll < 0.65) {
        versions.push({ ...first, review: review('returned', new Date(submittedAt.getTime() + 2 * 86_400_000)) });
        const resubmittedAt = new Date(submittedAt.getTime() + 6 * 86_400_000);
        const accepted = review('accepted', new Date(resubmittedAt.getTime() + 2 * 86_400_000));
        versions.push({
          ...first,
          version: 2,
          clientSubmissionId: `demo-${id}-2`,
          body: `${body}\n\nVersión revisada con las fuentes solicitadas.`,
          submittedAt: resubmittedAt,
          review: accepted,
        });
        [status, version, score] = ['accepted', 2, accepted.score];
      } else if (roll < 0.75) {
        versions.push({ ...first, review: review('returned', new Date(submittedAt.getTime() + 2 * 86_400_000)) });
        status = 'returned';
      } else {
        versions.push(first);
      }
      submissions.push({
        id,
        activityId: activity.id,
        cohortId: enrolment.cohortId,
        courseId: course.id,
        learnerId: learner.id,
        learnerName: learner.displayName,
        learnerCountry: learner.country,
        status,
        version,
        late,
        dueAt: due,
        score,
        createdAt: submittedAt,
        updatedAt: submittedAt,
      });
    }
  }
  await deps.submissions.createMany(submissions, versions);
  const cohortOf = new Map(submissions.map((s) => [s.id, s]));
  return versions.flatMap((v) => {
    const s = cohortOf.get(v.submissionId)!;
    const base = { userId: s.learnerId, cohortId: s.cohortId, courseId: s.courseId };
    const accepted =
      v.review?.status === 'accepted'
        ? (['accepted', 'completion'] as const).map((kind) => ({ ...base, kind, at: v.review!.reviewedAt }))
        : [];
    return [{ ...base, kind: 'submission' as const, at: v.submittedAt }, ...accepted];
  });
}

async function idsByEmail(users: UsersRepository, emails: string[]): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (let i = 0; i < emails.length; i += 300) {
    for (const user of await users.findByEmails(emails.slice(i, i + 300))) ids.set(user.email.toLowerCase(), user.id);
  }
  return ids;
}
