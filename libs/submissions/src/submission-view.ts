import type { FileView, SubmissionSummary, SubmissionView } from '@trainaction/contracts';
import type { SubmissionRecord, VersionRecord } from './submissions.repository';

/** What a review queue shows of a submission, from the submission alone. */
export function toSubmissionSummary(submission: SubmissionRecord): SubmissionSummary {
  return {
    id: submission.id,
    activityId: submission.activityId,
    cohortId: submission.cohortId,
    learner: { id: submission.learnerId, displayName: submission.learnerName, country: submission.learnerCountry },
    status: submission.status,
    version: submission.version,
    late: submission.late,
    dueAt: submission.dueAt?.toISOString(),
    claimedBy: submission.claimedBy ? { id: submission.claimedBy, displayName: submission.claimedByName ?? '' } : undefined,
    score: submission.score,
    submittedAt: (submission.submittedAt ?? submission.createdAt).toISOString(),
    updatedAt: submission.updatedAt.toISOString(),
  };
}

/** `files`: the attachments still stored, by id (a file removed since, e.g. by account erasure, is left out). */
export function toSubmissionView(
  submission: SubmissionRecord,
  versions: VersionRecord[],
  files: ReadonlyMap<string, FileView> = new Map(),
): SubmissionView {
  const mine = versions.filter((v) => v.submissionId === submission.id);
  const latest = mine.reduce<Date | undefined>((at, v) => (at && at > v.submittedAt ? at : v.submittedAt), undefined);
  return {
    ...toSubmissionSummary(submission),
    ...(latest ? { submittedAt: latest.toISOString() } : {}),
    versions: mine
      .sort((a, b) => a.version - b.version)
      .map((v) => ({
        version: v.version,
        body: v.body,
        links: v.links,
        attachments: (v.attachmentIds ?? []).flatMap((id) => files.get(id) ?? []),
        submittedAt: v.submittedAt.toISOString(),
        late: v.late,
        review: v.review ? { ...v.review, reviewedAt: new Date(v.review.reviewedAt).toISOString() } : undefined,
      })),
  };
}
