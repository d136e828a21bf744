export * from './catalog.module';
export { CatalogService, canEditCourses, type ActivityContext, type CourseProgress } from './catalog.service';
export { courseVisibleTo } from './course-visibility';
export { LESSON_FILES, LessonMediaService, type StoredMediaInput } from './media/lesson-media.service';
