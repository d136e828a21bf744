import { startServices, type Cohort, type ServiceHarness } from '@trainaction/testing';
import { queryWords } from '@trainaction/contracts';
import { WordIndex, type AuthUser, type WordIndexDoc } from '@trainaction/platform';
import { getModelToken } from '@nestjs/mongoose';
import type { Type } from '@nestjs/common';
import type { Model } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { MESSAGE_TERM_MODEL } from './message.schema';
import { MessageSearch } from './message-search';
import { MessageSearchIndex } from './message-search-index';
import { RoomAccess } from './room-access';
import { RoomCatchUp } from './room-catch-up';
import { RoomMessages } from './room-messages.service';
import { RoomModeration } from './room-moderation.service';
import { RoomsModule } from './rooms.module';
import { RoomsRepository } from './rooms.repository';
import { RoomsService } from './rooms.service';

/** The rooms' rules, service by service, on the embedded database (no HTTP, no sockets). */
let h: ServiceHarness;
let cohort: Cohort;
let learner: AuthUser;
let peer: AuthUser;
let moderator: AuthUser;
let outsider: AuthUser;
let roomId: string;
let messages: RoomMessages;
let moderation: RoomModeration;
let n = 0;

const send = (who: AuthUser, body: string, room = roomId) => messages.send(who, { roomId: room, clientMsgId: `service-msg-${++n}`, body });

beforeAll(async () => {
  h = await startServices('rooms-service', RoomsModule);
  [learner, peer, moderator, outsider] = await Promise.all([h.person(), h.person(), h.person(), h.person()]);
  cohort = await h.cohort({ learners: [learner, peer], moderators: [moderator] });
  messages = h.get(RoomMessages);
  moderation = h.get(RoomModeration);
  [{ id: roomId }] = await h.get(RoomsService).rooms(learner, cohort.id);
});

afterAll(() => h?.close());

describe('rooms services', () => {
  it('stores a member’s message and shows it in the history; to anyone outside the cohort the room does not exist', async () => {
    const { message } = await send(learner, 'Hola a todos');
    const history = await h.get(RoomCatchUp).history(peer, roomId, { limit: 20 });
    expect(history.items.map((m) => m.id)).toContain(message.id);
    await expect(send(outsider, 'Intruso')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(h.get(RoomCatchUp).history(outsider, roomId, { limit: 20 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(h.get(RoomAccess).roomFor(outsider, roomId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('lets only the author edit, and the author or a moderator delete', async () => {
    const { message } = await send(learner, 'Primera versión');
    await expect(messages.edit(peer, message.id, 'Ajeno')).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(messages.edit(moderator, message.id, 'Moderado')).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await messages.edit(learner, message.id, 'Segunda versión')).message.body).toBe('Segunda versión');
    await expect(messages.delete(peer, message.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await messages.delete(moderator, message.id);
    await expect(messages.edit(learner, message.id, 'Tarde')).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('hides a message from learners’ flags but not from moderators; a deleted one from everybody', async () => {
    const { message } = await send(peer, 'Algo fuera de lugar');
    await moderation.setHidden(message.id, true, 'off-topic', moderator.id);
    await expect(messages.visibleMessage(learner, message.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await messages.visibleMessage(moderator, message.id)).message.hiddenReason).toBe('off-topic');
    await messages.delete(peer, message.id);
    await expect(messages.visibleMessage(moderator, message.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refuses a muted learner’s message, edit and reaction, and lets them read', async () => {
    const muted = await h.person();
    await h
      .get(RoomsService)
      .rooms(muted, cohort.id)
      .catch(() => undefined); // not a member yet: nothing to see
    const mutedCohort = await h.cohort({ learners: [muted, peer] });
    const [{ id: room }] = await h.get(RoomsService).rooms(muted, mutedCohort.id);
    const { message } = await send(muted, 'Antes del silencio', room);
    await h.sanction(mutedCohort, muted, 'mute');
    await expect(send(muted, 'Durante el silencio', room)).rejects.toMatchObject({ code: 'MUTED' });
    await expect(messages.edit(muted, message.id, 'Editado')).rejects.toMatchObject({ code: 'MUTED' });
    await expect(messages.react(muted, message.id, '👍', true)).rejects.toMatchObject({ code: 'MUTED' });
    expect(await h.get(RoomsService).mayType(muted, room)).toBe(false);
    expect((await h.get(RoomCatchUp).history(muted, room, { limit: 20 })).items.map((m) => m.id)).toContain(message.id);
  });

  it('refuses learners in a locked room and a locked thread; moderators still speak', async () => {
    const { message: root } = await send(learner, 'Tema');
    await moderation.setThreadLocked(root.id, true);
    const reply = (who: AuthUser) =>
      messages.send(who, { roomId, clientMsgId: `service-msg-${++n}`, body: 'Respuesta', threadRootId: root.id });
    await expect(reply(peer)).rejects.toMatchObject({ code: 'ROOM_LOCKED' });
    await reply(moderator);
    await moderation.setRoomLocked(roomId, true);
    await expect(send(peer, 'Sala cerrada')).rejects.toMatchObject({ code: 'ROOM_LOCKED' });
    await send(moderator, 'Los moderadores siguen');
    await moderation.setRoomLocked(roomId, false);
    await send(peer, 'Sala abierta');
  });

  it('holds learners to slow mode between their messages, not moderators', async () => {
    const [quiet, host] = [await h.person(), await h.person()];
    const [{ id: room }] = await h.get(RoomsService).rooms(quiet, (await h.cohort({ learners: [quiet], moderators: [host] })).id);
    await moderation.setSlowMode(room, 60);
    await send(quiet, 'Uno', room);
    await expect(send(quiet, 'Dos', room)).rejects.toMatchObject({ code: 'SLOW_MODE' });
    await send(host, 'Uno', room);
    await send(host, 'Dos', room);
    await moderation.setSlowMode(room, 0);
    await send(quiet, 'Dos, ya sin espera', room);
  });
});

describe('search index of sent messages', () => {
  const marked = async () => {
    const ids: string[] = [];
    for await (const m of h.get(RoomsRepository).searchableMessages('unindexed')) ids.push(m.id);
    return ids;
  };
  const found = async (q: string) => (await h.get(MessageSearch).search(learner, { q, limit: 50 })).messages.map((m) => m.id);

  it('finds a message right after it is sent, and removes its unindexed mark once its words are written', async () => {
    const { message } = await send(learner, 'Patrullaje comunitario en la colonia');
    expect(await found('patrullaje colonia')).toEqual([message.id]);
    // another node finds it too, before its words are written
    const terms = h.get(getModelToken(MESSAGE_TERM_MODEL) as unknown as Type<Model<WordIndexDoc>>);
    const otherNode = new MessageSearchIndex(terms, h.get(RoomsRepository));
    expect([...(await otherNode.lookup([cohort.id], queryWords('patrullaje colonia')))]).toEqual([message.id]);
    // (read as marked: its words are written, and the mark removed, once sends pause for a second)
    await vi.waitFor(async () => expect(await marked()).not.toContain(message.id), { timeout: 5_000 });
    expect(message).not.toHaveProperty('unindexed');
    expect(await found('patrullaje colonia')).toEqual([message.id]); // now from the index
  });

  it('writes the words of a message edited while they wait as it reads after the edit', async () => {
    const { message } = await send(learner, 'Reunión vecinal el martes');
    await messages.edit(learner, message.id, 'Reunión vecinal el jueves');
    expect(await found('jueves')).toEqual([message.id]);
    expect(await found('martes')).toEqual([]);
    await vi.waitFor(async () => expect(await marked()).not.toContain(message.id), { timeout: 5_000 });
    const terms = h.get(getModelToken(MESSAGE_TERM_MODEL) as unknown as Type<Model<WordIndexDoc>>);
    const index = new WordIndex(terms, '~built-v2', async function* () {}, 'test');
    const inIndex = async (q: string) => [...((await index.lookup([cohort.id], queryWords(q))).get(cohort.id) ?? [])];
    expect(await inIndex('jueves')).toEqual([message.id]);
    expect(await inIndex('martes')).toEqual([]);
  });

  it('indexes before the next search a sent message whose words failed to be written', async () => {
    const terms = h.get(getModelToken(MESSAGE_TERM_MODEL) as unknown as Type<Model<unknown>>);
    // (the words are new to the index: their documents are inserted)
    const failure = vi.spyOn(terms, 'insertMany').mockRejectedValueOnce(new Error('disk full'));
    const { message } = await send(learner, 'Simulacro de evacuación escolar');
    await vi.waitFor(() => expect(failure).toHaveBeenCalled(), { timeout: 5_000 });
    failure.mockRestore();
    expect(await marked()).toContain(message.id);
    expect(await found('simulacro evacuacion')).toEqual([message.id]);
    await vi.waitFor(async () => expect(await marked()).not.toContain(message.id), { timeout: 5_000 });
  });

  it('finds at once, and indexes at the next start, a message a stopped node stored but never indexed', async () => {
    const repo = h.get(RoomsRepository);
    // What a node that stopped between storing a send and writing its words leaves behind.
    const now = new Date();
    const base = { roomId, cohortId: cohort.id, authorId: learner.id, authorName: 'Ana', authorCountry: 'HN', replyCount: 0, mentions: [] };
    const lost = await repo.insertMessage({
      ...base,
      clientMsgId: 'lost-1',
      body: 'Huracán sobre Tegucigalpa',
      createdAt: now,
      changedAt: now,
      unindexed: true,
    });
    const gone = await repo.insertMessage({
      ...base,
      clientMsgId: 'lost-2',
      body: '',
      createdAt: now,
      changedAt: now,
      deletedAt: now,
      unindexed: true,
    });
    // Found at once, read as marked; written to the index at the next start.
    expect(await found('huracan')).toEqual([lost.id]);
    expect(await marked()).toEqual(expect.arrayContaining([lost.id, gone.id]));
    const terms = h.get(getModelToken(MESSAGE_TERM_MODEL) as unknown as Type<Model<WordIndexDoc>>);
    const words = new WordIndex(terms, '~built-v2', async function* () {}, 'test');
    const inIndex = async () => [...((await words.lookup([cohort.id], ['huracan'])).get(cohort.id) ?? [])];
    expect(await inIndex()).toEqual([]);

    await new MessageSearchIndex(terms, repo).ready(); // what the next node to start does before its first search
    expect(await marked()).toEqual([]);
    expect(await inIndex()).toEqual([lost.id]);
    expect(await found('huracan')).toEqual([lost.id]);
  });
});
