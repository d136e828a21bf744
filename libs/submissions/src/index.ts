export * from './submissions.module';
export { SubmissionAttachments } from './submission-attachments';
export { SubmissionsService } from './submissions.service';
export { queueKey, SubmissionsRepository } from './submissions.repository';
export { dueAt } from './due-date';
