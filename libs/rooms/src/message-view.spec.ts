import { describe, expect, it } from 'vitest';
import type { ReactionDoc } from './message.schema';
import { sharedMessageView, toMessageView } from './message-view';
import type { MessageRecord } from './rooms.repository';

const at = new Date(Date.UTC(2026, 11, 7, 10));
const message = (id: string): MessageRecord => ({
  id,
  roomId: 'room',
  cohortId: 'cohort',
  clientMsgId: `c-${id}`,
  authorId: 'ana',
  authorName: 'Ana',
  authorCountry: 'HN',
  body: 'Hola',
  mentions: [],
  replyCount: 0,
  createdAt: at,
  changedAt: at,
});
const reaction = (userId: string, emoji = '👍'): ReactionDoc => ({ messageId: 'm1', roomId: 'room', userId, emoji, createdAt: at });

describe(sharedMessageView.name, () => {
  it('shows each viewer the view toMessageView gives them, with their own `mine`', () => {
    const m = message('m1');
    const reactions = [reaction('beto'), reaction('carla'), reaction('beto', '🎉')];
    for (const viewer of ['ana', 'beto', 'carla'])
      expect(sharedMessageView(m, reactions, viewer)).toEqual(toMessageView(m, reactions, viewer));
    expect(sharedMessageView(m, reactions, 'beto').reactions.map((r) => r.mine)).toEqual([true, true]);
    expect(sharedMessageView(m, reactions, 'ana').reactions.map((r) => r.mine)).toEqual([false, false]);
  });

  it('builds a view once per record and reactions list, and again when either is another read', () => {
    const m = message('m2');
    const none: ReactionDoc[] = [];
    const first = sharedMessageView(m, none, 'ana');
    expect(sharedMessageView(m, none, 'beto')).toBe(first);
    const reacted = sharedMessageView(m, [reaction('beto')], 'beto');
    expect(reacted.reactions).toEqual([{ emoji: '👍', count: 1, mine: true, userIds: ['beto'] }]);
    const reread = { ...m, body: 'Hola a todos', editedAt: at };
    expect(sharedMessageView(reread, none, 'ana')).toMatchObject({ body: 'Hola a todos', reactions: [] });
  });
});
