import type { NotificationParams } from '@trainaction/contracts';

/** What the services wrote for an anonymous reply before notifications had parameters. */
const ANONYMOUS = 'Un participante';

type Reader = (text: string, link: string) => NotificationParams | null;

/**
 * The Spanish sentences the services stored before kinds had parameters, read back into parameters, one
 * reader per kind (the sentences are those of forum, discussions and submissions before this change).
 */
const READERS: Record<string, Reader> = {
  forum_reply: (text) => {
    const match = /^([\s\S]+) respondió en «([\s\S]*)»$/.exec(text);
    if (!match) return null;
    return match[1] === ANONYMOUS ? { thread: match[2] } : { actor: match[1], thread: match[2] };
  },
  mention: (text, link) => {
    const inThread = /^([\s\S]+) le mencionó en «([\s\S]*)»$/.exec(text);
    if (inThread) return { actor: inThread[1], thread: inThread[2] };
    // A room mention was "<name>: <the first 140 characters>"; the room's name was not part of it.
    const inRoom = link.startsWith('/rooms/') ? /^([^:\n]+): ([\s\S]*)$/.exec(text) : null;
    return inRoom ? { actor: inRoom[1], excerpt: inRoom[2] } : null;
  },
  announcement: (text) => {
    const match = /^Anuncio: ([\s\S]*)$/.exec(text);
    return match ? { thread: match[1] } : null;
  },
  submission_accepted: (text) => {
    const match = /^([\s\S]+): aceptada$/.exec(text);
    return match ? { activity: { es: match[1] } } : null;
  },
  submission_returned: (text) => {
    const match = /^([\s\S]+): devuelta con comentarios$/.exec(text);
    return match ? { activity: { es: match[1] } } : null;
  },
};

/**
 * The parameters of a notification stored as a Spanish sentence, or null when the sentence is not one the
 * services wrote (then the sentence itself stays, and is shown as it is).
 */
export function paramsFromLegacyText(kind: string, text: string, link = ''): NotificationParams | null {
  return Object.hasOwn(READERS, kind) ? READERS[kind](text, link) : null;
}
