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
/** SEARCH's terms as the word index stores them (`queryWords` in libs/contracts/src/search-terms.ts: folded, singular). */
const SEARCH_TERMS = ['encuesta', 'victimizacion'];
/** The coordinator's analytics page: one request for its six reports and its filters' options. */
const DASHBOARD = '/api/analytics/dashboard?by=country%2Cgender&period=month';

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
    name: "cohort forum's thread list (30, by last activity)",
    who: 'learners',
    stockTarget: true,
    run: (p, url) => get(url, `/api/cohorts/${p.cohortId}/threads?courseWide=false&limit=30`, p.token),
    // the page in its index's order, then the page's follows and read marks (seen/own counters) in one query each
    raw: (p, answer, T) => {
      const ids = answer.items.map((t) => t.id);
      return [
        statement(
          select(
            T.forum_threads,
            `${eq('cohortId')} AND ${missing('deletedAt')}`,
            ` ORDER BY ${col('lastActivityAt')} DESC, ${col('_id')} DESC LIMIT 30`,
          ),
          text(p.cohortId),
        ),
        statement(select(T.forum_follows, `${inList('threadId', ids)} AND ${eq('userId')}`), ...ids.map(text), text(p.userId)),
        statement(select(T.forum_reads, `${inList('threadId', ids)} AND ${eq('userId')}`), ...ids.map(text), text(p.userId)),
      ];
    },
  },
  {
    key: 'thread',
    name: "thread view (the cohort's busiest thread, its first 50 posts)",
    who: 'learners',
    run: (p, url) => get(url, `/api/threads/${p.threadId}`, p.token),
    raw: (p, answer, T) => [
      statement(select(T.forum_threads, eq('_id')), text(p.threadId)),
      statement(select(T.forum_posts, eq('threadId'), ` ORDER BY ${col('_id')} LIMIT 51`), text(p.threadId)),
      statement(
        select(T.forum_posts, `${eq('threadId')} AND ${eq('authorId')} AND ${missing('deletedAt')}`),
        text(p.threadId),
        text(p.userId),
      ),
      statement(select(T.forum_follows, `${eq('threadId')} AND ${eq('userId')}`, ' LIMIT 1'), text(p.threadId), text(p.userId)),
    ],
  },
  {
    key: 'search',
    name: `forum search ("${SEARCH}", 50)`,
    who: 'learners',
    stockTarget: true,
    run: (p, url) => get(url, `/api/forum/search?q=${encodeURIComponent(SEARCH)}&limit=50`, p.token),
    // the word index's terms of the person's forums (one `_id IN`), then the newest candidates by `_id` (as the
    // API reads them: up to 400, ranked in memory) and the threads of the posts shown
    raw: (p, answer, T) => {
      const words = SEARCH_TERMS;
      const forums = [...p.cohortIds.map((id) => `c${id}`), ...p.courseIds.map((id) => `k${id}`)];
      const terms = forums.flatMap((f) => ['p', 't'].flatMap((kind) => words.map((w) => `${f}/${kind}/${w}`)));
      const postIds = answer.posts.map((post) => post.id);
      const threadIds = [...new Set([...answer.threads.map((t) => t.id), ...answer.posts.map((post) => post.threadId)])];
      return [
        statement(select(T.forum_search_terms, inList('_id', terms)), ...terms.map(text)),
        statement(select(T.forum_posts, inList('_id', postIds)), ...postIds.map(text)),
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
    name: "coordinator's analytics dashboard (its six reports and filter options)",
    who: 'analysts',
    run: (p, url) => get(url, DASHBOARD, p.token),
    // What its reports are computed from, read once after a start (later reports read nothing).
    raw: (p, answer, T) => ['memberships', 'users', 'activity_rollups'].map((c) => statement(`SELECT _ferretdb_sjson FROM "${T[c]}"`)),
  },
];
