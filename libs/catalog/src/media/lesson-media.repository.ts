import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { LessonMediaView } from '@trainaction/contracts';
import { Model, Types } from 'mongoose';
import { LESSON_MEDIA_MODEL, type LessonMediaDoc } from './lesson-media.schema';

export type LessonMediaRecord = LessonMediaView & { courseId: string };
export type LessonMediaWrite = Omit<LessonMediaRecord, 'id' | 'createdAt'>;

function toRecord(doc: LessonMediaDoc): LessonMediaRecord {
  return {
    id: doc._id.toHexString(),
    courseId: doc.courseId,
    lessonId: doc.lessonId,
    kind: doc.kind,
    fileId: doc.fileId,
    name: doc.name,
    ...(doc.label ? { label: doc.label } : {}),
    ...(doc.language ? { language: doc.language } : {}),
    size: doc.size,
    type: doc.type,
    createdAt: doc.createdAt.toISOString(),
  };
}

@Injectable()
export class LessonMediaRepository {
  constructor(@InjectModel(LESSON_MEDIA_MODEL) private readonly media: Model<LessonMediaDoc>) {}

  async create(media: LessonMediaWrite): Promise<LessonMediaRecord> {
    const doc = await this.media.create({ ...media, createdAt: new Date() });
    return toRecord(doc.toObject());
  }

  async findById(id: string): Promise<LessonMediaRecord | null> {
    if (!Types.ObjectId.isValid(id)) return null;
    const doc = await this.media.findById(id).lean<LessonMediaDoc>().exec();
    return doc ? toRecord(doc) : null;
  }

  /** A course's media in the order they were attached. */
  async ofCourse(courseId: string): Promise<LessonMediaRecord[]> {
    const docs = await this.media.find({ courseId }).sort({ createdAt: 1, _id: 1 }).lean<LessonMediaDoc[]>().exec();
    return docs.map(toRecord);
  }

  async ofLesson(lessonId: string): Promise<LessonMediaRecord[]> {
    const docs = await this.media.find({ lessonId }).sort({ createdAt: 1, _id: 1 }).lean<LessonMediaDoc[]>().exec();
    return docs.map(toRecord);
  }

  async delete(id: string): Promise<void> {
    await this.media.deleteOne({ _id: id }).exec();
  }

  async deleteOfLessons(lessonIds: string[]): Promise<void> {
    if (lessonIds.length) await this.media.deleteMany({ lessonId: { $in: lessonIds } }).exec();
  }
}
