import type { ActivityView, MemberRole, Role } from '@trainaction/contracts';
import type { CatalogService } from '@trainaction/catalog';
import type { CohortsRepository } from '@trainaction/cohorts/seeding';
import type { RoomsService } from '@trainaction/rooms';
import type { RoomsRepository } from '@trainaction/rooms/seeding';
import type { UsersRepository } from '@trainaction/identity/seeding';
import type { AuthUser } from '@trainaction/platform';
import { ACADEMY_COURSES } from './academy-content';
import { COURSE_THEMES } from './volume-phrases';
import { VolumeRandom } from './volume-random';

export interface VolumePerson {
  id: string;
  email: string;
  displayName: string;
  country: string;
  role: Role;
  /** How much this person speaks, relative to others (0: reads only). The same in every cohort. */
  voice: number;
}

export interface VolumeMember {
  person: VolumePerson;
  role: MemberRole;
}

export interface VolumeCourse {
  id: string;
  slug: string;
  index: number;
  themes: string[];
  activities: ActivityView[];
}

export interface VolumeCohort {
  id: string;
  /** Names the cohort's random streams and ids without depending on database ids. */
  key: string;
  index: number;
  course: VolumeCourse;
  name: string;
  countries: string[];
  timezone: string;
  startsAt: Date;
  roomId: string;
  /** The default room's name, as a mention's notification names it. */
  roomName: string;
  /** Learners and moderators, sorted by e-mail. */
  members: VolumeMember[];
}

/** The academy as the volume generator sees it: sorted by names, never by database ids. */
export interface VolumeAcademy {
  courses: VolumeCourse[];
  cohorts: VolumeCohort[];
  /** The cohort in which a learner learns a course (`<userId>|<courseId>`), as the forum counts course-wide posts. */
  learnerCohort: Map<string, string>;
}

export interface AcademyReaders {
  catalog: CatalogService;
  cohorts: CohortsRepository;
  users: UsersRepository;
  discussions: RoomsService;
  messages: RoomsRepository;
}

const SYSTEM: AuthUser = { id: 'demo-seed', role: 'admin', sessionId: 'demo-seed' };

/** Learners who only read (a few in every academy), and how unequal voices are. */
const SILENT_SHARE = 0.08;

function voiceOf(seed: number, email: string, role: Role): number {
  const random = VolumeRandom.stream(seed, `voice:${email}`);
  if (role === 'learner' && random.chance(SILENT_SHARE)) return 0;
  return Math.exp(0.8 * random.gauss()) * (role === 'learner' ? 1 : 1.5);
}

/** Reads the demo academy's courses, cohorts, members and default rooms (creating a missing default room). */
export async function loadAcademy(deps: AcademyReaders, seed: number): Promise<VolumeAcademy> {
  const courses: VolumeCourse[] = [];
  for (const [index, content] of ACADEMY_COURSES.entries()) {
    const course = await deps.catalog.get(SYSTEM, content.slug).catch(() => null);
    if (!course) continue;
    const activities = course.modules.flatMap((m) => m.activities);
    courses.push({ id: course.id, slug: course.slug, index, themes: COURSE_THEMES[course.slug] ?? ['seguridad'], activities });
  }
  const byId = new Map(courses.map((c) => [c.id, c]));
  const records = (await deps.cohorts.list({})).filter((c) => byId.has(c.courseId));
  records.sort((a, b) => byId.get(a.courseId)!.index - byId.get(b.courseId)!.index || a.name.localeCompare(b.name));

  const memberships = new Map<string, { userId: string; role: MemberRole }[]>();
  for (const cohort of records) memberships.set(cohort.id, await deps.cohorts.members(cohort.id));
  const userIds = [...new Set([...memberships.values()].flat().map((m) => m.userId))];
  const people = new Map<string, VolumePerson>();
  for (const user of await deps.users.findByIds(userIds)) {
    people.set(user.id, {
      id: user.id,
      email: user.email.toLowerCase(),
      displayName: user.displayName,
      country: user.country,
      role: user.role,
      voice: voiceOf(seed, user.email.toLowerCase(), user.role),
    });
  }

  const cohorts: VolumeCohort[] = [];
  for (const [index, record] of records.entries()) {
    await deps.discussions.rooms(SYSTEM, record.id); // makes sure the default room exists
    const room = (await deps.messages.roomsOfCohort(record.id)).find((r) => r.isDefault)!;
    const members = memberships
      .get(record.id)!
      .filter((m) => people.has(m.userId))
      .map((m) => ({ person: people.get(m.userId)!, role: m.role }))
      .sort((a, b) => a.person.email.localeCompare(b.person.email));
    const course = byId.get(record.courseId)!;
    cohorts.push({
      id: record.id,
      key: `${course.slug}/${record.name}`,
      index,
      course,
      name: record.name,
      countries: record.countries,
      timezone: record.timezone,
      startsAt: record.startsAt,
      roomId: room.id,
      roomName: room.name,
      members,
    });
  }

  const learnerCohort = new Map<string, string>();
  for (const cohort of cohorts) {
    for (const m of cohort.members) {
      const key = `${m.person.id}|${cohort.course.id}`;
      if (m.role === 'learner' && !learnerCohort.has(key)) learnerCohort.set(key, cohort.id);
    }
  }
  return { courses, cohorts, learnerCohort };
}

/** Mentions as the services find them: members (but the author) whose `@Display Name` is in the text. */
export function mentionedIn(text: string, candidates: VolumePerson[], authorId: string): string[] {
  if (!text.includes('@')) return [];
  const lower = text.toLowerCase();
  return [...new Set(candidates.filter((p) => p.id !== authorId && lower.includes(`@${p.displayName.toLowerCase()}`)).map((p) => p.id))];
}
