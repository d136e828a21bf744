export * from './submissions.module';
export { SubmissionsService } from './submissions.service';
export { SubmissionsRepository } from './submissions.repository';
export { dueAt } from './due-date';
