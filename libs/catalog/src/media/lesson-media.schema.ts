import type { LessonMediaKind } from '@trainaction/contracts';
import { Schema, Types } from 'mongoose';

/**
 * A file attached to a lesson. Kept apart from the course document, which editors replace as a whole: saving
 * the course never drops or doubles its media. The content and its metadata are in the files library.
 */
export interface LessonMediaDoc {
  _id: Types.ObjectId;
  courseId: string;
  lessonId: string;
  kind: LessonMediaKind;
  fileId: string;
  name: string;
  label?: string;
  language?: string;
  size: number;
  type: string;
  createdAt: Date;
}

export const LESSON_MEDIA_MODEL = 'LessonMedia';

export const LessonMediaSchema = new Schema<LessonMediaDoc>(
  {
    courseId: { type: String, required: true, index: true },
    lessonId: { type: String, required: true, index: true },
    kind: { type: String, required: true },
    fileId: { type: String, required: true, unique: true },
    name: { type: String, required: true },
    label: { type: String },
    language: { type: String },
    size: { type: Number, required: true },
    type: { type: String, required: true },
    createdAt: { type: Date, required: true },
  },
  { collection: 'lesson_media', versionKey: false },
);

/**
 * A lesson's place that holds at most one media item: `<lessonId>#video` and `<lessonId>#captions:<language>`.
 * Inserted after the item, under this unique `_id`: of two uploads that race, the second insert fails (E11000),
 * which a read-then-write check cannot promise (docs/database.md, rule 6). Removed before its item.
 */
export interface LessonMediaSlotDoc {
  _id: string;
  lessonId: string;
  mediaId: string;
}

export const LESSON_MEDIA_SLOT_MODEL = 'LessonMediaSlot';

export const LessonMediaSlotSchema = new Schema<LessonMediaSlotDoc>(
  {
    _id: { type: String, required: true },
    lessonId: { type: String, required: true, index: true },
    mediaId: { type: String, required: true },
  },
  { collection: 'lesson_media_slots', versionKey: false },
);
