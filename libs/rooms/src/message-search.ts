import { Injectable } from '@nestjs/common';
import { CohortAccess } from '@trainaction/cohorts';
import { matchCount, queryWords, type MessageSearchQuery, type MessageSearchResult } from '@trainaction/contracts';
import type { AuthUser } from '@trainaction/platform';
import { RoomsRepository, type RoomRecord } from './rooms.repository';
import { RoomAccess } from './room-access';
import { MessageSearchIndex } from './message-search-index';
import { showsText, toMessageView } from './message-view';

/** How many candidates, newest first, are read and ranked (a word held by more is ranked among its newest). */
const RANK_WINDOW = 400;

/**
 * Search of the live rooms: words are looked up in the messages' word index among the cohorts the caller
 * may see now (`CohortAccess.visibleCohortIds`, so a ban hides a cohort at once); each candidate's room is
 * then checked by the rooms' own rule (`RoomAccess.roomFor`) and its text by `showsText` (deleted
 * and hidden messages never appear) and by the words against what is stored now. Most occurrences first, then newest.
 */
@Injectable()
export class MessageSearch {
  constructor(
    private readonly repo: RoomsRepository,
    private readonly index: MessageSearchIndex,
    private readonly access: CohortAccess,
    private readonly roomAccess: RoomAccess,
  ) {}

  async search(caller: AuthUser, query: MessageSearchQuery): Promise<MessageSearchResult> {
    const words = queryWords(query.q);
    if (!words.length) return { messages: [] };
    await this.index.ready();
    const hits = await this.index.lookup(await this.access.visibleCohortIds(caller), words);
    const newest = [...hits].sort((a, b) => (a < b ? 1 : -1)).slice(0, RANK_WINDOW);
    const candidates = (await this.repo.findMessages(newest))
      .filter(showsText)
      .map((m) => ({ m, score: matchCount(m.body, words) }))
      .filter(({ score }) => score > 0);
    const rooms = await this.readableRooms(
      caller,
      candidates.map(({ m }) => m.roomId),
    );
    const ranked = candidates
      .filter(({ m }) => rooms.has(m.roomId))
      .sort((a, b) => b.score - a.score || (a.m.id < b.m.id ? 1 : -1))
      .slice(0, query.limit)
      .map(({ m }) => m);
    const reactions = await this.repo.reactionsOf(ranked.map((m) => m.id));
    return {
      messages: ranked.map((m) => ({
        ...toMessageView(m, reactions.get(m.id) ?? [], caller.id),
        roomName: rooms.get(m.roomId)!.name,
        cohortId: m.cohortId,
      })),
    };
  }

  /** The rooms among these that the caller may read, each asked once. */
  private async readableRooms(caller: AuthUser, roomIds: string[]): Promise<Map<string, RoomRecord>> {
    const found = await Promise.all(
      [...new Set(roomIds)].map((id) =>
        this.roomAccess.roomFor(caller, id).then(
          ({ room }) => room,
          () => null,
        ),
      ),
    );
    return new Map(found.filter((r): r is RoomRecord => r !== null).map((r) => [r.id, r]));
  }
}
