export * from './discussions.module';
export { DiscussionsService } from './discussions.service';
export { DiscussionsRepository } from './discussions.repository';
