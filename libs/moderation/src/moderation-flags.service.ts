import { Injectable } from '@nestjs/common';
import {
  moderatorsRoom,
  safeguardingRoom,
  type FlagCreateInput,
  type FlagReceipt,
  type FlagUpdateInput,
  type FlagView,
} from '@trainaction/contracts';
import { CohortAccess, CohortDirectory } from '@trainaction/cohorts';
import { ForumPosts } from '@trainaction/forum';
import { UserDirectory } from '@trainaction/identity';
import { AppError, RealtimePublisher, type AuthUser } from '@trainaction/platform';
import { AuditLog, WITHHELD_ACTOR } from '@trainaction/audit';
import { RoomMessages } from '@trainaction/rooms';
import { FlagOutcomeNotifier } from './flag-outcome.notifier';
import { seesFlag } from './flag-visibility';
import { ModerationAudit } from './moderation-audit';
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

/**
 * Flags: a person flags a message or a forum post they can read; the cohort's moderators (safeguarding
 * flags: only its safeguarding contacts) see them live and work them; the reporter hears the outcome.
 */
@Injectable()
export class ModerationFlags {
  constructor(
    private readonly repo: ModerationRepository,
    private readonly roomMessages: RoomMessages,
    private readonly forumPosts: ForumPosts,
    private readonly access: CohortAccess,
    private readonly cohorts: CohortDirectory,
    private readonly users: UserDirectory,
    private readonly audit: AuditLog,
    private readonly log: ModerationAudit,
    private readonly publisher: RealtimePublisher,
    private readonly outcomes: FlagOutcomeNotifier,
  ) {}

  /** Reporters get the flag's id and state back, nothing more: the queue is the moderators'. */
  async flag(caller: AuthUser, input: FlagCreateInput): Promise<{ flag: FlagReceipt }> {
    const target = input.messageId ? await this.flaggedMessage(caller, input.messageId) : await this.flaggedPost(caller, input.postId!);
    const existing = await this.repo.findFlagOf(target.id, caller.id);
    if (existing) return { flag: toReceipt(existing) };
    const reporter = (await this.users.byIds([caller.id]))[0];
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
      await this.log.record(caller, flag.cohortId, 'flag.create', input.messageId ? 'message' : 'post', target.id, input.reason);
    }
    this.publisher.toRoom(
      flag.reason === 'safeguarding' ? safeguardingRoom(flag.cohortId) : moderatorsRoom(flag.cohortId),
      'flag:new',
      toFlagView(flag),
    );
    return { flag: toReceipt(flag) };
  }

  private async flaggedMessage(caller: AuthUser, messageId: string) {
    const { message } = await this.roomMessages.visibleMessage(caller, messageId);
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
    const { post } = await this.forumPosts.visiblePost(caller, postId);
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
    const me = (await this.users.byIds([caller.id]))[0];
    const set: Record<string, unknown> = { updatedAt: new Date() };
    const unset: ('assigneeId' | 'assigneeName')[] = [];
    if (input.state) set.state = input.state;
    if (input.assigneeId === null) unset.push('assigneeId', 'assigneeName');
    else if (input.assigneeId) {
      const assignee = (await this.users.byIds([input.assigneeId]))[0];
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
      await this.log.record(caller, flag.cohortId, 'flag.update', 'flag', flag.id, input.note, {
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
}
