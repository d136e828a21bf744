export * from './forum.module';
export { ForumService } from './forum.service';
export { ForumRepository } from './forum.repository';
export { CourseForumModerators } from './course-moderators.service';
export { ForumSearchIndex } from './forum-search-index';
