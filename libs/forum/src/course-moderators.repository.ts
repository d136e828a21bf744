import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { COURSE_MODERATORS_MODEL, type CourseModeratorsDoc } from './forum.schema';

@Injectable()
export class CourseModeratorsRepository {
  constructor(@InjectModel(COURSE_MODERATORS_MODEL) private readonly moderators: Model<CourseModeratorsDoc>) {}

  async of(courseId: string): Promise<string[]> {
    return (await this.moderators.findById(courseId).lean<CourseModeratorsDoc>().exec())?.userIds ?? [];
  }

  async set(courseId: string, userIds: string[]): Promise<void> {
    await this.moderators.updateOne({ _id: courseId }, { $set: { userIds } }, { upsert: true }).exec();
  }

  /** The courses whose shared forum this person moderates. */
  async coursesOf(userId: string): Promise<string[]> {
    return (await this.moderators.find({ userIds: userId }, { _id: 1 }).lean<{ _id: string }[]>().exec()).map((d) => d._id);
  }
}
