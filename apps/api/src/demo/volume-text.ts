import {
  CLOSERS,
  COUNTRY_SHORT,
  FEEDBACK_ACCEPTED,
  FEEDBACK_RETURNED,
  PLACES,
  QUESTION_STARTS,
  REPLY_STARTERS,
  SHORT_REPLIES,
  STARTERS,
  THEMES,
  WHEN,
  type Theme,
} from './volume-phrases';
import type { VolumeRandom } from './volume-random';

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The first letter (after ¿ or ¡) in upper or lower case. */
function initial(text: string, upper: boolean): string {
  const at = /^[¿¡]/.test(text) ? 1 : 0;
  const letter = text.charAt(at);
  return text.slice(0, at) + (upper ? letter.toUpperCase() : letter.toLowerCase()) + text.slice(at + 1);
}

/** Joins parts of a text: after a comma or a colon the next part goes on in lower case, otherwise in upper case. */
function join(parts: string[]): string {
  return parts.map((part, i) => (i === 0 || part.startsWith('@') ? part : initial(part, !/[,:]$/.test(parts[i - 1])))).join(' ');
}

/**
 * Spanish text on a course's themes, assembled from the phrase banks: live messages, replies, questions,
 * forum threads and posts, submissions and review feedback.
 */
export class Voice {
  private readonly themes: Theme[];
  private readonly weights: number[];

  constructor(
    private readonly random: VolumeRandom,
    themeNames: string[],
  ) {
    this.themes = themeNames.map((name) => THEMES[name]).filter(Boolean);
    if (!this.themes.length) this.themes = [THEMES.seguridad];
    this.weights = this.themes.map((_, i) => 1 / (i + 1));
  }

  private theme(): Theme {
    return this.themes[this.random.index(this.weights)];
  }

  private context(country: string): string {
    const r = this.random.next();
    if (r < 0.35) return ` en ${this.random.pick(PLACES[country] ?? PLACES.HN)}`;
    if (r < 0.55) return ` en ${COUNTRY_SHORT[country] ?? 'la región'}`;
    if (r < 0.75) return ` ${this.random.pick(WHEN)}`;
    return '';
  }

  /** One statement: "<subject> <predicate><context>." */
  sentence(country: string): string {
    const theme = this.theme();
    return `${capitalize(this.random.pick(theme.subjects))} ${this.random.pick(theme.predicates)}${this.context(country)}.`;
  }

  question(country: string): string {
    const r = this.random.next();
    const topic = this.random.pick(this.theme().topics);
    if (r < 0.6) return `${this.random.pick(QUESTION_STARTS)} ${topic}${this.context(country)}?`;
    return `¿${capitalize(this.random.pick(this.theme().subjects))} ${this.random.pick(this.theme().predicates)} también en su país?`;
  }

  /** A message that starts a conversation in a live room. */
  opener(country: string, mention?: string): string {
    const parts: string[] = [];
    if (mention) parts.push(`@${mention}`);
    if (this.random.chance(0.3)) parts.push(this.random.pick(STARTERS));
    parts.push(this.random.chance(0.4) ? this.question(country) : this.sentence(country));
    if (this.random.chance(0.25)) parts.push(this.random.pick(CLOSERS));
    return join(parts);
  }

  /** A reply in a live room: short, or a statement after a reply opener. */
  reply(country: string, mention?: string): string {
    const head = mention ? `@${mention} ` : '';
    const r = this.random.next();
    if (r < 0.25) return head + this.random.pick(SHORT_REPLIES);
    if (r < 0.85) return head + join([this.random.pick(REPLY_STARTERS), this.sentence(country)]);
    return head + join([this.sentence(country), this.question(country)]);
  }

  threadTitle(question: boolean): string {
    const topic = this.random.pick(this.theme().topics);
    if (question) return `${this.random.pick(QUESTION_STARTS)} ${topic}?`;
    const forms = [
      `${capitalize(topic)}: experiencias de la región`,
      `Debate: ${topic}`,
      `${capitalize(topic)} en nuestros países`,
      `Lecciones sobre ${topic}`,
      `${capitalize(topic)}, ¿qué funciona?`,
    ];
    return this.random.pick(forms);
  }

  /** A few sentences, for a thread or a forum post. */
  paragraph(country: string, sentences: number, mention?: string): string {
    const parts = mention ? [`@${mention}`] : [];
    for (let i = 0; i < sentences; i++)
      parts.push(i === sentences - 1 && this.random.chance(0.3) ? this.question(country) : this.sentence(country));
    return join(parts);
  }

  post(country: string, mention?: string): string {
    const body = this.paragraph(country, this.random.int(1, 4), mention);
    return this.random.chance(0.3) && !mention ? join([this.random.pick(REPLY_STARTERS), body]) : body;
  }

  submission(activityTitle: string, learnerName: string, country: string): string {
    const sections = ['Contexto', 'Propuesta', 'Indicadores', 'Riesgos y supuestos'];
    const text = sections.map((title) => `## ${title}\n\n${this.paragraph(country, this.random.int(2, 4))}`).join('\n\n');
    return `# ${activityTitle}\n\nEntrega de ${learnerName} (${COUNTRY_SHORT[country] ?? country}).\n\n${text}`;
  }

  revision(body: string, country: string): string {
    return `${body}\n\n## Cambios en esta versión\n\n${this.paragraph(country, this.random.int(1, 3))}`;
  }

  feedback(accepted: boolean): string {
    const bank = accepted ? FEEDBACK_ACCEPTED : FEEDBACK_RETURNED;
    return this.random.chance(0.4) ? `${this.random.pick(bank)} ${this.random.pick(bank)}` : this.random.pick(bank);
  }

  /** What the author wrote before an edit: a typo, a missing sentence, or a word changed. Never the same text. */
  earlierDraft(body: string): string {
    const words = body.split(' ');
    const long = words.map((w, i) => [w, i] as const).filter(([w]) => w.length > 5 && /^[a-záéíóúñ]+$/i.test(w));
    if (long.length && this.random.chance(0.6)) {
      const [word, i] = this.random.pick(long);
      const k = this.random.int(1, word.length - 2);
      words[i] = word.slice(0, k) + word[k + 1] + word[k] + word.slice(k + 2);
      const draft = words.join(' ');
      if (draft !== body) return draft;
    }
    const sentences = body.split(/(?<=[.?!])\s+/);
    if (sentences.length > 1) return sentences.slice(0, -1).join(' ');
    return body.replace(/[.?!]$/, '') + '…';
  }
}
