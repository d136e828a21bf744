export * from './forum.module';
export { ForumThreads } from './forum-threads.service';
export { ForumPosts } from './forum-posts.service';
export { ForumRepository } from './forum.repository';
export { CourseForumModerators } from './course-moderators.service';
export { ForumSearchIndex } from './forum-search-index';
