import { Injectable } from '@nestjs/common';
import { ActivityCounters } from '@trainaction/activity';
import type { MessageDoc } from './message.schema';
import { MessageSearchIndex } from './message-search-index';
import { RoomsRepository, type MessageRecord } from './rooms.repository';

export type { MessageRecord };
export type NewMessage = Omit<MessageDoc, '_id' | 'unindexed'>;

/**
 * Where a sent message is kept. The rooms module provides `DatabaseMessageStore`; the composition root may
 * provide another (apps/api does for the gateway benchmark, see apps/api/src/compose.ts).
 */
export abstract class MessageStore {
  /**
   * Keeps a new message and answers it with its id; a retry that lost the race to the unique index throws
   * the duplicate-key error. `learner` names the course when the author learns in the room's cohort.
   */
  abstract keep(message: NewMessage, learner?: { courseId: string }): Promise<MessageRecord>;
}

/** The message stored (its search terms written in the background) and, for a learner, the activity counter. */
@Injectable()
export class DatabaseMessageStore extends MessageStore {
  constructor(
    private readonly repo: RoomsRepository,
    private readonly searchIndex: MessageSearchIndex,
    private readonly counters: ActivityCounters,
  ) {
    super();
  }

  async keep(message: NewMessage, learner?: { courseId: string }): Promise<MessageRecord> {
    const stored = await this.repo.insertMessage({ ...message, unindexed: true });
    this.searchIndex.sent(stored);
    if (learner)
      await this.counters.record({
        userId: stored.authorId,
        cohortId: stored.cohortId,
        courseId: learner.courseId,
        kind: 'message',
        at: stored.createdAt,
      });
    return stored;
  }
}
