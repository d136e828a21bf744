import type { Connection } from 'mongoose';
import type { VolumeUnit } from '../src/demo/volume-seed';

/** The collections the full volume writes, by the generator's names. */
export const COLLECTIONS = {
  messages: 'messages',
  reactions: 'reactions',
  messageEdits: 'message_edits',
  readMarks: 'read_marks',
  threads: 'forum_threads',
  posts: 'forum_posts',
  forumEdits: 'forum_edits',
  follows: 'forum_follows',
  forumReads: 'forum_reads',
  submissions: 'submissions',
  versions: 'submission_versions',
  claims: 'review_claims',
  notifications: 'notifications',
} as const;

export type Name = keyof typeof COLLECTIONS;
// Documents read back are loosely typed: the checks name the fields they use.
export type Doc = Record<string, any> & { _id: string };

/** Every document of a collection, with ids as hex (ObjectIds and nested values compared as the generator wrote them). */
export async function stored(connection: Connection, name: Name): Promise<Doc[]> {
  const docs = await connection.db!.collection(COLLECTIONS[name]).find({}).toArray();
  return docs.map((d) => ({ ...d, _id: d._id.toHexString() }) as Doc).sort((a, b) => a._id.localeCompare(b._id));
}

/** The generated documents of every unit, by collection, sorted by id. */
export function byCollection(units: VolumeUnit[]): Record<Name, Doc[]> {
  const out = Object.fromEntries(Object.keys(COLLECTIONS).map((k) => [k, [] as Doc[]])) as Record<Name, Doc[]>;
  for (const unit of units) for (const name of Object.keys(COLLECTIONS) as Name[]) out[name].push(...(unit.docs[name] as Doc[]));
  for (const docs of Object.values(out)) docs.sort((a, b) => a._id.localeCompare(b._id));
  return out;
}

/** The fields of some documents, nested ones too, with the kind of value each holds ("body:string", "review.score:number", …). */
export function shape(docs: Doc[]): string[] {
  const kind = (v: unknown) =>
    v instanceof Date
      ? 'date'
      : Array.isArray(v)
        ? 'array'
        : v !== null && typeof v === 'object' && 'toHexString' in v
          ? 'objectid'
          : v === null
            ? 'null'
            : typeof v;
  const fields = new Set<string>();
  const walk = (value: object, prefix: string) => {
    for (const [key, v] of Object.entries(value)) {
      if (key === '_id' && !prefix) continue;
      fields.add(`${prefix}${key}:${kind(v)}`);
      if (kind(v) === 'object') walk(v as object, `${prefix}${key}.`);
      if (Array.isArray(v)) for (const item of v) if (kind(item) === 'object') walk(item as object, `${prefix}${key}[].`);
    }
  };
  for (const doc of docs) walk(doc, '');
  return [...fields].sort();
}

const day = (at: Date) => at.toISOString().slice(0, 10);

interface Membership {
  cohortId: string;
  courseId: string;
  userId: string;
  role: string;
}

/**
 * The participation counters the stored activity implies, by counter id (`user|cohort|course|kind|day`),
 * worked out from the documents alone, the way the services count: learners' messages and posts (a
 * course-wide post in the learner's cohort of the course), each submitted version, each accepted review
 * (accepted and completion), and a forum activity's completion at the post that completes it.
 */
export function impliedCounters(
  d: Record<Name, Doc[]>,
  memberships: Membership[],
  activityReplies: Map<string, number>,
): Map<string, number> {
  const counters = new Map<string, number>();
  const add = (userId: string, cohortId: string, courseId: string, kind: string, at: Date) => {
    const id = [userId, cohortId, courseId, kind, day(at)].join('|');
    counters.set(id, (counters.get(id) ?? 0) + 1);
  };
  const role = new Map(memberships.map((m) => [`${m.cohortId}:${m.userId}`, m.role]));
  const learnerCohort = new Map<string, string>();
  for (const m of memberships)
    if (m.role === 'learner' && !learnerCohort.has(`${m.userId}|${m.courseId}`)) learnerCohort.set(`${m.userId}|${m.courseId}`, m.cohortId);
  const courseOf = new Map(memberships.map((m) => [m.cohortId, m.courseId]));

  for (const m of d.messages)
    if (role.get(`${m.cohortId}:${m.authorId}`) === 'learner')
      add(m.authorId, m.cohortId, courseOf.get(m.cohortId)!, 'message', m.createdAt);
  const threads = new Map(d.threads.map((t) => [t._id, t]));
  const postsByThread = new Map<string, Doc[]>();
  for (const p of [...d.posts].sort((a, b) => a.createdAt - b.createdAt || a._id.localeCompare(b._id)))
    postsByThread.set(p.threadId, [...(postsByThread.get(p.threadId) ?? []), p]);
  for (const [threadId, posts] of postsByThread) {
    const thread = threads.get(threadId)!;
    const state = new Map<string, { initial: boolean; replies: number }>();
    for (const p of posts) {
      const cohortId =
        thread.scope === 'cohort'
          ? role.get(`${thread.cohortId}:${p.authorId}`) === 'learner'
            ? thread.cohortId
            : undefined
          : learnerCohort.get(`${p.authorId}|${thread.courseId}`);
      if (!cohortId) continue;
      add(p.authorId, cohortId, thread.courseId, 'post', p.createdAt);
      if (!thread.activityId) continue;
      const mine = state.get(p.authorId) ?? { initial: false, replies: 0 };
      const required = activityReplies.get(thread.activityId) ?? 0;
      const before = mine.initial && mine.replies >= required;
      if (p.depth === 1) mine.initial = true;
      else if (p.parentAuthorId !== p.authorId) mine.replies++;
      state.set(p.authorId, mine);
      if (!before && mine.initial && mine.replies >= required) add(p.authorId, cohortId, thread.courseId, 'completion', p.createdAt);
    }
  }
  const submissions = new Map(d.submissions.map((s) => [s._id, s]));
  for (const v of d.versions) {
    const s = submissions.get(v.submissionId)!;
    add(s.learnerId, s.cohortId, s.courseId, 'submission', v.submittedAt);
    if (v.review?.status === 'accepted')
      for (const kind of ['accepted', 'completion']) add(s.learnerId, s.cohortId, s.courseId, kind, v.review.reviewedAt);
  }
  return counters;
}
