export * from './submissions.module';
export { SubmissionAttachments } from './submission-attachments';
export { SubmissionsService } from './submissions.service';
export { queueKey } from './submissions.repository';
export { SubmissionsErasure } from './ports/submissions-erasure';
export { dueAt } from './due-date';
