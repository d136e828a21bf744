export interface Mentionable {
  userId: string;
  displayName: string;
}

const MAX_QUERY = 40;

/** Lower case without accents: "José" and "jose" match. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * The mention being typed at the caret: from an "@" at the start or after a space, up to the caret, on one
 * line. Names have spaces ("@Ana María"), so the query may too.
 */
export function mentionAt(text: string, caret: number): { start: number; query: string } | null {
  const before = text.slice(0, caret);
  const at = before.lastIndexOf('@');
  if (at < 0 || (at > 0 && !/\s/.test(before[at - 1]))) return null;
  const query = before.slice(at + 1);
  if (query.length > MAX_QUERY || /[\n@]/.test(query) || query.startsWith(' ')) return null;
  return { start: at, query };
}

/** Members whose name, or a word of it, starts with the query (accents and case aside), best first. */
export function matchMembers<T extends Mentionable>(members: readonly T[], query: string, excludeId: string, limit = 8): T[] {
  const q = fold(query);
  const scored = members
    .filter((p) => p.userId !== excludeId)
    .map((p) => {
      const name = fold(p.displayName);
      const score = name.startsWith(q) ? 0 : name.split(/\s+/).some((word) => word.startsWith(q)) ? 1 : 2;
      return { p, score };
    })
    .filter((s) => s.score < 2);
  scored.sort((a, b) => a.score - b.score || a.p.displayName.localeCompare(b.p.displayName));
  return scored.slice(0, limit).map((s) => s.p);
}

/** The text with the typed mention replaced by the whole name and a space, and where the caret goes. */
export function insertMention(text: string, start: number, caret: number, name: string): { text: string; caret: number } {
  const inserted = `@${name} `;
  const rest = text.slice(caret).replace(/^ /, '');
  return { text: text.slice(0, start) + inserted + rest, caret: start + inserted.length };
}
