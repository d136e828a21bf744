import type { RoomsRepository } from '@trainaction/rooms/seeding';
import type { ForumRepository } from '@trainaction/forum/seeding';
import type { ActivityCounters, ActivityEvent } from '@trainaction/activity';
import { Types, type Connection } from 'mongoose';
import { VOLUME_MODELS, type VolumeCollection, type VolumeDocs } from './volume-model';

export interface WriterDeps {
  messages: RoomsRepository;
  forum: ForumRepository;
  counters: ActivityCounters;
  connection: Connection;
}

/**
 * Documents per insertMany. Measured on the embedded database (FerretDB 1.24 on SQLite, 2 shared cores,
 * a collection with 7 indexes): 1 a call ≈ 300 documents/s; 100 ≈ 3,900/s; 500 ≈ 4,400/s; 1,000 ≈ 3,500/s;
 * 2,000 to 10,000 ≈ 2,800–3,000/s. No "too many SQL variables" limit up to 10,000 a call (FerretDB inserts
 * the documents of a batch one by one). The repositories' bulk inserts use 500 too.
 */
export const BATCH = 500;
/** Collections written at once: the database's work on one overlaps with the driver's on another. */
const LANES = 3;

function isOnlyDuplicates(error: unknown): boolean {
  const writeErrors = (error as { writeErrors?: { code: number }[] }).writeErrors;
  return Boolean(writeErrors?.length) && writeErrors!.every((e) => e.code === 11000);
}

/**
 * Writes the volume's documents in bulk: messages and posts through their repositories (which also drop
 * what the API keeps of them), every other collection through its mongoose model (cast and validated by
 * the same schema as the services' writes), unordered, skipping documents already there (same id or unique
 * key); counter increments are kept and written once, summed per counter, at the end.
 */
export class VolumeWriter {
  readonly counts: Record<string, number> = {};
  private readonly events: ActivityEvent[] = [];

  constructor(private readonly deps: WriterDeps) {}

  async write(docs: VolumeDocs): Promise<void> {
    for (const e of docs.events) this.events.push(e);
    this.counts.events = (this.counts.events ?? 0) + docs.events.length;
    const jobs = (Object.keys(VOLUME_MODELS) as VolumeCollection[])
      .filter((name) => docs[name].length)
      .map((name) => () => this.insert(name, docs[name]));
    let next = 0;
    const lane = async () => {
      while (next < jobs.length) await jobs[next++]();
    };
    await Promise.all(Array.from({ length: LANES }, lane));
  }

  /** The participation counters of everything written (ActivityCounters.recordMany sums them per counter). */
  async finish(): Promise<void> {
    await this.deps.counters.recordMany(this.events);
    this.counts.counters = new Set(
      this.events.map((e) => `${e.userId}|${e.cohortId}|${e.courseId}|${e.kind}|${(e.at ?? new Date()).toISOString().slice(0, 10)}`),
    ).size;
  }

  private async insert(name: VolumeCollection, docs: { _id: string }[]): Promise<void> {
    this.counts[name] = (this.counts[name] ?? 0) + docs.length;
    if (name === 'messages')
      return this.deps.messages.insertMessages((docs as VolumeDocs['messages']).map(({ _id, ...rest }) => ({ id: _id, ...rest })));
    if (name === 'posts')
      return this.deps.forum.insertPosts((docs as VolumeDocs['posts']).map(({ _id, ...rest }) => ({ id: _id, ...rest })));
    const model = this.deps.connection.model(VOLUME_MODELS[name]);
    for (let i = 0; i < docs.length; i += BATCH) {
      const batch = docs.slice(i, i + BATCH).map(({ _id, ...rest }) => ({ _id: new Types.ObjectId(_id), ...rest }));
      await model.insertMany(batch, { ordered: false }).catch((error: unknown) => {
        if (!isOnlyDuplicates(error)) throw error;
      });
    }
  }
}
