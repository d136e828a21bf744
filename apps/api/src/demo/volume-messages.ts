import type { VolumeCohort, VolumeMember } from './volume-academy';
import { messageDocs } from './volume-message-docs';
import type { VolumeDocs } from './volume-model';
import { apportion, VolumeRandom } from './volume-random';
import { Voice } from './volume-text';
import { CohortCalendar, MINUTE_MS, sessionSlot, VOLUME_END, weekCurve } from './volume-time';

/** A message before it has an id: who, when, what, and the index of its thread root in the room's drafts. */
export interface MessageDraft {
  at: Date;
  author: VolumeMember;
  body: string;
  root?: number;
  session: boolean;
}

/** Share of a week's messages said during its live session, and how long it runs. */
const SESSION_SHARE: [number, number] = [0.25, 0.4];
const SESSION_MS = 95 * MINUTE_MS;
/** Seconds between messages of a conversation, on average: live sessions are brisker. */
const GAP_MS = { session: 35_000, day: 80_000 };
/** Share of a conversation's answers written in the thread of its first message. */
const THREADED = 0.35;
/** Share of answers naming the person who started the conversation. */
const MENTION_ROOT = 0.07;

/**
 * A room's five months of messages, in the cohort's rhythm: conversations on working days and office hours
 * in the cohort's time zone, and a busier live session each week. `total` messages in all.
 */
export function roomVolume(cohort: VolumeCohort, seed: number, total: number): VolumeDocs {
  const random = VolumeRandom.stream(seed, `room:${cohort.key}`);
  const calendar = new CohortCalendar(cohort.startsAt, cohort.timezone, cohort.countries, sessionSlot(cohort.index));
  const drafts = new RoomDrafts(random, new Voice(random, cohort.course.themes), cohort);
  const perWeek = apportion(total, weekCurve(random, calendar.weeks));
  for (const [week, target] of perWeek.entries()) {
    const goal = drafts.count + target;
    const start = calendar.sessionStart(week);
    if (start && target >= 6) drafts.session(start, drafts.count + Math.round(target * random.between(...SESSION_SHARE)));
    for (let attempts = 0; drafts.count < goal && attempts < 10 * target; attempts++) {
      drafts.conversation(calendar.pickTime(random, week), goal, false, drafts.speakers);
    }
  }
  return messageDocs(cohort, seed, random, drafts.list);
}

class RoomDrafts {
  readonly list: MessageDraft[] = [];
  readonly speakers: VolumeMember[];
  private readonly weights: number[];
  private readonly moderators: VolumeMember[];

  constructor(
    private readonly random: VolumeRandom,
    private readonly voice: Voice,
    private readonly cohort: VolumeCohort,
  ) {
    this.speakers = cohort.members.filter((m) => m.person.voice > 0);
    this.weights = this.speakers.map((m) => m.person.voice);
    this.moderators = cohort.members.filter((m) => m.role === 'moderator');
  }

  get count(): number {
    return this.list.length;
  }

  private push(draft: MessageDraft): number {
    this.list.push(draft);
    return this.list.length - 1;
  }

  /** Someone from `pool` (weighted by how much each speaks), preferably not `not`. */
  private speaker(pool: VolumeMember[], not?: VolumeMember): VolumeMember {
    const weights = pool === this.speakers ? this.weights : pool.map((m) => m.person.voice);
    for (let i = 0; i < 3; i++) {
      const who = pool[this.random.index(weights)];
      if (who !== not) return who;
    }
    return pool[this.random.index(weights)];
  }

  /** The weekly live session: a moderator opens it, then conversations among those who came, until `until`. */
  session(start: Date, until: number): void {
    if (!this.speakers.length) return;
    const came = this.random.sample(this.speakers, Math.max(3, Math.ceil(this.speakers.length * this.random.between(0.35, 0.7))));
    const host = this.moderators.length ? this.random.pick(this.moderators) : came[0];
    let t = start.getTime() + this.random.int(0, 90_000);
    this.push({
      at: new Date(t),
      author: host,
      body: `Bienvenidas y bienvenidos a la sesión en vivo. ${this.voice.opener(host.person.country)}`,
      session: true,
    });
    const end = start.getTime() + SESSION_MS;
    while (this.count < until && t < end) {
      t = this.conversation(new Date(t + this.random.exp(GAP_MS.session)), until, true, came).getTime();
    }
  }

  /**
   * A conversation: a first message, then answers a minute or two apart, some in its thread, some naming
   * its author; now and then a late answer in the thread of an earlier conversation. Returns when it ended.
   */
  conversation(start: Date, until: number, live: boolean, pool: VolumeMember[]): Date {
    if (!pool.length || start >= VOLUME_END) return start;
    if (!live && this.count + 2 <= until && this.random.chance(0.12)) {
      this.lateReply(start);
      start = new Date(start.getTime() + this.random.int(20_000, 180_000));
      if (start >= VOLUME_END) return start;
    }
    const size = live ? this.random.int(2, 9) : 1 + Math.min(11, Math.floor(this.random.exp(2.5)));
    const opener = this.speaker(pool);
    const mention = this.random.chance(0.04) ? this.random.pick(this.cohort.members).person : undefined;
    const named = mention && mention !== opener.person ? mention.displayName : undefined;
    const root = this.push({ at: start, author: opener, body: this.voice.opener(opener.person.country, named), session: live });
    let t = start.getTime();
    let last = opener;
    for (let i = 1; i < size && this.count < until; i++) {
      t += Math.max(5_000, this.random.exp(live ? GAP_MS.session : GAP_MS.day));
      if (t >= VOLUME_END.getTime()) break;
      const author = this.speaker(pool, last);
      const toOpener = author !== opener && this.random.chance(MENTION_ROOT) ? opener.person.displayName : undefined;
      const threaded = this.random.chance(THREADED);
      this.push({
        at: new Date(t),
        author,
        body: this.voice.reply(author.person.country, toOpener),
        root: threaded ? root : undefined,
        session: live,
      });
      last = author;
    }
    return new Date(t);
  }

  /** An answer, now, in the thread of a conversation of the last few days. */
  private lateReply(at: Date): void {
    const roots: number[] = [];
    for (let i = this.list.length - 1; i >= 0 && roots.length < 20; i--) {
      const d = this.list[i];
      if (d.root === undefined && d.at.getTime() < at.getTime() - MINUTE_MS && d.at.getTime() > at.getTime() - 5 * 86_400_000)
        roots.push(i);
    }
    if (!roots.length) return;
    const author = this.speaker(this.speakers);
    this.push({ at, author, body: this.voice.reply(author.person.country), root: this.random.pick(roots), session: false });
  }
}
