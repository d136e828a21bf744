import type { FileView, SubmissionView } from '@trainaction/contracts';
import type { SubmissionRecord, VersionRecord } from './submissions.repository';

/** `files`: the attachments still stored, by id (a file removed since, e.g. by account erasure, is left out). */
export function toSubmissionView(
  submission: SubmissionRecord,
  versions: VersionRecord[],
  files: ReadonlyMap<string, FileView> = new Map(),
): SubmissionView {
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
    versions: versions
      .filter((v) => v.submissionId === submission.id)
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
    updatedAt: submission.updatedAt.toISOString(),
  };
}
