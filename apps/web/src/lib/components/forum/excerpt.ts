import { matchRanges } from '@trainaction/contracts';

const LENGTH = 220;

/** Plain text of a post (markdown marks dropped), cut around its first match so the highlighted words show. */
export function searchExcerpt(text: string, words: string[]): string {
  const plain = text
    .replace(/[#*_`>~[\]()]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (plain.length <= LENGTH) return plain;
  const first = matchRanges(plain, words)[0]?.[0] ?? 0;
  const start = first < LENGTH / 2 ? 0 : plain.lastIndexOf(' ', first - 60) + 1;
  const cut = plain.slice(start, start + LENGTH);
  return `${start > 0 ? '…' : ''}${cut}${start + LENGTH < plain.length ? '…' : ''}`;
}
