import { Injectable } from '@nestjs/common';
import type { FileView } from '@trainaction/contracts';
import { DOCUMENT_TYPES, FilesService, toFileView, Uploads, type FileRecord } from '@trainaction/files';
import { AppConfig, AppError, type AuthUser } from '@trainaction/platform';
import type { Request } from 'express';
import type { VersionRecord } from './submissions.repository';

/** Files uploaded for a submission not sent yet: the learner's, per cohort and activity. */
export const DRAFT_KIND = 'submission-draft';
/** Files of a sent version: whoever may see the submission sees them (SubmissionsService.mayRead). */
export const VERSION_KIND = 'submission-version';

export function draftId(learnerId: string, cohortId: string, activityId: string): string {
  return `${learnerId}:${cohortId}:${activityId}`;
}

export function versionFilesId(submissionId: string, version: number): string {
  return `${submissionId}:${version}`;
}

/**
 * Attachments of submission versions. A learner uploads files first (they wait as drafts, only theirs), then
 * sends the version naming them; sending moves them to the version, which keeps them. Limits:
 * SUBMISSION_MAX_FILES per version (3) and SUBMISSION_MAX_FILE_BYTES per file (10 MB); PDF, ODT, DOCX and
 * images, decided by the bytes. Drafts never sent are removed after SUBMISSION_DRAFT_MAX_AGE_HOURS (DraftSweeper).
 * Whether the caller may submit at all is the caller's (SubmissionsService) check.
 */
@Injectable()
export class SubmissionAttachments {
  constructor(
    private readonly files: FilesService,
    private readonly uploads: Uploads,
    private readonly config: AppConfig,
  ) {}

  async upload(caller: AuthUser, cohortId: string, activityId: string, req: Request): Promise<FileView[]> {
    const belongsTo = { kind: DRAFT_KIND, id: draftId(caller.id, cohortId, activityId) };
    const { maxFiles, maxBytes } = this.config.files.submission;
    const waiting = (await this.files.belongingTo(belongsTo.kind, belongsTo.id)).length;
    if (waiting >= maxFiles) {
      req.resume();
      throw new AppError('TOO_MANY_FILES', `At most ${maxFiles} files per version`);
    }
    const stored = await this.uploads.receive(req, {
      ownerId: caller.id,
      belongsTo,
      maxFiles: maxFiles - waiting,
      maxBytes,
      allowed: DOCUMENT_TYPES,
    });
    return stored.map(toFileView);
  }

  /** The caller's files waiting for the next version, and the limits (so the form can say them). */
  async drafts(caller: AuthUser, cohortId: string, activityId: string): Promise<{ files: FileView[]; maxFiles: number; maxBytes: number }> {
    const files = (await this.files.belongingTo(DRAFT_KIND, draftId(caller.id, cohortId, activityId))).map(toFileView);
    return { files, ...this.config.files.submission };
  }

  async removeDraft(caller: AuthUser, cohortId: string, activityId: string, fileId: string): Promise<void> {
    const file = await this.files.find(fileId);
    if (!file || file.belongsTo.kind !== DRAFT_KIND || file.belongsTo.id !== draftId(caller.id, cohortId, activityId))
      throw AppError.notFound('File');
    await this.files.delete(file.id);
  }

  /** The ids a new version may carry: the caller's drafts for this activity, within the count limit. */
  async checkDrafts(caller: AuthUser, cohortId: string, activityId: string, ids: string[]): Promise<string[]> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return [];
    const { maxFiles } = this.config.files.submission;
    if (unique.length > maxFiles)
      throw new AppError('VALIDATION_FAILED', 'The request has invalid fields', [
        { path: 'attachmentIds', message: `at most ${maxFiles} files` },
      ]);
    const draft = draftId(caller.id, cohortId, activityId);
    const found = await this.files.findMany(unique);
    // A draft past its age is about to be swept: it cannot join a version that would then name a missing file.
    const expired = Date.now() - this.config.files.drafts.maxAgeMs;
    const mine = (f: FileRecord) => f.belongsTo.kind === DRAFT_KIND && f.belongsTo.id === draft && f.createdAt.getTime() > expired;
    if (found.length !== unique.length || !found.every(mine)) {
      throw new AppError('VALIDATION_FAILED', 'The request has invalid fields', [
        { path: 'attachmentIds', message: 'must be files uploaded for this activity and not sent yet' },
      ]);
    }
    return unique;
  }

  /** Removes the files of versions never sent that are older than SUBMISSION_DRAFT_MAX_AGE_HOURS at `now`. */
  sweepDrafts(now: Date): Promise<number> {
    return this.files.deleteCreatedBefore(DRAFT_KIND, new Date(now.getTime() - this.config.files.drafts.maxAgeMs));
  }

  /** After the version is stored: its files now belong to it. */
  async attach(ids: string[], submissionId: string, version: number): Promise<void> {
    await this.files.reassign(ids, { kind: VERSION_KIND, id: versionFilesId(submissionId, version) });
  }

  /** The stored files the versions name, by id, in one read. */
  async viewsOf(versions: VersionRecord[]): Promise<Map<string, FileView>> {
    const ids = versions.flatMap((v) => v.attachmentIds ?? []);
    if (ids.length === 0) return new Map();
    return new Map((await this.files.findMany(ids)).map((f) => [f.id, toFileView(f)]));
  }
}
