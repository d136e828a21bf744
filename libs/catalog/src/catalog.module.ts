import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { FilesModule } from '@trainaction/files';
import { ActivityModule } from '@trainaction/activity';
import { CatalogController } from './catalog.controller';
import { CatalogService } from './catalog.service';
import { COURSE_MODEL, CourseSchema, LESSON_PROGRESS_MODEL, LessonProgressSchema } from './course.schema';
import { CoursesRepository } from './courses.repository';
import { LessonMediaController } from './media/lesson-media.controller';
import { LESSON_MEDIA_MODEL, LESSON_MEDIA_SLOT_MODEL, LessonMediaSchema, LessonMediaSlotSchema } from './media/lesson-media.schema';
import { LessonMediaRepository } from './media/lesson-media.repository';
import { LessonMediaService } from './media/lesson-media.service';

@Module({
  imports: [
    ActivityModule,
    FilesModule,
    MongooseModule.forFeature([
      { name: COURSE_MODEL, schema: CourseSchema },
      { name: LESSON_PROGRESS_MODEL, schema: LessonProgressSchema },
      { name: LESSON_MEDIA_MODEL, schema: LessonMediaSchema },
      { name: LESSON_MEDIA_SLOT_MODEL, schema: LessonMediaSlotSchema },
    ]),
  ],
  controllers: [CatalogController, LessonMediaController],
  providers: [CatalogService, CoursesRepository, LessonMediaService, LessonMediaRepository],
  exports: [CatalogService, LessonMediaService],
})
export class CatalogModule {}
