// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Every message that puts a count before a word ("{count} mensajes") must choose its words by the count's plural
 * category (paraglide's `local countPlural = count: plural` with `=one` and `=*` variants), so nobody reads
 * "1 mensajes" or "1 entregas". A count shown as a value ("Respuestas: 3", "{count} min") needs no forms.
 */
const COUNT_INPUTS =
  /^(count|total|max|threshold|days|hours|minutes|lines|enrolled|invalid|done|shown|members|messages|processed|capacity|\w+Count)$/;
/** Words after a number that do not change with it: units and invariant words ("3 sin leer", "2 more"). */
const INVARIANT = new Set(['sin', 'de', 'en', 'más', 'min', 'h', 'd', 's', 'p', 'of', 'unread', 'queued', 'more', 'pp', 'a', 'y', 'and']);

type Variant = { declarations?: string[]; selectors?: string[]; match: Record<string, string> };
type Message = string | Variant[];

function load(locale: string): Record<string, Message> {
  const all = JSON.parse(readFileSync(resolve(__dirname, `../../../messages/${locale}.json`), 'utf8')) as Record<string, Message>;
  delete all.$schema;
  return all;
}

/** The count inputs a text puts right before a word that would agree with it. */
function countsBeforeWords(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/\{(\w+)\}\s+(\p{L}+)/gu)) {
    if (COUNT_INPUTS.test(match[1]) && !INVARIANT.has(match[2].toLowerCase())) found.push(match[1]);
  }
  return found;
}

/** What is wrong with one message: a count before a word without plural forms, or plural forms missing `one` or `*`. */
export function pluralProblems(key: string, message: Message): string[] {
  if (typeof message === 'string') return countsBeforeWords(message).map((input) => `${key}: "{${input}}" needs plural forms`);
  const problems: string[] = [];
  for (const variant of message) {
    const plurals = new Map<string, string>();
    for (const declaration of variant.declarations ?? []) {
      const local = /^local (\w+) = (\w+): plural/.exec(declaration);
      if (local) plurals.set(local[2], local[1]);
    }
    const texts = Object.values(variant.match);
    for (const input of new Set(texts.flatMap(countsBeforeWords))) {
      const selector = plurals.get(input);
      if (!selector || !variant.selectors?.includes(selector)) {
        problems.push(`${key}: "{${input}}" is not selected by its plural`);
        continue;
      }
      const keys = Object.keys(variant.match).map((k) => k.split(',').map((part) => part.trim()));
      for (const category of ['one', '*']) {
        if (!keys.some((parts) => parts.includes(`${selector}=${category}`))) problems.push(`${key}: no "${selector}=${category}" form`);
      }
    }
  }
  return problems;
}

describe('plural forms in the message files', () => {
  for (const locale of ['es', 'en']) {
    it(`gives every count before a word its plural forms (${locale})`, () => {
      const problems = Object.entries(load(locale)).flatMap(([key, message]) => pluralProblems(key, message));
      expect(problems).toEqual([]);
    });
  }

  it('catches a count without forms and accepts the paraglide pattern', () => {
    expect(pluralProblems('x', '{count} mensajes sin leer')).toHaveLength(1);
    expect(pluralProblems('x', 'Respuestas: {count}')).toEqual([]);
    expect(pluralProblems('x', '{count} min')).toEqual([]);
    const ok: Variant[] = [
      {
        declarations: ['input count', 'local countPlural = count: plural'],
        selectors: ['countPlural'],
        match: { 'countPlural=one': '{count} mensaje', 'countPlural=*': '{count} mensajes' },
      },
    ];
    expect(pluralProblems('x', ok)).toEqual([]);
    expect(pluralProblems('x', [{ ...ok[0], match: { 'countPlural=*': '{count} mensajes' } }])).toEqual(['x: no "countPlural=one" form']);
  });
});
