// The people of the `day` scenario, found in the seeded full-volume academy and signed in with the demo
// password (apps/api/src/demo/demo-accounts.ts: every seeded person has it):
// - learners: `count` learners taken round-robin over the cohorts (one per cohort, then a second…), Ana
//   Aprendiz (aprendiz@trainaction.demo) first; each with her cohort (and all her cohorts and courses, the
//   scope of her forum search), its General room, a cursor 1,000 messages back in that room (the older
//   page) and the cohort's busiest forum thread (the thread view);
// - moderators: each (moderator, cohort) pair, Mario Moderador (moderacion@) first, repeated up to `count`;
// - analysts: the coordinators and the admin, Laura Coordinadora (coordinacion@) first, repeated up to `count`.
import { createRequire } from 'node:module';
import { apiClient, pool } from './academy.mjs';

const { MongoClient } = createRequire(import.meta.url)('mongodb');

const PASSWORD = 'TrainAction-demo-2026';
const OLDER_PAGE_BACK = 1000;

export async function findPeople({ mongodbUri, url, count }) {
  const client = await MongoClient.connect(mongodbUri);
  try {
    const db = client.db();
    const cohorts = (await db.collection('cohorts').find({}).sort({ _id: 1 }).toArray()).map((c) => ({
      id: c._id.toHexString(),
      courseId: c.courseId,
    }));
    const members = await db.collection('memberships').find({}).sort({ _id: 1 }).toArray();
    const users = new Map((await db.collection('users').find({}).toArray()).map((u) => [u._id.toHexString(), u]));
    const byEmail = (email) => [...users.values()].find((u) => u.email === email)?._id.toHexString();

    // Learners round-robin over the cohorts, each person once.
    const queues = cohorts.map((c) => members.filter((m) => m.cohortId === c.id && m.role === 'learner'));
    const ana = byEmail('aprendiz@trainaction.demo');
    const chosen = [];
    const seen = new Set();
    const take = (m) => {
      if (seen.has(m.userId) || chosen.length >= count) return;
      chosen.push(m);
      seen.add(m.userId);
    };
    const anaMembership = members.find((m) => m.userId === ana && m.role === 'learner');
    if (anaMembership) take(anaMembership);
    for (let i = 0; chosen.length < count && queues.some((q) => i < q.length); i++) for (const q of queues) if (q[i]) take(q[i]);

    const cohortData = new Map();
    for (const cohortId of new Set(chosen.map((m) => m.cohortId))) cohortData.set(cohortId, await cohortPlaces(db, cohortId));
    const courseOf = new Map(cohorts.map((c) => [c.id, c.courseId]));
    const learners = chosen.map((m) => {
      const mine = members.filter((other) => other.userId === m.userId);
      const scope = { cohortIds: mine.map((o) => o.cohortId), courseIds: mine.map((o) => o.courseId) };
      return {
        userId: m.userId,
        email: users.get(m.userId).email,
        cohortId: m.cohortId,
        courseId: courseOf.get(m.cohortId),
        ...scope,
        ...cohortData.get(m.cohortId),
      };
    });

    const mario = byEmail('moderacion@trainaction.demo');
    const pairs = members.filter((m) => m.role === 'moderator').sort((a, b) => Number(b.userId === mario) - Number(a.userId === mario));
    const moderators = Array.from({ length: count }, (_, i) => pairs[i % pairs.length]).map((m) => ({
      userId: m.userId,
      email: users.get(m.userId).email,
      cohortId: m.cohortId,
    }));

    const staff = [...users.values()].filter((u) => u.role === 'coordinator' || u.role === 'admin').map((u) => u.email);
    staff.sort((a, b) => Number(b === 'coordinacion@trainaction.demo') - Number(a === 'coordinacion@trainaction.demo'));
    const analysts = Array.from({ length: count }, (_, i) => ({ email: staff[i % staff.length] }));

    await signIn(url, [...learners, ...moderators, ...analysts]);
    return { learners, moderators, analysts };
  } finally {
    await client.close();
  }
}

/** A cohort's General room, a cursor OLDER_PAGE_BACK messages back in it, and its busiest forum thread. */
async function cohortPlaces(db, cohortId) {
  const room = await db.collection('rooms').findOne({ cohortId, isDefault: true });
  const roomId = room._id.toHexString();
  const timeline = { roomId, threadRootId: { $exists: false } };
  const [back] = await db
    .collection('messages')
    .find(timeline, { projection: { _id: 1 } })
    .sort({ _id: -1 })
    .skip(OLDER_PAGE_BACK)
    .limit(1)
    .toArray();
  const [oldest] = await db
    .collection('messages')
    .find(timeline, { projection: { _id: 1 } })
    .sort({ _id: 1 })
    .limit(1)
    .toArray();
  const threads = await db
    .collection('forum_threads')
    .find({ scope: 'cohort', cohortId, deletedAt: { $exists: false } }, { projection: { _id: 1, replyCount: 1 } })
    .toArray();
  const busiest = threads.sort((a, b) => b.replyCount - a.replyCount || (a._id.toHexString() < b._id.toHexString() ? -1 : 1))[0];
  return { roomId, olderCursor: (back ?? oldest)._id.toHexString(), threadId: busiest._id.toHexString(), threadPosts: busiest.replyCount };
}

/** Signs each distinct address in once; every entry of that person gets the same access token. */
async function signIn(url, people) {
  const api = apiClient(url);
  const emails = [...new Set(people.map((p) => p.email))];
  const tokens = new Map();
  await pool(emails, 4, async (email) =>
    tokens.set(email, (await api('POST', '/api/auth/login', { email, password: PASSWORD })).accessToken),
  );
  for (const p of people) p.token = tokens.get(p.email);
}
