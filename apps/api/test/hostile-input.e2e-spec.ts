import { randomUUID } from 'node:crypto';
import type { Ack, CohortView, CourseView, RoomView } from '@trainaction/contracts';
import fc from 'fast-check';
import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type RunningApi, type SignedIn } from './api-harness';

/**
 * Hostile and random input against every socket event and every REST route with a body or a query:
 * the answer is always a protocol error or a success, never a 500, and the server stays up.
 */
let api: RunningApi;
let coordinator: SignedIn;
let learner: SignedIn;
let socket: Socket;
let ids: Record<string, string>;

const OPERATOR_PAYLOADS: unknown[] = [
  { $ne: null },
  { $gt: '' },
  { $where: 'sleep(1000)' },
  { $regex: '.*' },
  { $in: [1, 2] },
  { 'a.b': 1 },
  ['$ne'],
  { __proto__: { admin: true } },
  { constructor: { prototype: { admin: true } } },
];

const anyValue = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom(...OPERATOR_PAYLOADS),
  fc.string({ minLength: 5000, maxLength: 6000 }),
  fc.array(fc.string(), { maxLength: 5 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), { maxKeys: 4 }),
);

const EVENTS = [
  'session:whoami',
  'room:join',
  'room:leave',
  'message:send',
  'message:edit',
  'message:delete',
  'message:react',
  'room:read',
  'submission:submit',
  'submission:review',
  'submission:claim',
  'review:watch',
  'flag:create',
  'moderation:watch',
  'moderation:hide',
  'moderation:pin',
  'moderation:lock',
  'moderation:slowmode',
  'moderation:mute',
];

const FIELDS = [
  'roomId',
  'messageId',
  'cohortId',
  'activityId',
  'submissionId',
  'userId',
  'clientMsgId',
  'clientSubmissionId',
  'body',
  'emoji',
  'on',
  'since',
  'reason',
  'status',
  'feedback',
  'minutes',
  'seconds',
  'locked',
  'pinned',
  'threadRootId',
  'note',
  'links',
  'score',
];

/** A payload that is mostly well-formed, with real ids, and random or hostile values in some fields. */
const payload = fc.dictionary(fc.constantFrom(...FIELDS), anyValue, { maxKeys: 6 }).chain((random) =>
  fc.record({ keep: fc.subarray(FIELDS, { maxLength: 6 }) }).map(({ keep }) => {
    const base: Record<string, unknown> = {};
    for (const field of keep) base[field] = ids[field] ?? `${randomUUID()}`;
    return { ...base, ...random };
  }),
);

beforeAll(async () => {
  api = await startApi('hostile', { RATE_LIMIT_PER_MINUTE: '1000000' });
  coordinator = await api.signUp('coordinator');
  learner = await api.signUp('learner');
  const course = (
    await api.client().post<CourseView>(
      '/api/courses',
      {
        slug: 'hostil',
        title: { es: 'C' },
        summary: { es: 'R' },
        status: 'published',
        modules: [
          {
            title: { es: 'M' },
            lessons: [{ kind: 'text', title: { es: 'L' }, body: 'x' }],
            activities: [{ kind: 'submission', title: { es: 'A' }, prompt: 'p', completion: { kind: 'accepted_submission' } }],
          },
        ],
      },
      { token: coordinator.token },
    )
  ).body;
  const cohort = (
    await api.client().post<CohortView>(
      '/api/cohorts',
      {
        courseId: course.id,
        name: 'Cohorte hostil',
        countries: ['HN'],
        startsAt: '2026-07-01T00:00:00Z',
        endsAt: '2026-12-01T00:00:00Z',
        timezone: 'America/Tegucigalpa',
      },
      { token: coordinator.token },
    )
  ).body;
  await api.client().post(`/api/cohorts/${cohort.id}/enrollments`, { userId: learner.user.id }, { token: coordinator.token });
  const [room] = (await api.client().get<RoomView[]>(`/api/cohorts/${cohort.id}/rooms`, { token: learner.token })).body;
  socket = io(api.url, { auth: { token: learner.token }, transports: ['websocket'], reconnection: false, forceNew: true });
  await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
  const sent: Ack<{ message: { id: string } }> = await socket
    .timeout(5000)
    .emitWithAck('message:send', { roomId: room.id, clientMsgId: randomUUID(), body: 'hola' });
  ids = {
    roomId: room.id,
    cohortId: cohort.id,
    activityId: course.modules[0].activities[0].id,
    userId: learner.user.id,
    messageId: sent.ok ? sent.data.message.id : '',
    threadRootId: sent.ok ? sent.data.message.id : '',
    clientMsgId: randomUUID(),
    clientSubmissionId: randomUUID(),
    courseSlug: course.slug,
    lessonId: course.modules[0].lessons[0].id,
  };
});

afterAll(async () => {
  socket?.disconnect();
  await api?.close();
});

describe('hostile input', () => {
  it('answers every socket event with an ack, never INTERNAL, for thousands of random payloads', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...EVENTS), payload, async (event, body) => {
        const reply: Ack<unknown> = await socket.timeout(10_000).emitWithAck(event, body);
        expect(reply.ok === true || (reply.ok === false && reply.error.code !== 'INTERNAL')).toBe(true);
      }),
      { numRuns: 1500 },
    );
    expect(socket.connected).toBe(true);
  }, 300_000);

  it('never answers 500 to random or hostile bodies and query strings on any route', async () => {
    const doc = (await api.client().get<{ paths: Record<string, Record<string, unknown>> }>('/api/docs-json')).body;
    const routes = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => ({ method: method.toUpperCase(), path })),
    );
    expect(routes.length).toBeGreaterThan(40);
    const fill = (path: string) =>
      path.replace(/\{(\w+)\}/g, (_, name: string) =>
        name === 'slug'
          ? ids.courseSlug
          : name === 'id'
            ? fc.sample(fc.constantFrom(ids.cohortId, ids.roomId, ids.messageId, ids.lessonId, 'nope', '0'.repeat(24)), 1)[0]
            : ids.userId,
      );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...routes),
        payload,
        fc.dictionary(
          fc.constantFrom('limit', 'cursor', 'by', 'q', 'from', 'to', 'scope', 'x[$ne]', 'format'),
          fc.string({ maxLength: 20 }),
          { maxKeys: 3 },
        ),
        async (route, body, query) => {
          const qs = new URLSearchParams(query).toString();
          const res = await api
            .client()
            .request<{ error?: { code: string } }>(
              route.method,
              `${fill(route.path)}${qs ? `?${qs}` : ''}`,
              route.method === 'GET' ? undefined : body,
              { token: coordinator.token },
            );
          expect(res.status, `${route.method} ${route.path} → ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`).toBeLessThan(500);
        },
      ),
      { numRuns: 1200 },
    );
  }, 300_000);

  it('refuses operator injection on sign-in: login never succeeds', async () => {
    for (const value of OPERATOR_PAYLOADS) {
      const res = await api.client().post('/api/auth/login', { email: value, password: value });
      expect(res.status).toBe(400);
    }
    const res = await api.client().post('/api/auth/login', `{"email":"${learner.input.email}","password":{"$gt":""}}`);
    expect(res.status).toBe(400);
  });

  it('survives oversized and malformed socket frames', async () => {
    const raw = io(api.url, { auth: { token: learner.token }, transports: ['websocket'], reconnection: false, forceNew: true });
    await new Promise<void>((resolve) => raw.once('connect', () => resolve()));
    const closed = new Promise<string>((resolve) => raw.once('disconnect', resolve));
    raw.emit('message:send', { roomId: ids.roomId, clientMsgId: randomUUID(), body: 'x'.repeat(400_000) });
    expect(await closed).toBe('transport close');
    // A raw websocket sending garbage engine.io/socket.io packets.
    const { WebSocket } = await import('ws');
    const ws = new WebSocket(`${api.url.replace('http', 'ws')}/socket.io/?EIO=4&transport=websocket`);
    await new Promise((resolve) => ws.once('open', resolve));
    for (const frame of [
      '4',
      '42["message:send"',
      '40{"token":',
      '451-["x",{"_placeholder":true,"num":9}]',
      '\u0000\u0001',
      '4'.repeat(1000),
    ])
      ws.send(frame);
    ws.close();
    // A fresh socket: the random requests above may have removed the learner from the cohort, which closes theirs.
    const healthy = io(api.url, { auth: { token: learner.token }, transports: ['websocket'], reconnection: false, forceNew: true });
    await new Promise<void>((resolve) => healthy.once('connect', () => resolve()));
    const reply: Ack<{ userId: string }> = await healthy.timeout(5000).emitWithAck('session:whoami', {});
    healthy.disconnect();
    expect(reply.ok).toBe(true);
    expect((await api.client().get('/api/health')).status).toBe(200);
  });
});
