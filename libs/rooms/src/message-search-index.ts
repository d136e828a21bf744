import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { WordIndex, type WordIndexDoc } from '@trainaction/platform';
import type { Model } from 'mongoose';
import { MESSAGE_TERM_MODEL } from './message.schema';
import { RoomsRepository, type MessageRecord } from './rooms.repository';

/**
 * Room messages' word index (`message_search_terms`, a `WordIndex` keyed by cohort): written when a message
 * is sent, edited or deleted, read by `MessageSearch`. A hidden message stays indexed; what a person sees is
 * decided on the stored message. Messages stored before the index are indexed at start-up in the background,
 * until one node records it done (`~built-v2`).
 */
@Injectable()
export class MessageSearchIndex implements OnApplicationBootstrap {
  private readonly index: WordIndex;

  constructor(@InjectModel(MESSAGE_TERM_MODEL) terms: Model<WordIndexDoc>, repo: RoomsRepository) {
    this.index = new WordIndex(terms, '~built-v2', () => MessageSearchIndex.stored(repo), MessageSearchIndex.name);
  }

  private static async *stored(repo: RoomsRepository) {
    for await (const m of repo.searchableMessages()) if (!m.deletedAt) yield { prefix: m.cohortId, id: m.id, text: m.body };
  }

  onApplicationBootstrap(): void {
    // A failed build is logged by ready() and tried again at the next search.
    void this.ready().catch(() => undefined);
  }

  ready(): Promise<void> {
    return this.index.ready();
  }

  /** Indexes messages written without the service (the demo academy), then records the index built. */
  rebuild(): Promise<void> {
    return this.index.rebuild();
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
}
