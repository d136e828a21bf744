// Baseline for the REST scenario: bare Node `http` and the raw mongodb driver doing the reads TrainAction
// does for three endpoints, on the same database and collections, answering JSON of the same shape.
// No auth, validation, framework or ODM: what is left is the database work and the JSON.
// MONGODB_URI: the database to read; prints `LISTENING <port>` once ready.
import { createServer } from 'node:http';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { MongoClient, ObjectId } = require('mongodb');

const client = await MongoClient.connect(process.env.MONGODB_URI);
const db = client.db();
const courses = db.collection('courses');
const memberships = db.collection('memberships');
const users = db.collection('users');
const messages = db.collection('messages');
const reactions = db.collection('reactions');

/** GET /api/courses: published courses, oldest first, without their modules (libs/catalog list + summarize). */
async function courseList() {
  const docs = await courses.find({ status: 'published' }).sort({ createdAt: 1 }).toArray();
  const items = docs.map((c) => ({
    id: c._id.toHexString(),
    slug: c.slug,
    title: c.title,
    summary: c.summary,
    topics: c.topics,
    status: c.status,
    updatedAt: c.updatedAt.toISOString(),
    moduleCount: c.modules.length,
    lessonCount: c.modules.reduce((n, m) => n + m.lessons.length, 0),
  }));
  return { items, nextCursor: null };
}

/**
 * Users by id the way the product fetches them on FerretDB (findManyById in libs/platform): a few one by
 * one by primary key, many with one scan filtered in code, since a long `$in` scans once per value there.
 */
async function usersById(ids) {
  const wanted = [...new Set(ids)];
  if (wanted.length <= 25) return (await Promise.all(wanted.map((id) => users.findOne({ _id: new ObjectId(id) })))).filter(Boolean);
  const set = new Set(wanted);
  return (await users.find({}).toArray()).filter((u) => set.has(u._id.toHexString()));
}

/** GET /api/cohorts/:id/members: the cohort's memberships, oldest first, with each member's profile. */
async function members(cohortId) {
  const list = await memberships
    .find({ cohortId }, { projection: { _id: 0 } })
    .sort({ createdAt: 1 })
    .toArray();
  const byId = new Map((await usersById(list.map((m) => m.userId))).map((u) => [u._id.toHexString(), u]));
  const items = list.flatMap((m) => {
    const u = byId.get(m.userId);
    return u ? [{ userId: m.userId, displayName: u.displayName, country: u.country, role: m.role }] : [];
  });
  return { items, nextCursor: null };
}

/** GET /api/rooms/:id/messages?limit=N: newest top-level messages of the room with their reactions. */
async function history(roomId, limit, viewerId) {
  const docs = await messages
    .find({ roomId, threadRootId: { $exists: false } })
    .sort({ _id: -1 })
    .limit(limit)
    .toArray();
  const ids = new Set(docs.map((d) => d._id.toHexString()));
  const byMessage = new Map();
  for (const r of await reactions.find({ roomId }).sort({ createdAt: 1 }).toArray()) {
    if (!ids.has(r.messageId)) continue;
    const emojis = byMessage.get(r.messageId) ?? new Map();
    emojis.set(r.emoji, [...(emojis.get(r.emoji) ?? []), r.userId]);
    byMessage.set(r.messageId, emojis);
  }
  const items = docs.map((m) => {
    const id = m._id.toHexString();
    const gone = Boolean(m.deletedAt || m.hiddenAt);
    return {
      id,
      roomId: m.roomId,
      clientMsgId: m.clientMsgId,
      author: { id: m.authorId, displayName: m.authorName, country: m.authorCountry },
      body: gone ? '' : m.body,
      threadRootId: m.threadRootId,
      replyCount: m.replyCount,
      reactions: m.deletedAt
        ? []
        : [...(byMessage.get(id) ?? [])].map(([emoji, userIds]) => ({
            emoji,
            count: userIds.length,
            mine: userIds.includes(viewerId),
            userIds,
          })),
      createdAt: m.createdAt.toISOString(),
      editedAt: m.editedAt?.toISOString(),
      changedAt: m.changedAt.toISOString(),
    };
  });
  const last = docs.at(-1);
  return { items, nextCursor: docs.length === limit && last ? last._id.toHexString() : null };
}

const server = createServer(async (req, res) => {
  const url = new URL(req.url, 'http://x');
  let match;
  try {
    let body;
    if (url.pathname === '/api/courses') body = await courseList();
    else if ((match = /^\/api\/cohorts\/([0-9a-f]{24})\/members$/.exec(url.pathname))) body = await members(match[1]);
    else if ((match = /^\/api\/rooms\/([0-9a-f]{24})\/messages$/.exec(url.pathname)))
      body = await history(match[1], Number(url.searchParams.get('limit') ?? 50), '');
    if (!body) {
      res.writeHead(404).end();
      return;
    }
    const json = JSON.stringify(body);
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(json) }).end(json);
  } catch (error) {
    console.error(error);
    res.writeHead(500).end();
  }
});
server.listen(0, '127.0.0.1', () => console.log(`LISTENING ${server.address().port}`));
// Stopped between measurements' leftovers: no need to finish queries still queued.
process.on('SIGTERM', () => process.exit(0));
