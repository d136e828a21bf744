export * from './forum.module';
export { ForumThreads } from './forum-threads.service';
export { ForumPosts } from './forum-posts.service';
export { ForumErasure } from './ports/forum-erasure';
export { CourseForumModerators } from './course-moderators.service';
