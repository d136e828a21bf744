import { randomUUID } from 'node:crypto';
import type { Ack, AuditEntryView, CohortView, CourseView, EquityReport, FlagView, MessageView, RoomView } from '@trainaction/contracts';
import { call, connectSocket } from '@trainaction/testing';
import type { Socket } from 'socket.io-client';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type RunningApi, type SignedIn } from './api-harness';

let api: RunningApi;
let coordinator: SignedIn;
let [ana, beto, dora, mod, guardian, outsider]: SignedIn[] = [];
let cohortId: string;
let room: RoomView;
const sockets: Socket[] = [];

async function connect(who: SignedIn): Promise<Socket> {
  const socket = await connectSocket(api.url, who.token);
  sockets.push(socket);
  return socket;
}

async function joined(who: SignedIn): Promise<Socket> {
  const socket = await connect(who);
  const reply = await call(socket, 'room:join', { roomId: room.id });
  if (!reply.ok) throw new Error(JSON.stringify(reply.error));
  return socket;
}

async function send(socket: Socket, body: string, threadRootId?: string): Promise<Ack<{ message: MessageView }>> {
  return call(socket, 'message:send', { roomId: room.id, clientMsgId: randomUUID(), body, threadRootId });
}

async function auditCount(action: string): Promise<number> {
  const res = await api.client().get<AuditEntryView[]>(`/api/cohorts/${cohortId}/audit?action=${action}`, { token: mod.token });
  return res.body.length;
}

beforeAll(async () => {
  api = await startApi('moderation');
  coordinator = await api.signUp('coordinator');
  [ana, beto, dora, mod, guardian, outsider] = await Promise.all([
    api.signUp('learner', { gender: 'woman', country: 'HN' }),
    api.signUp('learner', { gender: 'man', country: 'GT' }),
    api.signUp('learner', { gender: 'woman', country: 'SV' }),
    api.signUp('moderator'),
    api.signUp('moderator'),
    api.signUp('learner'),
  ]);
  const course = (
    await api
      .client()
      .post<CourseView>(
        '/api/courses',
        { slug: 'curso-moderacion', title: { es: 'Curso' }, summary: { es: 'R' }, status: 'published' },
        { token: coordinator.token },
      )
  ).body;
  const cohort = (name: string) =>
    api.client().post<CohortView>(
      '/api/cohorts',
      {
        courseId: course.id,
        name,
        countries: ['HN', 'GT', 'SV'],
        startsAt: '2026-07-01T00:00:00Z',
        endsAt: '2026-12-31T00:00:00Z',
        timezone: 'America/Guatemala',
      },
      { token: coordinator.token },
    );
  cohortId = (await cohort('Cohorte moderada')).body.id;
  const otherCohortId = (await cohort('Otra')).body.id;
  const enrol = (id: string, who: SignedIn, role = 'learner') =>
    api.client().post(`/api/cohorts/${id}/enrollments`, { userId: who.user.id, role }, { token: coordinator.token });
  await Promise.all([
    enrol(cohortId, ana),
    enrol(cohortId, beto),
    enrol(cohortId, dora),
    enrol(cohortId, mod, 'moderator'),
    enrol(cohortId, guardian, 'moderator'),
    enrol(otherCohortId, outsider),
  ]);
  room = (await api.client().get<RoomView[]>(`/api/cohorts/${cohortId}/rooms`, { token: mod.token })).body[0];
  const contacts = await api
    .client()
    .request('PUT', `/api/cohorts/${cohortId}/safeguarding-contacts`, { userIds: [guardian.user.id] }, { token: coordinator.token });
  expect(contacts.status).toBe(200);
});
afterEach(() => sockets.splice(0).forEach((s) => s.disconnect()));
afterAll(() => api?.close());

describe('moderation', () => {
  it('refuses a muted member’s messages with MUTED until the mute is lifted, with one audit entry each', async () => {
    const [m, b] = [await joined(mod), await joined(beto)];
    const muted = await call(m, 'moderation:mute', { cohortId, userId: beto.user.id, minutes: 30, reason: 'Lenguaje ofensivo' });
    expect(muted).toMatchObject({ ok: true, data: { sanction: { kind: 'mute', userId: beto.user.id } } });
    expect(await send(b, 'hola')).toMatchObject({ ok: false, error: { code: 'MUTED' } });
    const inForce = await api
      .client()
      .get<{ userId: string; kind: string; reason: string }[]>(`/api/cohorts/${cohortId}/sanctions`, { token: mod.token });
    expect(inForce.body).toEqual([expect.objectContaining({ userId: beto.user.id, kind: 'mute', reason: 'Lenguaje ofensivo' })]);
    expect(await call(m, 'moderation:mute', { cohortId, userId: beto.user.id, minutes: 0, reason: 'Se disculpó' })).toMatchObject({
      ok: true,
    });
    expect(await send(b, 'disculpas')).toMatchObject({ ok: true });
    expect(await auditCount('member.mute')).toBe(1);
    expect(await auditCount('member.unmute')).toBe(1);
  });

  it('refuses the second message inside the slow-mode window, but not a moderator’s', async () => {
    const [m, a] = [await joined(mod), await joined(ana)];
    expect(await call(m, 'moderation:slowmode', { roomId: room.id, seconds: 60 })).toMatchObject({
      ok: true,
      data: { room: { slowModeSeconds: 60 } },
    });
    expect(await send(a, 'primero')).toMatchObject({ ok: true });
    expect(await send(a, 'segundo')).toMatchObject({ ok: false, error: { code: 'SLOW_MODE' } });
    expect(await send(m, 'moderador 1')).toMatchObject({ ok: true });
    expect(await send(m, 'moderador 2')).toMatchObject({ ok: true });
    await call(m, 'moderation:slowmode', { roomId: room.id, seconds: 0 });
    expect(await auditCount('room.slowmode')).toBe(2);
  });

  it('refuses posts in a locked room and replies in a locked thread', async () => {
    const [m, d] = [await joined(mod), await joined(dora)];
    const root = await send(m, 'Hilo para cerrar');
    expect(await call(m, 'moderation:lock', { threadRootId: root.ok ? root.data.message.id : '', locked: true })).toMatchObject({
      ok: true,
    });
    expect(await send(d, 'respuesta', root.ok ? root.data.message.id : undefined)).toMatchObject({
      ok: false,
      error: { code: 'ROOM_LOCKED' },
    });
    const updated = new Promise<RoomView>((resolve) => d.on('room:updated', resolve));
    expect(await call(m, 'moderation:lock', { roomId: room.id, locked: true })).toMatchObject({ ok: true });
    expect((await updated).locked).toBe(true);
    expect(await send(d, 'hola')).toMatchObject({ ok: false, error: { code: 'ROOM_LOCKED' } });
    await call(m, 'moderation:lock', { roomId: room.id, locked: false });
    expect(await send(d, 'hola de nuevo')).toMatchObject({ ok: true });
  });

  it('keeps learners away from every moderation event (FORBIDDEN) and other cohorts out (NOT_FOUND)', async () => {
    const a = await joined(ana);
    const sent = await send(a, 'mensaje para probar');
    const messageId = sent.ok ? sent.data.message.id : '';
    for (const [event, payload] of [
      ['moderation:hide', { messageId, reason: 'spam' }],
      ['moderation:pin', { messageId, pinned: true }],
      ['moderation:lock', { roomId: room.id, locked: true }],
      ['moderation:slowmode', { roomId: room.id, seconds: 30 }],
      ['moderation:mute', { cohortId, userId: beto.user.id, minutes: 10, reason: 'x' }],
      ['moderation:watch', { cohortId }],
    ] as const) {
      expect(await call(a, event, payload)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect((await api.client().get(`/api/cohorts/${cohortId}/flags`, { token: ana.token })).status).toBe(403);
    expect((await api.client().get(`/api/cohorts/${cohortId}/audit`, { token: ana.token })).status).toBe(403);
    expect((await api.client().get(`/api/rooms/${room.id}/equity`, { token: ana.token })).status).toBe(403);
    const o = await connect(outsider);
    expect(await call(o, 'moderation:hide', { messageId, reason: 'spam' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await call(o, 'flag:create', { messageId, reason: 'spam' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect((await api.client().get(`/api/cohorts/${cohortId}/flags`, { token: outsider.token })).status).toBe(404);
  });

  it('delivers flags live to moderators and safeguarding flags only to the safeguarding contact', async () => {
    const [a, m, g] = [await joined(ana), await joined(mod), await joined(guardian)];
    expect(await call(m, 'moderation:watch', { cohortId })).toMatchObject({ ok: true });
    expect(await call(g, 'moderation:watch', { cohortId })).toMatchObject({ ok: true });
    const target = await send(await joined(beto), 'Un mensaje delicado');
    const messageId = target.ok ? target.data.message.id : '';
    const seenByModerator: FlagView[] = [];
    m.on('flag:new', (f: FlagView) => seenByModerator.push(f));
    const guardianSees = new Promise<FlagView>((resolve) => g.on('flag:new', (f: FlagView) => f.reason === 'safeguarding' && resolve(f)));
    const spamSeen = new Promise<FlagView>((resolve) => m.on('flag:new', (f: FlagView) => f.reason === 'spam' && resolve(f)));

    expect(await call(a, 'flag:create', { messageId, reason: 'safeguarding', note: 'Posible riesgo' })).toMatchObject({ ok: true });
    expect((await guardianSees).excerpt).toBe('Un mensaje delicado');
    const other = await send(await joined(dora), 'compra aquí');
    expect(await call(a, 'flag:create', { messageId: other.ok ? other.data.message.id : '', reason: 'spam' })).toMatchObject({ ok: true });
    await spamSeen;
    expect(seenByModerator.map((f) => f.reason)).toEqual(['spam']);

    const modQueue = await api.client().get<FlagView[]>(`/api/cohorts/${cohortId}/flags`, { token: mod.token });
    expect(modQueue.body.map((f) => f.reason)).toEqual(['spam']);
    const guardianQueue = await api.client().get<FlagView[]>(`/api/cohorts/${cohortId}/flags`, { token: guardian.token });
    expect(guardianQueue.body.map((f) => f.reason).sort()).toEqual(['safeguarding', 'spam']);
    const safeguardingFlag = guardianQueue.body.find((f) => f.reason === 'safeguarding')!;
    expect((await api.client().patch(`/api/flags/${safeguardingFlag.id}`, { state: 'resolved' }, { token: mod.token })).status).toBe(404);
    const resolved = await api
      .client()
      .patch<FlagView>(
        `/api/flags/${safeguardingFlag.id}`,
        { state: 'in_progress', assigneeId: guardian.user.id, note: 'Contacté a la persona' },
        { token: guardian.token },
      );
    expect(resolved.body).toMatchObject({
      state: 'in_progress',
      assignee: { id: guardian.user.id },
      notes: [expect.objectContaining({ text: 'Contacté a la persona' })],
    });
    // Safeguarding entries are for the contacts only.
    expect(await auditCount('flag.update')).toBe(0);
    const contactsLog = await api
      .client()
      .get<AuditEntryView[]>(`/api/cohorts/${cohortId}/audit?action=flag.update`, { token: guardian.token });
    expect(contactsLog.body.map((e) => e.targetId)).toEqual([safeguardingFlag.id]);
  });

  it('hides a message with a reason that everyone sees, keeps the text in the history for moderators', async () => {
    const [m, b, a] = [await joined(mod), await joined(beto), await joined(ana)];
    const sent = await send(b, 'Texto que será ocultado');
    const id = sent.ok ? sent.data.message.id : '';
    const seen = new Promise<MessageView>((resolve) =>
      a.on('message:updated', (u: MessageView) => u.id === id && u.hidden === true && resolve(u)),
    );
    expect(await call(m, 'moderation:hide', { messageId: id, reason: 'personal_data' })).toMatchObject({ ok: true });
    expect(await seen).toMatchObject({ hidden: true, hiddenReason: 'personal_data', body: '' });
    const history = await api
      .client()
      .get<{ versions: { body: string }[]; hidden: { reason: string } }>(`/api/messages/${id}/history`, { token: mod.token });
    expect(history.body.hidden.reason).toBe('personal_data');
    expect(history.body.versions.at(-1)?.body).toBe('Texto que será ocultado');
    expect((await api.client().get(`/api/messages/${id}/history`, { token: ana.token })).status).toBe(403);
    expect(await auditCount('message.hide')).toBe(1);
  });

  it('offers no way to change or delete audit entries', async () => {
    const [entry] = (await api.client().get<AuditEntryView[]>(`/api/cohorts/${cohortId}/audit`, { token: coordinator.token })).body;
    for (const [method, path] of [
      ['DELETE', `/api/cohorts/${cohortId}/audit`],
      ['PATCH', `/api/cohorts/${cohortId}/audit`],
      ['PUT', `/api/cohorts/${cohortId}/audit`],
      ['POST', `/api/cohorts/${cohortId}/audit`],
      ['DELETE', `/api/audit/${entry.id}`],
      ['PATCH', `/api/audit/${entry.id}`],
    ] as const) {
      expect((await api.client().request(method, path, {}, { token: coordinator.token })).status).toBe(404);
    }
    const csv = await fetch(`${api.url}/api/cohorts/${cohortId}/audit?format=csv`, {
      headers: { authorization: `Bearer ${coordinator.token}` },
    });
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const bytes = Buffer.from(await csv.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // byte-order mark for spreadsheets
    expect(bytes.subarray(3).toString('utf8').startsWith('"at","actor","action"')).toBe(true);
    expect(await auditCount('audit.export')).toBe(1);
  });

  it('reports equity of voice that matches a hand count on a scripted session', async () => {
    // A room of its own: the report's window is whole quarter hours, so other tests' messages would count.
    const session = (await api.client().post<RoomView>(`/api/cohorts/${cohortId}/rooms`, { name: 'Sesión contada' }, { token: mod.token }))
      .body;
    const [a, b, d] = [await connect(ana), await connect(beto), await connect(dora)];
    for (const s of [a, b, d]) expect(await call(s, 'room:join', { roomId: session.id })).toMatchObject({ ok: true });
    for (const [socket, n] of [
      [a, 3],
      [b, 1],
    ] as const) {
      for (let i = 0; i < n; i++)
        expect(await call(socket, 'message:send', { roomId: session.id, clientMsgId: randomUUID(), body: `aporte ${i}` })).toMatchObject({
          ok: true,
        });
    }
    const report = await api.client().get<EquityReport>(`/api/rooms/${session.id}/equity?scope=present`, { token: mod.token });
    expect(report.body).toMatchObject({ members: 3, messages: 4 });
    expect(report.body.byGender).toEqual([
      { key: 'man', members: 1, messages: 1, share: 0.25 },
      { key: 'woman', members: 2, messages: 3, share: 0.75 },
    ]);
    expect(report.body.byCountry).toEqual([
      { key: 'GT', members: 1, messages: 1, share: 0.25 },
      { key: 'HN', members: 1, messages: 3, share: 0.75 },
      { key: 'SV', members: 1, messages: 0, share: 0 },
    ]);
    expect(report.body.silent.map((s) => s.userId)).toEqual([dora.user.id]);
  });
});
