import { Injectable } from '@nestjs/common';
import { discussionRoom, type EquityQuery, type EquityReport, type EquityShare } from '@trainaction/contracts';
import { CohortsRepository } from '@trainaction/cohorts';
import { UsersRepository } from '@trainaction/identity';
import { RealtimePublisher, type AuthUser } from '@trainaction/platform';
import { RoomsRepository } from '@trainaction/rooms';
import { ModeratorCheck } from './moderator-check';

const SESSION_WINDOW_MS = 3 * 3_600_000;
const QUARTER_HOUR_MS = 15 * 60_000;
const MIN_EQUITY_WINDOW_MS = 2 * QUARTER_HOUR_MS;

/**
 * The equity panel counts messages by gender: a window of a few milliseconds around one message would name
 * its author's gender. Windows are widened to whole quarter hours and to at least half an hour.
 */
export function equityWindow(query: Pick<EquityQuery, 'from' | 'to'>, now = new Date()): { from: Date; to: Date } {
  const toMs = Math.ceil((query.to ? new Date(query.to) : now).getTime() / QUARTER_HOUR_MS) * QUARTER_HOUR_MS;
  const asked = query.from ? new Date(query.from).getTime() : toMs - SESSION_WINDOW_MS;
  const fromMs = Math.floor(Math.min(asked, toMs - MIN_EQUITY_WINDOW_MS) / QUARTER_HOUR_MS) * QUARTER_HOUR_MS;
  return { from: new Date(fromMs), to: new Date(toMs) };
}

/** Equity of voice in a live room, for its moderators. */
@Injectable()
export class EquityOfVoice {
  constructor(
    private readonly check: ModeratorCheck,
    private readonly cohorts: CohortsRepository,
    private readonly users: UsersRepository,
    private readonly messages: RoomsRepository,
    private readonly publisher: RealtimePublisher,
  ) {}

  /**
   * Who gets to speak: shares of messages by gender and country among the learners present (live) or all
   * learners of the cohort (after the session), and who has not spoken. Moderators only, so no suppression.
   */
  async equity(caller: AuthUser, roomId: string, query: EquityQuery): Promise<EquityReport> {
    const room = await this.check.room(caller, roomId);
    const { from, to } = equityWindow(query);
    const learners = (await this.cohorts.members(room.cohortId)).filter((m) => m.role === 'learner').map((m) => m.userId);
    const online = query.scope === 'present' ? new Set(await this.publisher.onlineUsers(discussionRoom(room.id))) : null;
    const people = (await this.users.findByIds(online ? learners.filter((id) => online.has(id)) : learners)).sort((a, b) =>
      a.displayName.localeCompare(b.displayName),
    );
    const counted = new Set(people.map((p) => p.id));
    const spoken = new Map<string, number>();
    for (const m of await this.messages.messagesBetween(room.id, from, to)) {
      if (counted.has(m.authorId)) spoken.set(m.authorId, (spoken.get(m.authorId) ?? 0) + 1);
    }
    const total = [...spoken.values()].reduce((n, c) => n + c, 0);
    const shares = (keyOf: (p: (typeof people)[number]) => string): EquityShare[] => {
      const groups = new Map<string, { members: number; messages: number }>();
      for (const p of people) {
        const g = groups.get(keyOf(p)) ?? { members: 0, messages: 0 };
        g.members += 1;
        g.messages += spoken.get(p.id) ?? 0;
        groups.set(keyOf(p), g);
      }
      return [...groups]
        .map(([key, g]) => ({ key, ...g, share: total ? g.messages / total : 0 }))
        .sort((a, b) => a.key.localeCompare(b.key));
    };
    return {
      roomId: room.id,
      from: from.toISOString(),
      to: to.toISOString(),
      scope: query.scope,
      members: people.length,
      messages: total,
      byGender: shares((p) => p.gender),
      byCountry: shares((p) => p.country),
      silent: people.filter((p) => !spoken.has(p.id)).map((p) => ({ userId: p.id, displayName: p.displayName, country: p.country })),
    };
  }
}
