export * from './forum.module';
export { ForumService } from './forum.service';
export { ForumErasure } from './ports/forum-erasure';
export { CourseForumModerators } from './course-moderators.service';
