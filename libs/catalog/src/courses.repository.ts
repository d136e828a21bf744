import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { CourseView } from '@trainaction/contracts';
import { CACHE_TTL_MS, CacheBus, findManyByField, TtlCache } from '@trainaction/platform';
import { Model, Types } from 'mongoose';
import { COURSE_MODEL, LESSON_PROGRESS_MODEL, type CourseDoc, type LessonProgressDoc } from './course.schema';

export type CourseRecord = CourseView;
export type CourseWrite = Omit<CourseView, 'id' | 'updatedAt'>;

function toRecord(doc: CourseDoc): CourseRecord {
  return {
    id: doc._id.toHexString(),
    slug: doc.slug,
    title: doc.title,
    summary: doc.summary,
    topics: doc.topics,
    status: doc.status,
    modules: doc.modules,
    updatedAt: doc.updatedAt.toISOString(),
  };
}

function derived(course: CourseWrite) {
  const searchText = [course.title.es, course.title.en, course.summary.es, course.summary.en, ...course.topics]
    .filter(Boolean)
    .join(' ')
    .toLowerCase();
  return {
    searchText,
    lessonIds: course.modules.flatMap((m) => m.lessons.map((l) => l.id)),
    activityIds: course.modules.flatMap((m) => m.activities.map((a) => a.id)),
  };
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export interface CourseFilter {
  publishedOnly: boolean;
  status?: 'draft' | 'published';
  topic?: string;
  words?: string[];
}

@Injectable()
export class CoursesRepository {
  /** Courses by id are read for every report, cohort list and lesson; changes made here invalidate on every node. */
  private readonly courseCache: TtlCache<CourseRecord | null>;
  /**
   * Course lists by filter, until any course is created or changed (on any node): a list reads every course
   * whole (modules, lessons: ~28 KB each), and every home page and dashboard asks for one.
   */
  private readonly lists = new TtlCache<CourseRecord[]>(CACHE_TTL_MS, 200);
  /** The course of each lesson and activity looked up so far (a few hundred ids; see `findByItem`). */
  private readonly itemCourses = new Map<string, string>();

  constructor(
    @InjectModel(COURSE_MODEL) private readonly courses: Model<CourseDoc>,
    @InjectModel(LESSON_PROGRESS_MODEL) private readonly progress: Model<LessonProgressDoc>,
    caches: CacheBus,
  ) {
    this.courseCache = caches.cache('courses');
    caches.watch('courses', () => this.lists.drop(null));
  }

  /** Throws E11000 when the slug is taken. */
  async create(course: CourseWrite): Promise<CourseRecord> {
    const doc = await this.courses.create({ ...course, ...derived(course) });
    this.courseCache.invalidate(doc._id.toHexString()); // the lists change
    return toRecord(doc.toObject());
  }

  async replace(id: string, course: CourseWrite): Promise<CourseRecord | null> {
    await this.courseCache.write(id, () => this.courses.updateOne({ _id: id }, { $set: { ...course, ...derived(course) } }).exec());
    return this.findById(id);
  }

  async setStatus(id: string, status: 'draft' | 'published'): Promise<CourseRecord | null> {
    await this.courseCache.write(id, () => this.courses.updateOne({ _id: id }, { $set: { status } }).exec());
    return this.findById(id);
  }

  async findById(id: string): Promise<CourseRecord | null> {
    if (!Types.ObjectId.isValid(id)) return null;
    return this.courseCache.get(id, async () => {
      const doc = await this.courses.findById(id).lean<CourseDoc>().exec();
      return doc ? toRecord(doc) : null;
    });
  }

  async findBySlug(slug: string): Promise<CourseRecord | null> {
    const doc = await this.courses.findOne({ slug }).lean<CourseDoc>().exec();
    return doc ? toRecord(doc) : null;
  }

  /** Each through the cache (a report or a cohort list names a handful of courses). */
  async findByIds(ids: string[]): Promise<CourseRecord[]> {
    return (await Promise.all([...new Set(ids)].map((id) => this.findById(id)))).filter((c): c is CourseRecord => c !== null);
  }

  async findByActivity(activityId: string): Promise<CourseRecord | null> {
    return this.findByItem('activityIds', activityId);
  }

  async findByLesson(lessonId: string): Promise<CourseRecord | null> {
    return this.findByItem('lessonIds', lessonId);
  }

  /**
   * The course holding a lesson or an activity, through the course cache: the item's course id is kept once
   * found (items belong to one course), and checked against the course as cached now (an item removed since,
   * or moved, is looked up again in the list of every course). Every thread view of a forum activity asks for its activity; reading the
   * course each time decoded a whole course (tens of KB with its modules) per request.
   */
  private async findByItem(field: 'activityIds' | 'lessonIds', itemId: string): Promise<CourseRecord | null> {
    const holds = (course: CourseRecord | null) =>
      course?.modules.some((m) => (field === 'activityIds' ? m.activities : m.lessons).some((item) => item.id === itemId)) ?? false;
    const known = this.itemCourses.get(itemId);
    if (known) {
      const course = await this.findById(known);
      if (holds(course)) return course;
      this.itemCourses.delete(itemId);
    }
    // Found among every course as listed now (the kept list): a query by the item reads every course whole,
    // since the engine does not look up array fields in their index.
    const course = (await this.list({ publishedOnly: false })).find(holds) ?? null;
    if (course) this.itemCourses.set(itemId, course.id);
    return course;
  }

  async list(filter: CourseFilter): Promise<CourseRecord[]> {
    return this.lists.get(JSON.stringify(filter), () => this.read(filter));
  }

  private async read(filter: CourseFilter): Promise<CourseRecord[]> {
    const query: Record<string, unknown> = {};
    if (filter.publishedOnly) query.status = 'published';
    else if (filter.status) query.status = filter.status;
    if (filter.topic) query.topics = filter.topic;
    if (filter.words?.length) query.$and = filter.words.map((w) => ({ searchText: { $regex: escapeRegex(w) } }));
    const docs = await this.courses.find(query).sort({ createdAt: 1 }).lean<CourseDoc[]>().exec();
    return docs.map(toRecord);
  }

  /** Returns whether this call marked it (false: it was already done). */
  async markLessonDone(userId: string, courseId: string, lessonId: string, at: Date): Promise<boolean> {
    return this.progress
      .updateOne({ userId, lessonId }, { $setOnInsert: { userId, courseId, lessonId, completedAt: at } }, { upsert: true })
      .exec()
      .then((result) => result.upsertedCount > 0)
      .catch((error: { code?: number }) => {
        if (error.code !== 11000) throw error;
        return false; // a concurrent mark won the race: already done
      });
  }

  async insertProgress(entries: LessonProgressDoc[]): Promise<void> {
    for (let i = 0; i < entries.length; i += 1000) {
      await this.progress
        .insertMany(entries.slice(i, i + 1000), { ordered: false })
        .catch((error: { writeErrors?: { code: number }[] }) => {
          if (!error.writeErrors?.every((e) => e.code === 11000)) throw error;
        });
    }
  }

  /** Returns when the lesson had been marked done, if this call unmarked it. */
  async unmarkLessonDone(userId: string, lessonId: string): Promise<Date | null> {
    const done = await this.progress.findOne({ userId, lessonId }).lean<LessonProgressDoc & { _id: Types.ObjectId }>().exec();
    if (!done) return null;
    const { deletedCount } = await this.progress.deleteOne({ _id: done._id }).exec();
    return deletedCount > 0 ? done.completedAt : null; // 0: a concurrent unmark won
  }

  async completedLessons(courseId: string, userIds: string[]): Promise<{ userId: string; lessonId: string }[]> {
    return findManyByField(this.progress, 'userId', userIds, { courseId });
  }
}
