import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { WordIndex, type WordIndexDoc } from '@trainaction/platform';
import type { Model } from 'mongoose';
import { MESSAGE_TERM_MODEL } from './message.schema';
import { RoomsRepository, type MessageRecord } from './rooms.repository';

/**
 * Room messages' word index (`message_search_terms`, a `WordIndex` keyed by cohort), read by `MessageSearch`.
 * A hidden message stays indexed; what a person sees is decided on the stored message.
 *
 * A sent message is acknowledged without waiting for its words (`sent`): a term's document lists every
 * message of its cohort with that word and each update rewrites it, so waiting made every send wait for a
 * rewrite that grows with the cohort's history (the room broadcast's full path fell to 0.47× of its
 * baseline, docs/performance.md). The message is stored with the `unindexed` mark, removed once its words
 * are written; messages still marked (a node stopped, or a write failed) are indexed before the next search
 * and at each start.
 * The words of sent messages are written together a few times a second ('soon'), so a busy room's common
 * words cost one update each per write, not per message (docs/performance.md, "The write path, fixed in part").
 * A search waits for this node's pending words, so a person finds what they have just sent. Edits and
 * deletions (rare) still wait for their words. Messages stored before the index are indexed at start-up in
 * the background, until one node records it done (`~built-v2`).
 */
/** How long sends pause before the marks of indexed messages are removed, and the most they wait otherwise. */
const MARKS_IDLE_MS = 1_000;
const MARKS_MAX_WAIT_MS = 60_000;
const MARKS_MAX_WAITING = 20_000;

@Injectable()
export class MessageSearchIndex implements OnApplicationBootstrap {
  private readonly index: WordIndex;
  private readonly logger = new Logger(MessageSearchIndex.name);
  private starting?: Promise<void>;
  /** Sent messages whose words are written, their marks not yet removed, and since when the oldest waits. */
  private indexed = new Set<string>();
  private oldestIndexed = 0;
  private lastSent = 0;
  private marksTimer?: NodeJS.Timeout;

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

  /** Resolves once everything stored before this node started, and everything it sent, is indexed. */
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

  /** A message just stored with the `unindexed` mark: its words are written in the background. */
  sent(message: Pick<MessageRecord, 'id' | 'cohortId' | 'body'>): void {
    this.lastSent = Date.now();
    this.index.changed(message.cohortId, message.id, undefined, message.body, 'soon').then(
      () => this.markIndexed(message.id),
      (error: unknown) => {
        // The message keeps its mark: the next search (on this node, or any node's start) indexes it first.
        this.starting = undefined;
        this.logger.warn({ err: error }, 'words of a sent message not indexed; indexed before the next search');
      },
    );
  }

  /** From the text stored before to the text stored now (undefined: none, or deleted). */
  changed(message: Pick<MessageRecord, 'id' | 'cohortId'>, before: string | undefined, after: string | undefined): Promise<void> {
    return this.index.changed(message.cohortId, message.id, before, after);
  }

  /** The ids of these cohorts' messages holding every word, in one query. */
  async lookup(cohortIds: string[], words: string[]): Promise<Set<string>> {
    const found = await this.index.lookup(cohortIds, words);
    return new Set([...found.values()].flatMap((ids) => [...ids]));
  }

  /** The index built once, then the messages still marked (left by a stopped node or a failed write). */
  private async start(): Promise<void> {
    await this.index.ready();
    const marked: string[] = [];
    const written: Promise<void>[] = [];
    for await (const m of this.repo.searchableMessages('unindexed')) {
      if (!m.deletedAt) written.push(this.index.changed(m.cohortId, m.id, undefined, m.body));
      marked.push(m.id);
    }
    await Promise.all(written);
    if (marked.length) await this.repo.markIndexed(marked);
  }

  /**
   * Removes the marks of messages whose words are written, once sends pause for MARKS_IDLE_MS (or a mark has
   * waited MARKS_MAX_WAIT_MS, or MARKS_MAX_WAITING wait): removing a mark rewrites the message, which on the
   * embedded engine costs its one writer about as much as a fifth of the insert, so in a burst of sends it is
   * left for the pause after it (docs/performance.md, "The write path, fixed in part"). A node that stops meanwhile leaves
   * the marks, and those messages are indexed again at the next start (found once: the index's lookups keep sets).
   */
  private markIndexed(id: string): void {
    if (!this.indexed.size) this.oldestIndexed = Date.now();
    this.indexed.add(id);
    this.marksTimer ??= setTimeout(() => this.removeMarks(), MARKS_IDLE_MS).unref();
  }

  private removeMarks(): void {
    this.marksTimer = undefined;
    const now = Date.now();
    const busy = now - this.lastSent < MARKS_IDLE_MS;
    if (busy && now - this.oldestIndexed < MARKS_MAX_WAIT_MS && this.indexed.size < MARKS_MAX_WAITING) {
      this.marksTimer = setTimeout(() => this.removeMarks(), MARKS_IDLE_MS - (now - this.lastSent)).unref();
      return;
    }
    const ids = [...this.indexed];
    this.indexed = new Set();
    this.repo.markIndexed(ids).catch((error: unknown) => this.logger.warn({ err: error }, 'unindexed marks not removed'));
  }
}
