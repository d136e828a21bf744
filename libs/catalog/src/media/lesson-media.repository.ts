import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { LessonMediaView } from '@trainaction/contracts';
import { Model, Types } from 'mongoose';
import { LESSON_MEDIA_MODEL, LESSON_MEDIA_SLOT_MODEL, type LessonMediaDoc, type LessonMediaSlotDoc } from './lesson-media.schema';

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
  constructor(
    @InjectModel(LESSON_MEDIA_MODEL) private readonly media: Model<LessonMediaDoc>,
    @InjectModel(LESSON_MEDIA_SLOT_MODEL) private readonly slots: Model<LessonMediaSlotDoc>,
  ) {}

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

  /** Slots first: a slot never outlives its item, so an interruption cannot block the lesson's next video. */
  async deleteOfLessons(lessonIds: string[]): Promise<void> {
    if (lessonIds.length === 0) return;
    await this.slots.deleteMany({ lessonId: { $in: lessonIds } }).exec();
    await this.media.deleteMany({ lessonId: { $in: lessonIds } }).exec();
  }

  /** Takes a one-per-lesson place for a media item already stored; false when another item holds it. */
  async claimSlot(slot: string, lessonId: string, mediaId: string): Promise<boolean> {
    try {
      await this.slots.create({ _id: slot, lessonId, mediaId });
      return true;
    } catch (error) {
      if ((error as { code?: number })?.code === 11000) return false;
      throw error;
    }
  }

  /** Frees the place if this item holds it (removing what is not there is not an error). */
  async releaseSlot(slot: string, mediaId: string): Promise<void> {
    await this.slots.deleteOne({ _id: slot, mediaId }).exec();
  }
}
