/** Words too common to narrow a search (Spanish and English): neither indexed nor searched. */
const STOP_WORDS = new Set(
  (
    'a al algo como con de del el ella ellos en entre era es esa ese eso esta este esto fue ha hay la las le les lo los mas me mi muy ' +
    'ni no nos o os para pero por que se si sin sobre son su sus te tu un una uno unos y ya ' +
    'an and are as at be but by for from has have in is it its of on or that the this to was were with'
  ).split(' '),
);

const MIN_LENGTH = 2;
const MAX_LENGTH = 40;

/** Lower case without accents: "Policía" and "policia" are one term, "año" is "ano". */
export function fold(text: string): string {
  // Only the runs of non-ASCII characters are decomposed (an ASCII character is a starter: nothing is
  // reordered across it, so the answer is the whole text's), a single accented letter from a table filled as
  // letters are met: search folds every candidate's whole text, and this is about 4× faster than NFD on all of it.
  if (!NON_ASCII.test(text)) return text.toLowerCase();
  return text.replace(NON_ASCII_RUNS, foldRun).toLowerCase();
}
const NON_ASCII = /\P{ASCII}/u;
const NON_ASCII_RUNS = /\P{ASCII}+/gu;
const FOLDED_LETTERS = new Map<string, string>();

function foldRun(run: string): string {
  const known = FOLDED_LETTERS.get(run);
  if (known !== undefined) return known;
  const folded = run.normalize('NFD').replace(/\p{M}+/gu, '');
  if (run.length <= 2 && FOLDED_LETTERS.size < 10_000) FOLDED_LETTERS.set(run, folded);
  return folded;
}

/**
 * Singular and plural are one term (Spanish plurals, and English -s): "encuestas" is "encuesta", "acciones"
 * "accion". After l, r, n, d, j or y a plural ends in -es whether the singular ends in a consonant ("ciudad",
 * "ciudades") or in -e ("patrullaje", "patrullajes"; "calle", "calles"), so there the final -e goes too: all
 * four forms are "ciudad", "patrullaj", "call" (and "rule", "rules" are "rul").
 */
export function stem(word: string): string {
  if (/\d/.test(word)) return word;
  if (word.length >= 4 && /[lrndjy]e$/.test(word)) return word.slice(0, -1);
  if (word.length <= 4) return word;
  if (word.endsWith('iones')) return word.slice(0, -2);
  if (word.endsWith('ces')) return `${word.slice(0, -3)}z`;
  if (/[lrndjy]es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

function words(text: string): string[] {
  return fold(text)
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length >= MIN_LENGTH && w.length <= MAX_LENGTH && !STOP_WORDS.has(w))
    .map(stem);
}

/** The distinct terms of a text, as the index stores them: folded, singular, only [a-z0-9]. */
export function termsOf(...parts: (string | undefined)[]): Set<string> {
  return new Set(words(parts.filter(Boolean).join(' ')));
}

/** The words of a search, in order, at most 8. */
export function queryWords(query: string | undefined): string[] {
  return [...new Set(words(query ?? ''))].slice(0, 8);
}

/**
 * How many times each query word occurs in a text, read as the index reads it (the terms of `termsOf`, with
 * repeats): a search checks that a candidate still holds every word and ranks it by these counts, in one
 * pass over its text. Only a token that can stem to a query word is stemmed (stem() keeps the first letter
 * and takes off at most three).
 */
export function wordCounts(text: string, query: string[]): number[] {
  const counts = query.map(() => 0);
  if (!query.length || !text) return counts;
  for (const token of fold(text).split(/[^a-z0-9]+/)) {
    if (token.length < MIN_LENGTH || token.length > MAX_LENGTH) continue;
    const i = query.findIndex((w) => token.length >= w.length && token.length <= w.length + 3 && token[0] === w[0]);
    if (i < 0 || STOP_WORDS.has(token)) continue;
    const term = stem(token);
    const at = term === query[i] ? i : query.indexOf(term);
    if (at >= 0) counts[at]++;
  }
  return counts;
}

/** A run of a text that matches a search word: `[start, end)` in the text as written (accents and case kept). */
export type MatchRange = [start: number, end: number];

/**
 * Where the query words occur in a text as written, found with the index's own folding, so what is
 * highlighted is what was found ("Policías" for "policia"). Offsets are in the original text; rendering
 * them as text nodes keeps them safe (nothing is parsed as HTML).
 */
export function matchRanges(text: string, query: string[]): MatchRange[] {
  if (!query.length) return [];
  const wanted = new Set(query);
  const ranges: MatchRange[] = [];
  for (const token of text.matchAll(/[\p{L}\p{N}\p{M}]+/gu)) {
    const folded = fold(token[0]);
    if (/^[a-z0-9]+$/.test(folded) && wanted.has(stem(folded))) ranges.push([token.index, token.index + token[0].length]);
  }
  return ranges;
}

/** How often a text holds the query words, or 0 when it lacks one of them: a search's check and rank in one pass. */
export function matchCount(text: string, query: string[]): number {
  const counts = wordCounts(text, query);
  return counts.every((n) => n > 0) ? counts.reduce((a, b) => a + b, 0) : 0;
}
