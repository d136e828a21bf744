export * from './catalog.module';
export { CatalogService, canEditCourses, type ActivityContext, type CourseProgress } from './catalog.service';
