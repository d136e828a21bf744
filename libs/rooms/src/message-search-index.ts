import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { termsOf } from '@trainaction/contracts';
import { WordIndex, type WordIndexDoc } from '@trainaction/platform';
import type { Model } from 'mongoose';
import { MESSAGE_TERM_MODEL } from './message.schema';
import { RoomsRepository, type MessageRecord } from './rooms.repository';

/**
 * Room messages' word index (`message_search_terms`, a `WordIndex` keyed by cohort), read by `MessageSearch`.
 * A hidden message stays indexed; what a person sees is decided on the stored message.
 *
 * A sent message is stored with the `unindexed` mark and acknowledged; its words are written once sends pause
 * (`sent`), and the mark removed then. Until then a search finds it by reading the marked messages of the
 * searcher's cohorts and their words (`lookup`), so nothing sent is ever missing from a search, on any node.
 * Each word written costs the embedded engine's one writer an update (its term's chunk) or an insert (a word
 * new to the cohort), and each mark removed a rewrite of the message: in a busy room those writes took as much
 * of the writer as the messages' own inserts, and every send waited behind them (docs/performance.md, "The
 * write path's last pauses"). A node that stops first leaves the marks: marked messages are indexed at each
 * start, and again after a write fails. Edits and deletions (rare) wait for their words. Messages stored
 * before the index are indexed at start-up in the background, until one node records it done (`~built-v2`).
 */
/**
 * How long sends pause before the words of the messages sent meanwhile are written, the most a message waits
 * otherwise, and the most that wait (each search reads the waiting messages of its cohorts).
 */
const IDLE_MS = 1_000;
const MAX_WAIT_MS = 60_000;
const MAX_WAITING = 20_000;
/** Messages whose words are written together (one write per term), then their marks removed. */
const SLICE = 1_000;

interface Waiting {
  cohortId: string;
  body: string;
}

@Injectable()
export class MessageSearchIndex implements OnApplicationBootstrap {
  private readonly index: WordIndex;
  private readonly logger = new Logger(MessageSearchIndex.name);
  private starting?: Promise<void>;
  /** Sent messages whose words wait for a pause in sends, and since when the oldest waits. */
  private waiting = new Map<string, Waiting>();
  private oldestWaiting = 0;
  private lastSent = 0;
  private timer?: NodeJS.Timeout;
  /** The words of waiting messages being written, if any. */
  private writing: Promise<void> = Promise.resolve();

  constructor(
    @InjectModel(MESSAGE_TERM_MODEL) terms: Model<WordIndexDoc>,
    private readonly repo: RoomsRepository,
  ) {
    this.index = new WordIndex(terms, '~built-v2', () => MessageSearchIndex.stored(repo), MessageSearchIndex.name);
  }

  private static async *stored(repo: RoomsRepository) {
    for await (const m of repo.searchableMessages()) if (!m.deletedAt) yield { prefix: m.cohortId, id: m.id, text: m.body };
  }

  onApplicationBootstrap(): void {
    // A failed start is logged by ready() and tried again at the next search.
    void this.ready().catch(() => undefined);
  }

  /** Resolves once everything stored before this node started is indexed, and the edits asked of it are written. */
  async ready(): Promise<void> {
    this.starting ??= this.start().catch((error: unknown) => {
      this.starting = undefined;
      this.logger.warn({ err: error }, 'search index not ready; retried at the next search');
      throw error;
    });
    await this.starting;
    await this.index.settled();
  }

  /** Indexes messages written without the service (the demo academy), then records the index built. */
  rebuild(): Promise<void> {
    return this.index.rebuild();
  }

  /** A message just stored with the `unindexed` mark: its words are written once sends pause. */
  sent(message: Pick<MessageRecord, 'id' | 'cohortId' | 'body'>): void {
    this.lastSent = Date.now();
    if (!this.waiting.size) this.oldestWaiting = this.lastSent;
    this.waiting.set(message.id, { cohortId: message.cohortId, body: message.body });
    this.timer ??= setTimeout(() => this.writeWaiting(), IDLE_MS).unref();
  }

  /**
   * From the text stored before to the text stored now (undefined: none, or deleted). A message whose words
   * still wait gets them written as they are now, once sends pause.
   */
  changed(message: Pick<MessageRecord, 'id' | 'cohortId'>, before: string | undefined, after: string | undefined): Promise<void> {
    const waiting = this.waiting.get(message.id);
    if (!waiting) return this.index.changed(message.cohortId, message.id, before, after);
    waiting.body = after ?? '';
    return Promise.resolve();
  }

  /**
   * The ids of these cohorts' messages holding every word: the marked ones read first (their words may not be
   * written yet), then the index, so a message whose mark is removed meanwhile is found there.
   */
  async lookup(cohortIds: string[], words: string[]): Promise<Set<string>> {
    const ids = new Set<string>();
    for await (const m of this.repo.searchableMessages('unindexed', cohortIds)) {
      const terms = termsOf(m.body);
      if (!m.deletedAt && words.every((w) => terms.has(w))) ids.add(m.id);
    }
    for (const found of (await this.index.lookup(cohortIds, words)).values()) for (const id of found) ids.add(id);
    return ids;
  }

  /** The index built once, then the messages still marked (left by a stopped node or a failed write). */
  private async start(): Promise<void> {
    await this.index.ready();
    const marked: [string, Waiting][] = [];
    for await (const m of this.repo.searchableMessages('unindexed'))
      marked.push([m.id, { cohortId: m.cohortId, body: m.deletedAt ? '' : m.body }]);
    await this.indexSent(marked);
  }

  /**
   * Writes the words of the waiting messages and removes their marks, once sends pause for IDLE_MS (or a
   * message has waited MAX_WAIT_MS, or MAX_WAITING wait), SLICE messages at a time. A write that fails leaves
   * the marks: the next search (through `ready`) and the next start index those messages.
   */
  private writeWaiting(): void {
    this.timer = undefined;
    const now = Date.now();
    const busy = now - this.lastSent < IDLE_MS;
    if (busy && now - this.oldestWaiting < MAX_WAIT_MS && this.waiting.size < MAX_WAITING) {
      this.timer = setTimeout(() => this.writeWaiting(), IDLE_MS - (now - this.lastSent)).unref();
      return;
    }
    const batch = [...this.waiting];
    this.waiting = new Map();
    this.writing = this.writing.then(() =>
      this.indexSent(batch).catch((error: unknown) => {
        this.starting = undefined;
        this.logger.warn({ err: error }, 'words of sent messages not indexed; indexed before the next search');
      }),
    );
  }

  private async indexSent(batch: [string, Waiting][]): Promise<void> {
    for (let i = 0; i < batch.length; i += SLICE) {
      const slice = batch.slice(i, i + SLICE);
      await Promise.all(slice.map(([id, m]) => this.index.changed(m.cohortId, id, undefined, m.body)));
      await this.repo.markIndexed(slice.map(([id]) => id));
    }
  }
}
