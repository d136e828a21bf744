import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { CatalogController } from './catalog.controller';
import { CatalogService } from './catalog.service';
import { COURSE_MODEL, CourseSchema, LESSON_PROGRESS_MODEL, LessonProgressSchema } from './course.schema';
import { CoursesRepository } from './courses.repository';

@Module({
  imports: [
    MongooseModule.forFeature([
      { name: COURSE_MODEL, schema: CourseSchema },
      { name: LESSON_PROGRESS_MODEL, schema: LessonProgressSchema },
    ]),
  ],
  controllers: [CatalogController],
  providers: [CatalogService, CoursesRepository],
  exports: [CatalogService],
})
export class CatalogModule {}
