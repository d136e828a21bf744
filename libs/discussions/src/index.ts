export * from './discussions.module';
export { DiscussionsService } from './discussions.service';
export { DiscussionsRepository } from './discussions.repository';
export { MessageSearchIndex } from './message-search-index';
