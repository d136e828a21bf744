import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { CacheBus, type TtlCache } from '@trainaction/platform';
import { Model } from 'mongoose';
import { COURSE_MODERATORS_MODEL, type CourseModeratorsDoc } from './forum.schema';

/** The one key of the cache: every course's list, read together (one small document per course). */
const ALL = 'all';

/**
 * Who each course names to moderate its shared forum. Asked on every request to a course forum and on every
 * search, changed only when a coordinator names them: the lists are read together and kept (`CacheBus`), and a
 * change drops them on every node at once, so a moderator who loses the role loses it everywhere.
 */
@Injectable()
export class CourseModeratorsRepository {
  private readonly cache: TtlCache<Map<string, string[]>>;

  constructor(
    @InjectModel(COURSE_MODERATORS_MODEL) private readonly moderators: Model<CourseModeratorsDoc>,
    caches: CacheBus,
  ) {
    this.cache = caches.cache('course-moderators');
  }

  async of(courseId: string): Promise<string[]> {
    return (await this.all()).get(courseId) ?? [];
  }

  async set(courseId: string, userIds: string[]): Promise<void> {
    await this.cache.write(ALL, () => this.moderators.updateOne({ _id: courseId }, { $set: { userIds } }, { upsert: true }).exec());
  }

  /** The courses whose shared forum this person moderates. */
  async coursesOf(userId: string): Promise<string[]> {
    return [...(await this.all())].filter(([, userIds]) => userIds.includes(userId)).map(([courseId]) => courseId);
  }

  private all(): Promise<Map<string, string[]>> {
    return this.cache.get(ALL, async () => {
      const docs = await this.moderators.find({}).lean<CourseModeratorsDoc[]>().exec();
      return new Map(docs.map((d) => [d._id, d.userIds ?? []]));
    });
  }
}
