import { auditQuerySchema, flagCreateSchema, postCreateSchema, sanctionSchema, threadCreateSchema } from '@trainaction/contracts';
import { ForumPosts, ForumThreads } from '@trainaction/forum';
import type { AuthUser } from '@trainaction/platform';
import { RoomMessages, RoomsService } from '@trainaction/rooms';
import { startServices, type Cohort, type ServiceHarness } from '@trainaction/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContentModeration } from './content-moderation.service';
import { ModerationAudit } from './moderation-audit';
import { ModerationFlags } from './moderation-flags.service';
import { ModerationSanctions } from './moderation-sanctions.service';
import { ModerationModule } from './moderation.module';

/** The moderation rules, service by service, on the embedded database (no HTTP, no sockets). */
let h: ServiceHarness;
let cohort: Cohort;
let learner: AuthUser;
let peer: AuthUser;
let moderator: AuthUser;
let roomId: string;
let n = 0;

const send = (who: AuthUser, body = 'Un mensaje', room = roomId) =>
  h.get(RoomMessages).send(who, { roomId: room, clientMsgId: `moderation-msg-${++n}`, body });
const sanction = (who: AuthUser, target: AuthUser, fields: { kind?: 'mute' | 'ban'; minutes: number }, where = cohort) =>
  h
    .get(ModerationSanctions)
    .sanction(who, sanctionSchema.parse({ cohortId: where.id, userId: target.id, reason: 'Reglas del grupo', ...fields }));

beforeAll(async () => {
  h = await startServices('moderation-service', ModerationModule);
  [learner, peer, moderator] = await Promise.all([h.person(), h.person(), h.person()]);
  cohort = await h.cohort({ learners: [learner, peer], moderators: [moderator] });
  [{ id: roomId }] = await h.get(RoomsService).rooms(learner, cohort.id);
});

afterAll(() => h?.close());

describe('moderation services', () => {
  it('mutes a learner so that their messages and forum posts are refused until lifted; the audit log records both', async () => {
    const thread = await h.get(ForumThreads).createThread(peer, cohort.id, threadCreateSchema.parse({ title: 'Tema', body: 'Detalle' }));
    await sanction(moderator, learner, { minutes: 30 });
    expect((await h.get(ModerationSanctions).sanctions(moderator, cohort.id)).map((s) => [s.userId, s.kind])).toEqual([
      [learner.id, 'mute'],
    ]);
    await expect(send(learner)).rejects.toMatchObject({ code: 'MUTED' });
    await expect(h.get(ForumPosts).createPost(learner, thread.id, postCreateSchema.parse({ body: 'Hola' }))).rejects.toMatchObject({
      code: 'MUTED',
    });
    await sanction(moderator, learner, { minutes: 0 });
    await send(learner);
    const actions = (await h.get(ModerationAudit).auditLog(moderator, cohort.id, auditQuerySchema.parse({}))).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['member.mute', 'member.unmute']));
  });

  it('lets only moderators sanction, never themselves nor another moderator', async () => {
    await expect(sanction(learner, peer, { minutes: 30 })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(sanction(moderator, moderator, { minutes: 30 })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const other = await h.person();
    const shared = await h.cohort({ learners: [peer], moderators: [moderator, other] });
    await expect(sanction(moderator, other, { minutes: 30 }, shared)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('shuts a banned member out of the cohort’s rooms', async () => {
    const banned = await h.person();
    const own = await h.cohort({ learners: [banned], moderators: [moderator] });
    const [{ id: room }] = await h.get(RoomsService).rooms(banned, own.id);
    await send(banned, 'Antes', room);
    await sanction(moderator, banned, { kind: 'ban', minutes: 60 }, own);
    await expect(send(banned, 'Después', room)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('puts a flag in the moderators’ queue, a safeguarding one only in its contacts’; a hidden message cannot be flagged by learners', async () => {
    const { message } = await send(peer, 'Algo dudoso');
    const flags = h.get(ModerationFlags);
    await flags.flag(learner, flagCreateSchema.parse({ messageId: message.id, reason: 'spam' }));
    await flags.flag(learner, flagCreateSchema.parse({ messageId: message.id, reason: 'safeguarding' }));
    expect((await flags.flags(moderator, cohort.id)).map((f) => f.reason)).toEqual(['spam']);
    await expect(flags.flags(learner, cohort.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await h.get(ContentModeration).hide(moderator, { messageId: message.id }, true, 'spam');
    await expect(flags.flag(peer, flagCreateSchema.parse({ messageId: message.id, reason: 'spam' }))).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('keeps hiding, locking and slow mode to moderators, and a locked room refuses learners', async () => {
    const content = h.get(ContentModeration);
    const { message } = await send(peer, 'Otro mensaje');
    await expect(content.hide(learner, { messageId: message.id }, true, 'spam')).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(content.lock(learner, { roomId }, true)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(content.slowMode(learner, roomId, 30)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await content.lock(moderator, { roomId }, true);
    await expect(send(peer)).rejects.toMatchObject({ code: 'ROOM_LOCKED' });
    await content.lock(moderator, { roomId }, false);
    await send(peer);
  });
});
