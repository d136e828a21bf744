// The operations of a learner's day for the `day` scenario, as the web app does them (apps/web/src/routes):
// over HTTP with the person's access token, and the room join over socket.io (websocket transport, as
// apps/web/src/lib/realtime/socket.svelte.ts). Each op has:
//   who      which people do it (learners, moderators or analysts; day-people.mjs)
//   before   unmeasured preparation (connect the socket; leave the room so that the next join is a join)
//   run      the measured request(s); throws unless the answer is a success
//   raw      the SQL statements behind it for the raw baseline (bench/lib/raw-sql.mjs), built from one answer
//            on the same expressions the engine's indexes use (tools/embedded-db/_patches/pushdown.go)
import { createRequire } from 'node:module';
import { col, text } from './raw-sql.mjs';

const { io } = createRequire(import.meta.url)('socket.io-client');

export const SEARCH = 'encuesta victimización';
const DASHBOARD = ['country,gender', 'gender', 'country,gender', 'month', 'course,country']
  .map((by) => `/api/analytics/participation?by=${encodeURIComponent(by)}`)
  .concat('/api/analytics/indicators?period=month', '/api/courses', '/api/cohorts?scope=all');

async function get(url, path, token) {
  const res = await fetch(url + path, { headers: { authorization: `Bearer ${token}` } });
  const body = await res.text();
  if (!res.ok) throw new Error(`GET ${path}: ${res.status} ${body.slice(0, 300)}`);
  return JSON.parse(body);
}

/** The person's socket to this API, connected (a new one after a restart: the API's port changes). */
async function socketOf(p, url) {
  if (p.socket?.connected && p.socketUrl === url) return p.socket;
  p.socket?.close();
  p.socket = io(url, { auth: { token: p.token }, transports: ['websocket'], reconnection: false });
  p.socketUrl = url;
  p.joined = false;
  await new Promise((resolve, reject) => {
    p.socket.once('connect', resolve);
    p.socket.once('connect_error', reject);
  });
  return p.socket;
}

export function closeSockets(people) {
  for (const p of people) {
    p.socket?.close();
    p.socket = undefined;
  }
}

async function emit(socket, event, payload) {
  const ack = await socket.timeout(120_000).emitWithAck(event, payload);
  if (!ack?.ok) throw new Error(`${event}: ${JSON.stringify(ack).slice(0, 300)}`);
  return ack.data;
}

/** SELECT of whole documents, as FerretDB reads them. */
const select = (t, where, tail = '') => `SELECT _ferretdb_sjson FROM "${t}" WHERE ${where}${tail}`;
const eq = (field) => `${col(field)} = ?`;
const missing = (field) => `${col(field)} IS NULL`;
const inList = (field, values) => `${col(field)} IN (${values.map(() => '?').join(', ') || 'NULL'})`;
const contains = () => `instr(_ferretdb_sjson->>'searchText', ?) > 0`; // the word search, done in SQL
const statement = (sql, ...args) => ({ sql, args });

/** A room's timeline page as the history and the join read it, and the reactions of its messages. */
function page(T, roomId, before, ids) {
  const where = `${eq('roomId')} AND ${missing('threadRootId')}${before ? ` AND ${col('_id')} < ?` : ''}`;
  return [
    statement(select(T.messages, where, ` ORDER BY ${col('_id')} DESC LIMIT 50`), text(roomId), ...(before ? [text(before)] : [])),
    statement(select(T.reactions, inList('messageId', ids), ` ORDER BY ${col('createdAt')}`), ...ids.map(text)),
  ];
}

export const OPS = [
  {
    key: 'join',
    name: 'room join (recent history)',
    who: 'learners',
    async before(p, url) {
      const socket = await socketOf(p, url);
      if (p.joined) await emit(socket, 'room:leave', { roomId: p.roomId });
      p.joined = false;
    },
    async run(p, url) {
      const data = await emit(await socketOf(p, url), 'room:join', { roomId: p.roomId });
      p.joined = true;
      return data;
    },
    // the recent page with its reactions, the reader's mark, and the unread count's two counts (counted here
    // from the room's start: at most what they cost after a mark)
    raw: (p, answer, T) => {
      const main = `${eq('roomId')} AND ${missing('threadRootId')} AND ${missing('deletedAt')}`;
      const ids = answer.messages.map((m) => m.id);
      return [
        ...page(T, p.roomId, undefined, ids),
        statement(select(T.read_marks, `${eq('roomId')} AND ${eq('userId')}`, ' LIMIT 1'), text(p.roomId), text(p.userId)),
        statement(`SELECT count(*) FROM "${T.messages}" WHERE ${main}`, text(p.roomId)),
        statement(`SELECT count(*) FROM "${T.messages}" WHERE ${main} AND ${eq('authorId')}`, text(p.roomId), text(p.userId)),
      ];
    },
  },
  {
    key: 'history',
    name: 'room history page (50)',
    who: 'learners',
    stockTarget: true,
    run: (p, url) => get(url, `/api/rooms/${p.roomId}/messages?limit=50`, p.token),
    raw: (p, answer, T) =>
      page(
        T,
        p.roomId,
        undefined,
        answer.items.map((m) => m.id),
      ),
  },
  {
    key: 'older',
    name: 'older history page (1,000 messages back)',
    who: 'learners',
    run: (p, url) => get(url, `/api/rooms/${p.roomId}/messages?limit=50&before=${p.olderCursor}`, p.token),
    raw: (p, answer, T) =>
      page(
        T,
        p.roomId,
        p.olderCursor,
        answer.items.map((m) => m.id),
      ),
  },
  {
    key: 'threads',
    name: "cohort forum's thread list (30)",
    who: 'learners',
    stockTarget: true,
    run: (p, url) => get(url, `/api/cohorts/${p.cohortId}/threads?courseWide=false&limit=30`, p.token),
    raw: (p, answer, T) => [
      statement(
        select(
          T.forum_threads,
          `${eq('scope')} AND ${eq('courseId')} AND ${missing('deletedAt')} AND ${eq('cohortId')}`,
          ` ORDER BY ${col('_id')} DESC LIMIT 30`,
        ),
        text('cohort'),
        text(p.courseId),
        text(p.cohortId),
      ),
      // per thread, as the list shows it: following?, read when?, new posts since
      ...answer.items.flatMap((t) => [
        statement(select(T.forum_follows, `${eq('threadId')} AND ${eq('userId')}`, ' LIMIT 1'), text(t.id), text(p.userId)),
        statement(select(T.forum_reads, `${eq('threadId')} AND ${eq('userId')}`, ' LIMIT 1'), text(t.id), text(p.userId)),
        statement(
          `SELECT count(*) FROM "${T.forum_posts}" WHERE ${eq('threadId')} AND ${missing('deletedAt')} AND ${col('authorId')} != ?`,
          text(t.id),
          text(p.userId),
        ),
      ]),
    ],
  },
  {
    key: 'thread',
    name: "thread view (the cohort's busiest thread)",
    who: 'learners',
    run: (p, url) => get(url, `/api/threads/${p.threadId}`, p.token),
    raw: (p, answer, T) => [
      statement(select(T.forum_threads, eq('_id')), text(p.threadId)),
      statement(select(T.forum_posts, eq('threadId'), ` ORDER BY ${col('_id')}`), text(p.threadId)),
      statement(select(T.forum_follows, `${eq('threadId')} AND ${eq('userId')}`, ' LIMIT 1'), text(p.threadId), text(p.userId)),
    ],
  },
  {
    key: 'search',
    name: `forum search ("${SEARCH}", 50)`,
    who: 'learners',
    stockTarget: true,
    run: (p, url) => get(url, `/api/forum/search?q=${encodeURIComponent(SEARCH)}&limit=50`, p.token),
    raw: (p, answer, T) => {
      const words = SEARCH.split(' ');
      const visible = `((${eq('scope')} AND ${inList('cohortId', p.cohortIds)}) OR (${eq('scope')} AND ${inList('courseId', p.courseIds)}))`;
      const where = [visible, missing('deletedAt'), ...words.map(contains)].join(' AND ');
      const args = [text('cohort'), ...p.cohortIds.map(text), text('course'), ...p.courseIds.map(text), ...words];
      const threadIds = [...new Set(answer.posts.map((post) => post.threadId))];
      return [
        statement(select(T.forum_threads, where, ` ORDER BY ${col('_id')} DESC LIMIT 50`), ...args),
        statement(select(T.forum_posts, where, ` ORDER BY ${col('_id')} DESC LIMIT 50`), ...args),
        statement(select(T.forum_threads, inList('_id', threadIds)), ...threadIds.map(text)),
      ];
    },
  },
  {
    key: 'notifications',
    name: 'notifications list (100, with the unread count)',
    who: 'learners',
    run: (p, url) => get(url, '/api/notifications?limit=100', p.token),
    raw: (p, answer, T) => [
      statement(select(T.notifications, eq('userId'), ` ORDER BY ${col('_id')} DESC LIMIT 100`), text(p.userId)),
      statement(`SELECT count(*) FROM "${T.notifications}" WHERE ${eq('userId')} AND ${missing('readAt')}`, text(p.userId)),
    ],
  },
  {
    key: 'queue',
    name: "moderator's review queue (a cohort's submissions)",
    who: 'moderators',
    run: (p, url) => get(url, `/api/cohorts/${p.cohortId}/submissions`, p.token),
    // Its first page of summaries (no versions) and the count of the whole queue.
    raw: (p, answer, T) => [
      statement(select(T.submissions, eq('cohortId'), ` ORDER BY ${col('queueKey')} LIMIT 51`), text(p.cohortId)),
      statement(`SELECT count(*) FROM "${T.submissions}" WHERE ${eq('cohortId')}`, text(p.cohortId)),
    ],
  },
  {
    key: 'dashboard',
    name: "coordinator's analytics dashboard (its 8 requests at once)",
    who: 'analysts',
    run: (p, url) => Promise.all(DASHBOARD.map((path) => get(url, path, p.token))),
    // What its reports are computed from, read once after a start (later reports read nothing).
    raw: (p, answer, T) => ['memberships', 'users', 'activity_rollups'].map((c) => statement(`SELECT _ferretdb_sjson FROM "${T[c]}"`)),
  },
];
