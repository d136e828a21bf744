import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import {
  reviewRoom,
  type SubmissionQueuePage,
  type SubmissionQueueQuery,
  type SubmissionReviewInput,
  type SubmissionSubmitInput,
  type SubmissionView,
} from '@trainaction/contracts';
import { CatalogService } from '@trainaction/catalog';
import { CohortAccess } from '@trainaction/cohorts';
import { FileAccess } from '@trainaction/files';
import { UserDirectory } from '@trainaction/identity';
import { Notifications } from '@trainaction/notifications';
import { AppError, RealtimePublisher, type AuthUser } from '@trainaction/platform';
import { ActivityCounters } from '@trainaction/activity';
import type { Request } from 'express';
import { dueAt } from './due-date';
import { DRAFT_KIND, SubmissionAttachments, VERSION_KIND } from './submission-attachments';
import { toSubmissionSummary, toSubmissionView } from './submission-view';
import { SubmissionsRepository, type SubmissionRecord } from './submissions.repository';

function isDuplicateKey(error: unknown): boolean {
  return (error as { code?: number })?.code === 11000;
}

/**
 * Activity submissions: learners submit and resubmit (every version kept), moderators of the cohort claim
 * and review. Acks follow the write; both sides hear `submission:updated` live.
 */
@Injectable()
export class SubmissionsService implements OnModuleInit, OnApplicationBootstrap {
  constructor(
    private readonly repo: SubmissionsRepository,
    private readonly access: CohortAccess,
    private readonly catalog: CatalogService,
    private readonly users: UserDirectory,
    private readonly publisher: RealtimePublisher,
    private readonly counters: ActivityCounters,
    private readonly notifications: Notifications,
    private readonly attachments: SubmissionAttachments,
    private readonly fileAccess: FileAccess,
  ) {}

  /** Who may open a submission's files: the same rule as for the submission itself; drafts only their learner. */
  onModuleInit(): void {
    this.fileAccess.registerPolicy(DRAFT_KIND, async (caller, { id }) => id.split(':')[0] === caller.id);
    this.fileAccess.registerPolicy(VERSION_KIND, async (caller, { id }) => {
      const submission = await this.repo.findById(id.split(':')[0]);
      return submission !== null && (await this.mayRead(caller, submission));
    });
  }

  /** Submissions stored before queue positions existed get theirs, in the background after start. */
  onApplicationBootstrap(): void {
    void this.repo
      .backfillQueueKeys()
      .catch((error: unknown) => new Logger(SubmissionsService.name).error(`Queue positions backfill failed: ${String(error)}`));
  }

  /** Files for a version not sent yet (multipart); the same checks as sending it. */
  async uploadAttachments(caller: AuthUser, cohortId: string, activityId: string, req: Request) {
    await this.submittable(caller, cohortId, activityId);
    return this.attachments.upload(caller, cohortId, activityId, req);
  }

  async draftAttachments(caller: AuthUser, cohortId: string, activityId: string) {
    await this.submittable(caller, cohortId, activityId);
    return this.attachments.drafts(caller, cohortId, activityId);
  }

  async removeDraftAttachment(caller: AuthUser, cohortId: string, activityId: string, fileId: string): Promise<void> {
    await this.attachments.removeDraft(caller, cohortId, activityId, fileId);
  }

  /** Only learners of the cohort submit, and only its course's submission activities. */
  private async submittable(caller: AuthUser, cohortId: string, activityId: string) {
    const { cohort, memberRole } = await this.access.visible(caller, cohortId);
    if (memberRole !== 'learner') throw new AppError('FORBIDDEN', 'Only learners of the cohort submit activities');
    const { activity, course } = await this.catalog.activity(caller, activityId);
    if (course.id !== cohort.courseId || activity.kind !== 'submission') throw AppError.notFound('Activity');
    return { cohort, activity, course };
  }

  async submit(caller: AuthUser, input: SubmissionSubmitInput): Promise<{ submission: SubmissionView }> {
    const { cohort, activity, course } = await this.submittable(caller, input.cohortId, input.activityId);

    const now = new Date();
    const due = activity.dueDaysAfterStart === undefined ? undefined : dueAt(cohort.startsAt, activity.dueDaysAfterStart, cohort.timezone);
    const late = due !== undefined && now > due;
    let submission = await this.repo.findOne(activity.id, cohort.id, caller.id);
    if (!submission) {
      const learner = (await this.users.byIds([caller.id]))[0];
      try {
        submission = await this.repo.create({
          activityId: activity.id,
          cohortId: cohort.id,
          courseId: course.id,
          learnerId: caller.id,
          learnerName: learner?.displayName ?? '',
          learnerCountry: learner?.country ?? '',
          status: 'submitted',
          version: 0,
          late,
          dueAt: due,
          createdAt: now,
          updatedAt: now,
        });
      } catch (error) {
        if (!isDuplicateKey(error)) throw error;
        submission = (await this.repo.findOne(activity.id, cohort.id, caller.id))!;
      }
    }

    const retried = await this.repo.versionByClientId(submission.id, input.clientSubmissionId);
    if (retried) return { submission: await this.view(submission.id) };
    const resubmission = submission.status === 'returned';
    if (submission.version > 0 && !resubmission) {
      throw new AppError(
        'CONFLICT',
        submission.status === 'accepted' ? 'This activity was already accepted' : 'This submission is waiting for review',
      );
    }
    const version = submission.version + 1;
    const attachmentIds = await this.attachments.checkDrafts(caller, cohort.id, activity.id, input.attachmentIds ?? []);
    try {
      await this.repo.addVersion({
        submissionId: submission.id,
        version,
        clientSubmissionId: input.clientSubmissionId,
        body: input.body,
        links: input.links,
        ...(attachmentIds.length > 0 ? { attachmentIds } : {}),
        submittedAt: now,
        late,
      });
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
      // Either a retry of this very submit won the race (answer it), or another submit took this version.
      if (await this.repo.versionByClientId(submission.id, input.clientSubmissionId)) return { submission: await this.view(submission.id) };
      throw new AppError('CONFLICT', 'Another version was submitted at the same moment');
    }
    await this.attachments.attach(attachmentIds, submission.id, version);
    await this.repo.update(submission, { status: 'submitted', version, late, submittedAt: now, updatedAt: now }, [
      'claimedBy',
      'claimedByName',
      'score',
    ]);
    await this.counters.record({ userId: caller.id, cohortId: cohort.id, courseId: course.id, kind: 'submission', at: now });
    await this.repo.releaseClaim(submission.id);
    return { submission: await this.changed(submission.id) };
  }

  /** One moderator at a time: the claim's unique index lets exactly one of two claimants win. */
  async claim(caller: AuthUser, submissionId: string, claimed: boolean): Promise<{ submission: SubmissionView }> {
    const submission = await this.moderated(caller, submissionId);
    if (claimed) {
      if (submission.status !== 'submitted' && submission.status !== 'in_review')
        throw new AppError('CONFLICT', 'This submission is not waiting for review');
      if (!(await this.repo.claim(submission.id, caller.id)))
        throw new AppError('CONFLICT', 'Another moderator is reviewing this submission');
      const me = (await this.users.byIds([caller.id]))[0];
      await this.repo.update(submission, {
        status: 'in_review',
        claimedBy: caller.id,
        claimedByName: me?.displayName,
        updatedAt: new Date(),
      });
    } else {
      const claim = await this.repo.claimOf(submission.id);
      if (claim && claim.moderatorId !== caller.id) throw new AppError('CONFLICT', 'Another moderator is reviewing this submission');
      await this.repo.releaseClaim(submission.id);
      await this.repo.update(submission, { status: 'submitted', updatedAt: new Date() }, ['claimedBy', 'claimedByName']);
    }
    return { submission: await this.changed(submission.id) };
  }

  async review(caller: AuthUser, input: SubmissionReviewInput): Promise<{ submission: SubmissionView }> {
    const submission = await this.moderated(caller, input.submissionId);
    if (submission.status !== 'submitted' && submission.status !== 'in_review')
      throw new AppError('CONFLICT', 'This submission is not waiting for review');
    const claim = await this.repo.claimOf(submission.id);
    if (claim && claim.moderatorId !== caller.id) throw new AppError('CONFLICT', 'Another moderator is reviewing this submission');
    const { activity } = await this.catalog.activity(caller, submission.activityId);
    const maxScore = (activity.rubric ?? []).reduce((n, c) => n + c.maxScore, 0);
    if (input.score !== undefined && maxScore > 0 && input.score > maxScore) {
      throw new AppError('VALIDATION_FAILED', 'The request has invalid fields', [
        { path: 'score', message: `must be at most ${maxScore}` },
      ]);
    }
    const reviewer = (await this.users.byIds([caller.id]))[0];
    const now = new Date();
    await this.repo.setReview(submission.id, submission.version, {
      status: input.status,
      feedback: input.feedback,
      score: input.score,
      criteria: input.criteria,
      reviewer: { id: caller.id, displayName: reviewer?.displayName ?? '' },
      reviewedAt: now,
    });
    await this.repo.update(submission, { status: input.status, score: input.score, updatedAt: now }, ['claimedBy', 'claimedByName']);
    if (input.status === 'accepted') {
      // An accepted submission completes its activity for the learner.
      for (const kind of ['accepted', 'completion'] as const) {
        await this.counters.record({
          userId: submission.learnerId,
          cohortId: submission.cohortId,
          courseId: submission.courseId,
          kind,
          at: now,
        });
      }
    }
    await this.repo.releaseClaim(submission.id);
    const view = await this.changed(submission.id);
    // Told only while they may still read the cohort (a banned or removed learner is not).
    await this.notifications.notify(await this.access.readers([submission.learnerId], { cohortId: submission.cohortId }), {
      key: `review:${submission.id}:${submission.version}`,
      kind: input.status === 'accepted' ? 'submission_accepted' : 'submission_returned',
      params: { activity: { es: activity.title.es, ...(activity.title.en ? { en: activity.title.en } : {}) } },
      link: `/activities/${submission.activityId}?cohort=${submission.cohortId}`,
      audience: { cohortId: submission.cohortId },
    });
    return { submission: view };
  }

  /** A moderator's socket listens to the cohort's queue. */
  async watch(caller: AuthUser, cohortId: string): Promise<string> {
    await this.access.moderated(caller, cohortId);
    return reviewRoom(cohortId);
  }

  async get(caller: AuthUser, id: string): Promise<SubmissionView> {
    const submission = await this.repo.findById(id);
    if (!submission || !(await this.mayRead(caller, submission))) throw AppError.notFound('Submission');
    return this.view(submission.id);
  }

  /** The one rule for who sees a submission (and its files): its learner, and whoever moderates its cohort. */
  async mayRead(caller: AuthUser, submission: SubmissionRecord): Promise<boolean> {
    if (submission.learnerId === caller.id) return true;
    const access = await this.access.visible(caller, submission.cohortId).catch(() => null);
    return access?.canModerate === true;
  }

  /** Moderators: the cohort's submissions for the activity; learners: their own. */
  async forActivity(caller: AuthUser, activityId: string, cohortId?: string): Promise<SubmissionView[]> {
    if (cohortId) {
      const access = await this.access.visible(caller, cohortId);
      if (access.canModerate) return this.views(await this.repo.ofActivity(cohortId, activityId));
    }
    return this.views((await this.repo.ofLearner(caller.id, activityId)).filter((s) => !cohortId || s.cohortId === cohortId));
  }

  /** The caller's activity statuses in a course: an accepted submission completes its activity. */
  async myActivities(
    caller: AuthUser,
    courseId?: string,
  ): Promise<{ activityId: string; cohortId: string; submissionId: string; status: string; completed: boolean }[]> {
    const mine = (await this.repo.ofLearner(caller.id)).filter((s) => !courseId || s.courseId === courseId);
    return mine.map((s) => ({
      activityId: s.activityId,
      cohortId: s.cohortId,
      submissionId: s.id,
      status: s.status,
      completed: s.status === 'accepted',
    }));
  }

  /** Submissions waiting for review in each of these cohorts (which the caller manages: `CohortAccess.managedRunning`); one read. */
  async waitingByCohort(cohortIds: string[]): Promise<Map<string, number>> {
    const counts = new Map<string, number>();
    for (const cohortId of await this.repo.waitingIn(cohortIds)) counts.set(cohortId, (counts.get(cohortId) ?? 0) + 1);
    return counts;
  }

  /** A page of the cohort's review queue for its moderators: summaries only, no version is read. */
  async queue(caller: AuthUser, cohortId: string, query: SubmissionQueueQuery): Promise<SubmissionQueuePage> {
    await this.access.moderated(caller, cohortId);
    const { after, limit, ...filter } = query;
    const page = await this.repo.queuePage({ cohortId, ...filter }, after, limit);
    return { items: page.items.map(toSubmissionSummary), total: page.total, ...(page.next ? { next: page.next } : {}) };
  }

  private async moderated(caller: AuthUser, submissionId: string): Promise<SubmissionRecord> {
    const submission = await this.repo.findById(submissionId);
    if (!submission) throw AppError.notFound('Submission');
    const access = await this.access.visible(caller, submission.cohortId).catch(() => {
      throw AppError.notFound('Submission');
    });
    if (!access.canModerate) {
      if (submission.learnerId !== caller.id) throw AppError.notFound('Submission');
      throw new AppError('FORBIDDEN', 'Only the cohort’s moderators review submissions');
    }
    return submission;
  }

  /** Tells the learner and the cohort's review queue, then answers the same view. */
  private async changed(submissionId: string): Promise<SubmissionView> {
    const view = await this.view(submissionId);
    this.publisher.toUser(view.learner.id, 'submission:updated', view);
    this.publisher.toRoom(reviewRoom(view.cohortId), 'submission:updated', view);
    return view;
  }

  private async view(submissionId: string): Promise<SubmissionView> {
    const [view] = await this.views([(await this.repo.findById(submissionId))!]);
    return view;
  }

  private async views(submissions: SubmissionRecord[]): Promise<SubmissionView[]> {
    const versions = await this.repo.versionsOf(submissions.map((s) => s.id));
    const files = await this.attachments.viewsOf(versions);
    return submissions.map((s) => toSubmissionView(s, versions, files));
  }
}
