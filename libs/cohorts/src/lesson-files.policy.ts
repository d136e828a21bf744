import { Injectable, OnModuleInit } from '@nestjs/common';
import { LESSON_FILES, LessonMediaService } from '@trainaction/catalog';
import { FileAccess } from '@trainaction/files';
import { CohortAccess } from './cohort-access.service';

/**
 * Who may read a lesson's files: the catalogue's rule for the course (drafts only for editors), then the
 * course's readers (members of any of its cohorts who are not banned, and coordinators and admins). It lives
 * here, not in the catalogue, because the catalogue does not know cohorts. Everyone else gets 404.
 */
@Injectable()
export class LessonFilesPolicy implements OnModuleInit {
  constructor(
    private readonly files: FileAccess,
    private readonly media: LessonMediaService,
    private readonly access: CohortAccess,
  ) {}

  onModuleInit(): void {
    // A lesson's files belong to the course: erasing the coordinator who uploaded them keeps them.
    this.files.registerPolicy(
      LESSON_FILES,
      async (caller, belongsTo) => {
        const courseId = await this.media.courseOfLesson(caller, belongsTo.id);
        return courseId !== null && (await this.access.readers([caller.id], { courseId })).length > 0;
      },
      { keepOnErasure: true },
    );
  }
}
