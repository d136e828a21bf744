import type { ModuleView } from '@trainaction/contracts';
import { Schema, Types } from 'mongoose';

/**
 * A course with its modules, lessons and activities embedded: a course is read and edited as a whole,
 * and replaced as a whole (FerretDB has no positional updates). `lessonIds` and `activityIds` are flat
 * copies of the embedded ids so a lesson or activity can be found without querying into nested arrays.
 */
export interface CourseDoc {
  _id: Types.ObjectId;
  slug: string;
  title: { es: string; en?: string };
  summary: { es: string; en?: string };
  /** Lower-case Spanish and English title, summary and topics, for word search without `$text`. */
  searchText: string;
  topics: string[];
  status: 'draft' | 'published';
  modules: ModuleView[];
  lessonIds: string[];
  activityIds: string[];
  createdAt: Date;
  updatedAt: Date;
}

export const COURSE_MODEL = 'Course';

const localized = { es: { type: String, required: true }, en: { type: String } };

export const CourseSchema = new Schema<CourseDoc>(
  {
    slug: { type: String, required: true, unique: true },
    title: localized,
    summary: localized,
    searchText: { type: String, required: true },
    topics: { type: [String], default: [], index: true },
    status: { type: String, required: true, enum: ['draft', 'published'], index: true },
    modules: { type: Schema.Types.Mixed, default: [] },
    lessonIds: { type: [String], default: [], index: true },
    activityIds: { type: [String], default: [], index: true },
  },
  { collection: 'courses', timestamps: true, versionKey: false, minimize: false },
);

/** One learner's completed lesson; the unique index makes "mark done" idempotent. */
export interface LessonProgressDoc {
  userId: string;
  courseId: string;
  lessonId: string;
  completedAt: Date;
}

export const LESSON_PROGRESS_MODEL = 'LessonProgress';

export const LessonProgressSchema = new Schema<LessonProgressDoc>(
  {
    userId: { type: String, required: true },
    courseId: { type: String, required: true, index: true },
    lessonId: { type: String, required: true },
    completedAt: { type: Date, required: true },
  },
  { collection: 'lesson_progress', versionKey: false },
);
LessonProgressSchema.index({ userId: 1, lessonId: 1 }, { unique: true });
