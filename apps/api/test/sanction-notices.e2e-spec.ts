import { randomUUID } from 'node:crypto';
import type {
  CohortView,
  CourseView,
  MessageView,
  NotificationView,
  RoomJoinResult,
  RoomView,
  SanctionNotice,
} from '@trainaction/contracts';
import { call, callOk, connectSocket } from '@trainaction/testing';
import type { Socket } from 'socket.io-client';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type RunningApi, type SignedIn } from './api-harness';

let api: RunningApi;
let [ana, beto, carla, mod]: SignedIn[] = [];
let cohortId: string;
let room: RoomView;
const sockets: Socket[] = [];

async function joined(who: SignedIn): Promise<{ socket: Socket; join: RoomJoinResult }> {
  const socket = await connectSocket(api.url, who.token);
  sockets.push(socket);
  return { socket, join: await callOk<RoomJoinResult>(socket, 'room:join', { roomId: room.id }) };
}

/** The next `event` on the socket, or a failure after a few seconds. */
function next<T>(socket: Socket, event: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${event} within 5 s`)), 5_000);
    socket.once(event, (payload: T) => {
      clearTimeout(timer);
      resolve(payload);
    });
  });
}

beforeAll(async () => {
  api = await startApi('sanction_notices');
  const coordinator = await api.signUp('coordinator');
  [ana, beto, carla, mod] = await Promise.all([
    api.signUp('learner'),
    api.signUp('learner'),
    api.signUp('learner'),
    api.signUp('moderator'),
  ]);
  const course = (
    await api
      .client()
      .post<CourseView>(
        '/api/courses',
        { slug: 'curso-avisos', title: { es: 'Curso' }, summary: { es: 'R' }, status: 'published' },
        { token: coordinator.token },
      )
  ).body;
  cohortId = (
    await api.client().post<CohortView>(
      '/api/cohorts',
      {
        courseId: course.id,
        name: 'Cohorte avisos',
        countries: ['HN'],
        startsAt: '2026-07-01T00:00:00Z',
        endsAt: '2026-12-31T00:00:00Z',
        timezone: 'America/Tegucigalpa',
      },
      { token: coordinator.token },
    )
  ).body.id;
  for (const [who, role] of [
    [ana, 'learner'],
    [beto, 'learner'],
    [carla, 'learner'],
    [mod, 'moderator'],
  ] as const)
    await api.client().post(`/api/cohorts/${cohortId}/enrollments`, { userId: who.user.id, role }, { token: coordinator.token });
  room = (await api.client().get<RoomView[]>(`/api/cohorts/${cohortId}/rooms`, { token: mod.token })).body[0];
});
afterEach(() => sockets.splice(0).forEach((s) => s.disconnect()));
afterAll(() => api?.close());

describe('sanction notices', () => {
  it('tells a muted member at once why and until when, again on every join, and when it is lifted', async () => {
    const [m, b] = [await joined(mod), await joined(beto)];
    expect(b.join.sanction).toBeUndefined();
    const told = next<SanctionNotice>(b.socket, 'sanction:changed');
    const { sanction } = await callOk<{ sanction: { until: string } }>(m.socket, 'moderation:mute', {
      cohortId,
      userId: beto.user.id,
      minutes: 30,
      reason: 'Lenguaje ofensivo',
    });
    expect(await told).toEqual({ cohortId, kind: 'mute', until: sanction.until, reason: 'Lenguaje ofensivo' });
    expect(Date.parse(sanction.until) - Date.now()).toBeGreaterThan(29 * 60_000);

    const again = await joined(beto);
    expect(again.join.sanction).toEqual({ cohortId, kind: 'mute', until: sanction.until, reason: 'Lenguaje ofensivo' });
    // Moderators are never muted, so their join carries nothing.
    expect((await joined(mod)).join.sanction).toBeUndefined();

    const lifted = next<SanctionNotice>(again.socket, 'sanction:changed');
    await callOk(m.socket, 'moderation:mute', { cohortId, userId: beto.user.id, minutes: 0, reason: 'Se disculpó' });
    expect(await lifted).toEqual({ cohortId, kind: 'mute', until: null, reason: 'Se disculpó' });
    expect((await joined(beto)).join.sanction).toBeUndefined();
  });

  it('tells a banned member why and until when before their connection closes', async () => {
    const [m, c] = [await joined(mod), await joined(carla)];
    const told = next<SanctionNotice>(c.socket, 'sanction:changed');
    const closed = next<string>(c.socket, 'disconnect');
    await callOk(m.socket, 'moderation:mute', { cohortId, userId: carla.user.id, kind: 'ban', minutes: 60, reason: 'Acoso' });
    expect(await told).toMatchObject({ cohortId, kind: 'ban', reason: 'Acoso', until: expect.any(String) });
    expect(await closed).toBe('io server disconnect');
  });

  it('tells a reporter once when their flag is resolved or rejected, and nothing for other changes', async () => {
    const [m, a] = [await joined(mod), await joined(ana)];
    const sent = await callOk<{ message: MessageView }>(m.socket, 'message:send', {
      roomId: room.id,
      clientMsgId: randomUUID(),
      body: 'Algo dudoso',
    });
    const { flag } = await callOk<{ flag: { id: string } }>(a.socket, 'flag:create', { messageId: sent.message.id, reason: 'off_topic' });
    const patch = (state: string) => api.client().request('PATCH', `/api/flags/${flag.id}`, { state }, { token: mod.token });
    const list = async () =>
      (await api.client().get<{ items: NotificationView[] }>('/api/notifications', { token: ana.token })).body.items.filter(
        (n) => n.kind === 'flag_resolved',
      );

    expect((await patch('in_progress')).status).toBe(200);
    expect(await list()).toEqual([]);
    const live = next<NotificationView>(a.socket, 'notification:new');
    expect((await patch('resolved')).status).toBe(200);
    expect(await live).toMatchObject({
      kind: 'flag_resolved',
      params: { outcome: 'resolved', room: room.name },
      link: `/rooms/${room.id}#message-${sent.message.id}`,
    });
    expect((await patch('resolved')).status).toBe(200);
    expect(await list()).toHaveLength(1);
    expect((await patch('rejected')).status).toBe(200);
    expect((await list()).map((n) => n.params.outcome)).toEqual(['rejected', 'resolved']);
    // Nobody else is told (the moderator wrote the message and closed the flag).
    expect(
      (await api.client().get<{ items: NotificationView[] }>('/api/notifications', { token: mod.token })).body.items.some(
        (n) => n.kind === 'flag_resolved',
      ),
    ).toBe(false);
    expect(await call(a.socket, 'room:leave', { roomId: room.id })).toMatchObject({ ok: true });
  });
});
