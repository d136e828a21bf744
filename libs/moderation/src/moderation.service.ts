import { Injectable } from '@nestjs/common';
import {
  discussionRoom,
  moderatorsRoom,
  safeguardingRoom,
  type AuditEntryView,
  type AuditQueryInput,
  type EquityQuery,
  type EquityReport,
  type EquityShare,
  type FlagCreateInput,
  type FlagReceipt,
  type FlagUpdateInput,
  type FlagView,
  type MessageView,
  type PostView,
  type ThreadView,
  type RoomView,
  type SanctionInput,
  type SanctionView,
} from '@trainaction/contracts';
import { CohortAccess, CohortsRepository, isStaff } from '@trainaction/cohorts';
import { RoomsRepository, RoomsService } from '@trainaction/rooms';
import { CourseForumModerators, ForumService } from '@trainaction/forum';
import { UsersRepository } from '@trainaction/identity';
import { AppError, RealtimePublisher, type AuthUser } from '@trainaction/platform';
import { AuditLog, WITHHELD_ACTOR } from '@trainaction/audit';
import { FlagOutcomeNotifier } from './flag-outcome.notifier';
import { seesFlag } from './flag-visibility';
import { ModerationRepository, type FlagRecord } from './moderation.repository';

function toFlagView(flag: FlagRecord): FlagView {
  return {
    id: flag.id,
    cohortId: flag.cohortId,
    roomId: flag.roomId,
    messageId: flag.messageId,
    postId: flag.postId,
    reason: flag.reason,
    note: flag.note,
    state: flag.state,
    reporter: { id: flag.reporterId, displayName: flag.reporterName },
    assignee: flag.assigneeId ? { id: flag.assigneeId, displayName: flag.assigneeName ?? '' } : undefined,
    notes: flag.notes.map((n) => ({ ...n, at: new Date(n.at).toISOString() })),
    excerpt: flag.excerpt,
    targetAuthor: flag.targetAuthorId ? { id: flag.targetAuthorId, displayName: flag.targetAuthorName ?? '' } : undefined,
    createdAt: flag.createdAt.toISOString(),
    updatedAt: flag.updatedAt.toISOString(),
  };
}

function toReceipt(flag: FlagRecord): FlagReceipt {
  return { id: flag.id, state: flag.state };
}

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

/**
 * The moderators' toolbox: flags (safeguarding ones only to the cohort's safeguarding contacts), hide, pin,
 * lock, slow mode, mute and ban, edit history, equity of voice. Every action leaves one audit entry.
 * Forum posts join through `postId` when the forum lands.
 */
@Injectable()
export class ModerationService {
  constructor(
    private readonly repo: ModerationRepository,
    private readonly rooms: RoomsService,
    private readonly messages: RoomsRepository,
    private readonly forum: ForumService,
    private readonly access: CohortAccess,
    private readonly cohorts: CohortsRepository,
    private readonly users: UsersRepository,
    private readonly audit: AuditLog,
    private readonly publisher: RealtimePublisher,
    private readonly courseModerators: CourseForumModerators,
    private readonly outcomes: FlagOutcomeNotifier,
  ) {}

  /** Reporters get the flag's id and state back, nothing more: the queue is the moderators'. */
  async flag(caller: AuthUser, input: FlagCreateInput): Promise<{ flag: FlagReceipt }> {
    const target = input.messageId ? await this.flaggedMessage(caller, input.messageId) : await this.flaggedPost(caller, input.postId!);
    const existing = await this.repo.findFlagOf(target.id, caller.id);
    if (existing) return { flag: toReceipt(existing) };
    const reporter = (await this.users.findByIds([caller.id]))[0];
    const now = new Date();
    let flag: FlagRecord;
    try {
      flag = await this.repo.createFlag({
        cohortId: target.cohortId,
        roomId: target.roomId,
        messageId: input.messageId,
        postId: input.postId,
        targetKey: target.id,
        targetAuthorId: target.authorId,
        targetAuthorName: target.authorName,
        excerpt: target.body.slice(0, 280),
        reason: input.reason,
        note: input.note,
        state: 'open',
        reporterId: caller.id,
        reporterName: reporter?.displayName ?? '',
        notes: [],
        createdAt: now,
        updatedAt: now,
      });
    } catch (error) {
      if ((error as { code?: number }).code !== 11000) throw error;
      return { flag: toReceipt((await this.repo.findFlagOf(target.id, caller.id))!) };
    }
    if (flag.reason === 'safeguarding') {
      // Ids only, and never who reported: the entry says that a safeguarding flag exists, for the contacts.
      await this.audit.record({
        cohortId: flag.cohortId,
        actorId: WITHHELD_ACTOR,
        actorName: '',
        action: 'flag.create',
        targetType: 'flag',
        targetId: flag.id,
        restricted: 'safeguarding',
      });
    } else {
      await this.record(caller, flag.cohortId, 'flag.create', input.messageId ? 'message' : 'post', target.id, input.reason);
    }
    this.publisher.toRoom(
      flag.reason === 'safeguarding' ? safeguardingRoom(flag.cohortId) : moderatorsRoom(flag.cohortId),
      'flag:new',
      toFlagView(flag),
    );
    return { flag: toReceipt(flag) };
  }

  private async flaggedMessage(caller: AuthUser, messageId: string) {
    const { message } = await this.rooms.visibleMessage(caller, messageId);
    return {
      id: message.id,
      cohortId: message.cohortId,
      roomId: message.roomId,
      authorId: message.authorId,
      authorName: message.authorName,
      body: message.body,
    };
  }

  /** Posts in a course-wide forum are flagged to the reporter's cohort of that course. */
  private async flaggedPost(caller: AuthUser, postId: string) {
    const { post } = await this.forum.visiblePost(caller, postId);
    const cohortId = post.cohortId ?? (await this.cohorts.membershipsOfUser(caller.id)).find((m) => m.courseId === post.courseId)?.cohortId;
    if (!cohortId) throw AppError.notFound('Post');
    // The reporter's cohort moderators see the flag: an anonymous author from another cohort stays unnamed.
    const named = !(post.anonymous && post.scope === 'course');
    return {
      id: post.id,
      cohortId,
      roomId: undefined,
      authorId: named ? post.authorId : undefined,
      authorName: named ? post.authorName : undefined,
      body: post.body,
    };
  }

  /** The rooms a moderator's socket joins to hear flags live; safeguarding only for its contacts. */
  async watchRooms(caller: AuthUser, cohortId: string): Promise<string[]> {
    const { canModerate } = await this.access.visible(caller, cohortId);
    const contact = (await this.repo.safeguardingContacts(cohortId)).includes(caller.id);
    if (!canModerate && !contact) throw new AppError('FORBIDDEN', 'Only the cohort’s moderators watch its flags');
    return [...(canModerate ? [moderatorsRoom(cohortId)] : []), ...(contact ? [safeguardingRoom(cohortId)] : [])];
  }

  async flags(caller: AuthUser, cohortId: string, state?: string): Promise<FlagView[]> {
    const { canModerate } = await this.access.visible(caller, cohortId);
    const contact = (await this.repo.safeguardingContacts(cohortId)).includes(caller.id);
    if (!canModerate && !contact) throw new AppError('FORBIDDEN', 'Only the cohort’s moderators see its flags');
    const flags = await this.repo.flagsOf(cohortId, { state, includeSafeguarding: contact });
    return flags.filter((f) => seesFlag(f, { canModerate, contact })).map(toFlagView);
  }

  async updateFlag(caller: AuthUser, flagId: string, input: FlagUpdateInput): Promise<FlagView> {
    const flag = await this.repo.findFlag(flagId);
    if (!flag) throw AppError.notFound('Flag');
    const { canModerate } = await this.access.visible(caller, flag.cohortId).catch(() => {
      throw AppError.notFound('Flag');
    });
    const contact = (await this.repo.safeguardingContacts(flag.cohortId)).includes(caller.id);
    if (!seesFlag(flag, { canModerate, contact })) throw AppError.notFound('Flag');
    const me = (await this.users.findByIds([caller.id]))[0];
    const set: Record<string, unknown> = { updatedAt: new Date() };
    const unset: ('assigneeId' | 'assigneeName')[] = [];
    if (input.state) set.state = input.state;
    if (input.assigneeId === null) unset.push('assigneeId', 'assigneeName');
    else if (input.assigneeId) {
      const assignee = (await this.users.findByIds([input.assigneeId]))[0];
      if (!assignee) throw AppError.notFound('User');
      Object.assign(set, { assigneeId: assignee.id, assigneeName: assignee.displayName });
    }
    const note = input.note ? { authorId: caller.id, authorName: me?.displayName ?? '', text: input.note, at: new Date() } : undefined;
    const updated = (await this.repo.updateFlag(flag.id, set, unset, note))!;
    if (flag.reason === 'safeguarding') {
      await this.audit.record({
        cohortId: flag.cohortId,
        actorId: caller.id,
        actorName: me?.displayName ?? '',
        action: 'flag.update',
        targetType: 'flag',
        targetId: flag.id,
        details: { state: input.state, assigneeId: input.assigneeId, noted: Boolean(note) },
        restricted: 'safeguarding',
      });
    } else {
      await this.record(caller, flag.cohortId, 'flag.update', 'flag', flag.id, input.note, {
        state: input.state,
        assigneeId: input.assigneeId,
      });
    }
    await this.outcomes.closed(flag, updated);
    const view = toFlagView(updated);
    this.publisher.toRoom(
      flag.reason === 'safeguarding' ? safeguardingRoom(flag.cohortId) : moderatorsRoom(flag.cohortId),
      'flag:updated',
      view,
    );
    return view;
  }

  async hide(
    caller: AuthUser,
    target: { messageId?: string; postId?: string },
    hidden: boolean,
    reason: string,
  ): Promise<{ message?: MessageView; post?: PostView }> {
    if (target.postId) {
      const { post, access } = await this.forum.postWithAccess(caller, target.postId);
      if (!access.canModerate) throw new AppError('FORBIDDEN', 'Only the cohort’s moderators can do this');
      const view = await this.forum.setPostHidden(post.id, hidden, reason);
      await this.record(
        caller,
        post.cohortId ?? { courseId: post.courseId },
        hidden ? 'post.hide' : 'post.unhide',
        'post',
        post.id,
        reason,
        { authorId: post.authorId },
      );
      return { post: view };
    }
    const { message } = await this.moderatedMessage(caller, target.messageId!);
    const view = await this.rooms.setHidden(message.id, hidden, reason, caller.id);
    await this.record(caller, message.cohortId, hidden ? 'message.hide' : 'message.unhide', 'message', message.id, reason, {
      authorId: message.authorId,
    });
    return { message: view };
  }

  async pin(caller: AuthUser, messageId: string, pinned: boolean, minutes?: number): Promise<{ room: RoomView }> {
    const { message } = await this.moderatedMessage(caller, messageId);
    const { room } = await this.rooms.roomFor(caller, message.roomId);
    const until = minutes ? new Date(Date.now() + minutes * 60_000) : undefined;
    const view = await this.rooms.setPinned(room, message.id, pinned, until);
    await this.record(caller, message.cohortId, pinned ? 'message.pin' : 'message.unpin', 'message', message.id, undefined, {
      until: until?.toISOString(),
    });
    return { room: view };
  }

  async lock(
    caller: AuthUser,
    target: { roomId?: string; threadRootId?: string; forumThreadId?: string },
    locked: boolean,
  ): Promise<{ room?: RoomView; message?: MessageView; thread?: ThreadView }> {
    if (target.forumThreadId) {
      const { thread, cohortId, courseId } = await this.forum.setThreadLocked(caller, target.forumThreadId, locked);
      await this.record(caller, cohortId ?? { courseId }, locked ? 'forum_thread.lock' : 'forum_thread.unlock', 'thread', thread.id);
      return { thread };
    }
    if (target.threadRootId) {
      const { message } = await this.moderatedMessage(caller, target.threadRootId);
      if (message.threadRootId)
        throw new AppError('VALIDATION_FAILED', 'The request has invalid fields', [
          { path: 'threadRootId', message: 'is a reply, not a thread' },
        ]);
      const view = await this.rooms.setThreadLocked(message.id, locked);
      await this.record(caller, message.cohortId, locked ? 'thread.lock' : 'thread.unlock', 'message', message.id);
      return { message: view };
    }
    const room = await this.moderatedRoom(caller, target.roomId!);
    const view = await this.rooms.setRoomLocked(room.id, locked);
    await this.record(caller, room.cohortId, locked ? 'room.lock' : 'room.unlock', 'room', room.id);
    return { room: view };
  }

  async slowMode(caller: AuthUser, roomId: string, seconds: number): Promise<{ room: RoomView }> {
    const room = await this.moderatedRoom(caller, roomId);
    const view = await this.rooms.setSlowMode(room.id, seconds);
    await this.record(caller, room.cohortId, 'room.slowmode', 'room', room.id, undefined, { seconds });
    return { room: view };
  }

  async sanction(caller: AuthUser, input: SanctionInput): Promise<{ sanction: SanctionView }> {
    await this.access.moderated(caller, input.cohortId);
    if (input.userId === caller.id) throw new AppError('FORBIDDEN', 'You cannot sanction yourself');
    const target = await this.cohorts.membership(input.cohortId, input.userId);
    if (!target) throw AppError.notFound('Member');
    if (target.role === 'moderator') throw new AppError('FORBIDDEN', 'Moderators cannot be muted or banned');
    const until = input.minutes > 0 ? new Date(Date.now() + input.minutes * 60_000) : null;
    await this.cohorts.setSanction(input.cohortId, input.userId, input.kind, until, input.reason);
    // The person hears it at once, with the reason and the end; then a banned member leaves every room (their
    // client reconnects and may join only what remains). The notice goes first on the same connection.
    this.publisher.toUser(input.userId, 'sanction:changed', {
      cohortId: input.cohortId,
      kind: input.kind,
      until: until?.toISOString() ?? null,
      reason: input.reason,
    });
    if (input.kind === 'ban' && until) this.publisher.disconnectUser(input.userId);
    await this.record(
      caller,
      input.cohortId,
      until ? `member.${input.kind}` : `member.un${input.kind}`,
      'user',
      input.userId,
      input.reason,
      { until: until?.toISOString() ?? null },
    );
    return {
      sanction: {
        cohortId: input.cohortId,
        userId: input.userId,
        kind: input.kind,
        until: until?.toISOString() ?? null,
        reason: input.reason,
      },
    };
  }

  /** Sanctions in force in a cohort. */
  async sanctions(caller: AuthUser, cohortId: string): Promise<(SanctionView & { displayName: string })[]> {
    await this.access.moderated(caller, cohortId);
    const now = new Date();
    const members = await this.cohorts.sanctioned(cohortId, now);
    const names = new Map((await this.users.findByIds(members.map((m) => m.userId))).map((u) => [u.id, u.displayName]));
    const entries = await this.audit.find({ cohortId, limit: 500 });
    const reasonOf = (userId: string, kind: string) =>
      entries.find((e) => e.targetId === userId && e.action === `member.${kind}`)?.reason ?? '';
    return members.flatMap((m) =>
      (['mute', 'ban'] as const)
        .filter((kind) => (kind === 'mute' ? m.mutedUntil : m.bannedUntil) && (kind === 'mute' ? m.mutedUntil! : m.bannedUntil!) > now)
        .map((kind) => ({
          cohortId,
          userId: m.userId,
          displayName: names.get(m.userId) ?? '',
          kind,
          until: (kind === 'mute' ? m.mutedUntil! : m.bannedUntil!).toISOString(),
          reason: reasonOf(m.userId, kind),
        })),
    );
  }

  /** Coordinators name the contacts among the cohort's moderators and staff; those removed lose the room at once. */
  async setSafeguardingContacts(caller: AuthUser, cohortId: string, userIds: string[]): Promise<string[]> {
    if (!isStaff(caller)) throw new AppError('FORBIDDEN', 'Only coordinators name the safeguarding contacts');
    const { cohort } = await this.access.moderated(caller, cohortId);
    const wanted = [...new Set(userIds)];
    const moderators = new Set((await this.cohorts.members(cohort.id)).filter((m) => m.role === 'moderator').map((m) => m.userId));
    const staff = new Set((await this.users.findByIds(wanted)).filter((u) => isStaff(u)).map((u) => u.id));
    const refused = wanted.filter((id) => !moderators.has(id) && !staff.has(id));
    if (refused.length)
      throw new AppError('VALIDATION_FAILED', 'The request has invalid fields', [
        { path: 'userIds', message: `are not moderators of the cohort or staff: ${refused.join(', ')}` },
      ]);
    const before = await this.repo.safeguardingContacts(cohortId);
    await this.repo.setSafeguardingContacts(cohortId, wanted);
    await this.record(caller, cohortId, 'safeguarding.contacts', 'cohort', cohortId, undefined, { userIds: wanted });
    for (const id of before.filter((id) => !wanted.includes(id))) this.publisher.disconnectUser(id);
    return this.repo.safeguardingContacts(cohortId);
  }

  async safeguardingContacts(caller: AuthUser, cohortId: string): Promise<string[]> {
    await this.access.moderated(caller, cohortId);
    return this.repo.safeguardingContacts(cohortId);
  }

  async auditLog(caller: AuthUser, cohortId: string, query: AuditQueryInput): Promise<AuditEntryView[]> {
    await this.access.moderated(caller, cohortId);
    const contact = (await this.repo.safeguardingContacts(cohortId)).includes(caller.id);
    return this.auditEntries({ cohortId, includeRestricted: contact }, query);
  }

  /** The audit log of a course's shared forum, for coordinators and its forum moderators. */
  async courseAuditLog(caller: AuthUser, courseId: string, query: AuditQueryInput): Promise<AuditEntryView[]> {
    if (!(await this.courseModerators.moderates(caller, courseId)))
      throw new AppError('FORBIDDEN', 'Only coordinators and the course’s forum moderators see this');
    return this.auditEntries({ courseId }, query);
  }

  private async auditEntries(
    where: { cohortId?: string; courseId?: string; includeRestricted?: boolean },
    query: AuditQueryInput,
  ): Promise<AuditEntryView[]> {
    const entries = await this.audit.find({
      ...where,
      action: query.action,
      actorId: query.actorId,
      from: query.from ? new Date(query.from) : undefined,
      to: query.to ? new Date(query.to) : undefined,
      before: query.cursor,
      limit: query.limit,
    });
    return entries.map((e) => ({
      id: e.id,
      cohortId: e.cohortId,
      courseId: e.courseId,
      actor: { id: e.actorId, displayName: e.actorName },
      action: e.action,
      targetType: e.targetType,
      targetId: e.targetId,
      reason: e.reason,
      details: e.details,
      at: e.at.toISOString(),
    }));
  }

  /** Records that someone exported the audit log (exports are accountable too). */
  async auditExported(caller: AuthUser, cohortId: string, rows: number): Promise<void> {
    await this.record(caller, cohortId, 'audit.export', 'cohort', cohortId, undefined, { rows });
  }

  async editHistory(caller: AuthUser, messageId: string) {
    return this.rooms.editHistory(caller, messageId);
  }

  /**
   * Who gets to speak: shares of messages by gender and country among the learners present (live) or all
   * learners of the cohort (after the session), and who has not spoken. Moderators only, so no suppression.
   */
  async equity(caller: AuthUser, roomId: string, query: EquityQuery): Promise<EquityReport> {
    const room = await this.moderatedRoom(caller, roomId);
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

  private async moderatedMessage(caller: AuthUser, messageId: string) {
    const found = await this.rooms.messageWithAccess(caller, messageId);
    if (!found.access.canModerate) throw new AppError('FORBIDDEN', 'Only the cohort’s moderators can do this');
    return found;
  }

  private async moderatedRoom(caller: AuthUser, roomId: string) {
    const { room, access } = await this.rooms.roomFor(caller, roomId);
    if (!access.canModerate) throw new AppError('FORBIDDEN', 'Only the cohort’s moderators can do this');
    return room;
  }

  /** One audit entry, for a cohort (its id) or for a course's shared forum (`{ courseId }`). */
  private async record(
    caller: AuthUser,
    where: string | { courseId: string },
    action: string,
    targetType: string,
    targetId: string,
    reason?: string,
    details?: Record<string, unknown>,
  ) {
    const actor = (await this.users.findByIds([caller.id]))[0];
    const scope = typeof where === 'string' ? { cohortId: where } : where;
    await this.audit.record({
      ...scope,
      actorId: caller.id,
      actorName: actor?.displayName ?? '',
      action,
      targetType,
      targetId,
      reason,
      details,
    });
  }
}
