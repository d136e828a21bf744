import type { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import type { LessonMediaKind, LessonMediaList, LessonMediaUpload, LessonMediaView } from '@trainaction/contracts';
import { FILE_TYPES, FilesService, Uploads, type FileRecord, type FileType } from '@trainaction/files';
import { AppConfig, AppError, type AuthUser } from '@trainaction/platform';
import type { Request } from 'express';
import { courseVisibleTo } from '../course-visibility';
import { CoursesRepository, type CourseRecord } from '../courses.repository';
import { LessonMediaRepository, type LessonMediaRecord } from './lesson-media.repository';

/** What the files library calls what a lesson's files belong to; the `lesson` access policy decides who reads them. */
export const LESSON_FILES = 'lesson';

/** The file types each kind of media accepts, decided by the file's bytes. */
const ACCEPTED: Record<LessonMediaKind, readonly FileType[]> = {
  video: ['mp4', 'webm'],
  captions: ['vtt'],
  document: ['pdf'],
  resource: ['pdf', 'docx', 'odt', 'png', 'jpeg', 'webp', 'mp3'],
};

/** What is said about a file with it (an upload's query, or the demo's stored files). */
type MediaDetails = Omit<LessonMediaUpload, 'kind'> & { kind: LessonMediaKind };

export interface StoredMediaInput {
  ownerId: string;
  lessonId: string;
  kind: LessonMediaKind;
  name: string;
  stream: Readable;
  language?: string;
  label?: string;
}

function toView({ courseId: _courseId, ...view }: LessonMediaRecord): LessonMediaView {
  return view;
}

/** The place a kind takes once per lesson (a video; captions per language), or none (readings, resources). */
function slotOf(lessonId: string, kind: LessonMediaKind, language: string | undefined): string | undefined {
  if (kind === 'video') return `${lessonId}#video`;
  if (kind === 'captions') return `${lessonId}#captions:${language ?? ''}`;
  return undefined;
}

function taken(kind: LessonMediaKind, language: string | undefined): AppError {
  return kind === 'video'
    ? new AppError('CONFLICT', 'This lesson has a video already; remove it first', [{ path: 'kind', message: 'one video per lesson' }])
    : new AppError('CONFLICT', `This lesson has captions in ${language} already; remove them first`, [
        { path: 'language', message: 'one caption track per language' },
      ]);
}

/**
 * Videos, caption tracks, readings and resources attached to lessons. Coordinators attach and remove them; the
 * files library keeps the content, and removing a media item, or the lesson it belongs to, removes its file.
 */
@Injectable()
export class LessonMediaService {
  constructor(
    private readonly media: LessonMediaRepository,
    private readonly courses: CoursesRepository,
    private readonly files: FilesService,
    private readonly uploads: Uploads,
    private readonly config: AppConfig,
  ) {}

  /** Everyone who sees the course sees what its lessons offer; the files themselves are for its learners and staff. */
  async ofCourse(caller: AuthUser, slug: string): Promise<LessonMediaList> {
    const course = await this.courses.findBySlug(slug);
    if (!course || !courseVisibleTo(caller, course)) throw AppError.notFound('Course');
    return { items: (await this.media.ofCourse(course.id)).map(toView), limits: { ...this.config.mediaLimits } };
  }

  /** The course of a lesson the caller may see, or null (the `lesson` file policy starts here). */
  async courseOfLesson(caller: AuthUser, lessonId: string): Promise<string | null> {
    const course = await this.courses.findByLesson(lessonId);
    return course && courseVisibleTo(caller, course) ? course.id : null;
  }

  /** One file from a multipart request (coordinators); the size limit is the kind's (MEDIA_MAX_*_BYTES). */
  async attach(caller: AuthUser, lessonId: string, upload: LessonMediaUpload, request: Request): Promise<LessonMediaView> {
    const course = await this.lessonCourse(lessonId);
    await this.assertRoomFor(lessonId, upload.kind, upload.language);
    const stored = await this.uploads.receive(request, {
      maxFiles: 1,
      maxBytes: this.config.mediaLimits[upload.kind],
      allowed: ACCEPTED[upload.kind],
      belongsTo: { kind: LESSON_FILES, id: lessonId },
      ownerId: caller.id,
    });
    if (stored.length !== 1) {
      await Promise.all(stored.map((file) => this.files.delete(file.id)));
      throw new AppError('VALIDATION_FAILED', 'The request has invalid fields', [{ path: 'file', message: 'send exactly one file' }]);
    }
    return toView(await this.record(course, lessonId, upload, stored[0]));
  }

  /** A file the server has in hand (the demo academy's clip and readings). */
  async attachStored(input: StoredMediaInput): Promise<LessonMediaView> {
    const course = await this.lessonCourse(input.lessonId);
    await this.assertRoomFor(input.lessonId, input.kind, input.language);
    const file = await this.files.store({
      ownerId: input.ownerId,
      belongsTo: { kind: LESSON_FILES, id: input.lessonId },
      name: input.name,
      stream: input.stream,
      maxBytes: this.config.mediaLimits[input.kind],
      allowed: ACCEPTED[input.kind],
    });
    return toView(await this.record(course, input.lessonId, input, file));
  }

  /** Its slot, then the media item, then its file: a failure in between leaves a file the orphan check lists, not a broken player. */
  async remove(lessonId: string, mediaId: string): Promise<void> {
    const media = await this.media.findById(mediaId);
    if (!media || media.lessonId !== lessonId) throw AppError.notFound('Media');
    const slot = slotOf(lessonId, media.kind, media.language);
    if (slot) await this.media.releaseSlot(slot, media.id);
    await this.media.delete(media.id);
    await this.files.delete(media.fileId);
  }

  /** Lessons an editor removed from a course: their media and files go too. */
  async removeForLessons(lessonIds: string[]): Promise<void> {
    if (lessonIds.length === 0) return;
    await this.media.deleteOfLessons(lessonIds);
    for (const lessonId of lessonIds) await this.files.deleteBelongingTo(LESSON_FILES, lessonId);
  }

  private async lessonCourse(lessonId: string): Promise<CourseRecord> {
    const course = await this.courses.findByLesson(lessonId);
    if (!course) throw AppError.notFound('Lesson');
    return course;
  }

  /**
   * One video per lesson and one caption track per language: replacing one is removing it first. Checked before
   * the upload so a taken place costs no transfer; `record` settles uploads that race past this check.
   */
  private async assertRoomFor(lessonId: string, kind: LessonMediaKind, language: string | undefined): Promise<void> {
    const slot = slotOf(lessonId, kind, language);
    if (slot && (await this.media.ofLesson(lessonId)).some((m) => slotOf(lessonId, m.kind, m.language) === slot))
      throw taken(kind, language);
  }

  /**
   * The media item, then its place in the lesson (a unique insert): the loser of a race removes its item and
   * file and answers 409, so the lesson never shows two videos for longer than that.
   */
  private async record(course: CourseRecord, lessonId: string, upload: MediaDetails, file: FileRecord): Promise<LessonMediaRecord> {
    let media: LessonMediaRecord;
    try {
      media = await this.create(course, lessonId, upload, file);
    } catch (error) {
      await this.files.delete(file.id).catch(() => undefined);
      throw error;
    }
    const slot = slotOf(lessonId, upload.kind, upload.language);
    if (slot && !(await this.media.claimSlot(slot, lessonId, media.id))) {
      await this.media.delete(media.id);
      await this.files.delete(file.id);
      throw taken(upload.kind, upload.language);
    }
    return media;
  }

  private create(course: CourseRecord, lessonId: string, upload: MediaDetails, file: FileRecord) {
    return this.media.create({
      courseId: course.id,
      lessonId,
      kind: upload.kind,
      fileId: file.id,
      name: file.name,
      ...(upload.label ? { label: upload.label } : {}),
      ...(upload.language ? { language: upload.language } : {}),
      size: file.size,
      type: FILE_TYPES[file.type].mime.split(';')[0],
    });
  }
}
