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
