import { m } from '$lib/paraglide/messages';
import type { IconName } from './RoomIcon.svelte';

/**
 * The reactions offered under a message. The stored value stays the emoji (what the server and older clients
 * know); it is drawn as an SVG icon and named in words, since some systems show emoji as empty boxes.
 */
export const REACTIONS: readonly { emoji: string; icon: IconName; name: () => string }[] = [
  { emoji: '👍', icon: 'like', name: m.room_reaction_like },
  { emoji: '❤️', icon: 'love', name: m.room_reaction_love },
  { emoji: '👏', icon: 'applause', name: m.room_reaction_applause },
  { emoji: '💡', icon: 'idea', name: m.room_reaction_idea },
  { emoji: '❓', icon: 'question', name: m.room_reaction_question },
];

/** The offered reaction of this emoji, if it is one (another client may have sent any emoji). */
export function reactionOf(emoji: string) {
  return REACTIONS.find((r) => r.emoji === emoji);
}

/** A reaction's name in words, or the emoji itself when it is not one of ours. */
export function reactionName(emoji: string): string {
  return reactionOf(emoji)?.name() ?? emoji;
}
