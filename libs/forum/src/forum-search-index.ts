import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { AnyBulkWriteOperation, Model } from 'mongoose';
import { ForumRepository } from './forum.repository';
import { SEARCH_TERM_MODEL, type SearchTermDoc } from './forum.schema';
import { termsOf } from './search-terms';

/** What the index locates: a post or a thread, in its forum. */
export interface Indexed {
  id: string;
  kind: 'post' | 'thread';
  scope: 'cohort' | 'course';
  cohortId?: string;
  courseId: string;
}

/** The ids of the posts or threads that hold every word of a search. */
export type Hits = Set<string>;

const BUILT = '~built-v2';
const BATCH = 500;

/** A forum's key in the index: a cohort's forum, or a course's shared forum. */
export function forumKey(forum: { scope: 'cohort' | 'course'; cohortId?: string; courseId: string }): string {
  return forum.scope === 'cohort' ? `c${forum.cohortId}` : `k${forum.courseId}`;
}

const termId = (target: Indexed, term: string) => `${forumKey(target)}/${target.kind === 'post' ? 'p' : 't'}/${term}`;

/**
 * The forum's inverted word index (`forum_search_terms`): written whenever a post or thread is created,
 * edited or deleted, read by `ForumSearch`. It only locates candidates: what a person sees is decided
 * afterwards on the stored post and thread (`canSeePost`), so a hidden post stays indexed for its moderators.
 * Existing posts and threads are indexed at start-up, in the background, until one node records it done.
 */
@Injectable()
export class ForumSearchIndex implements OnApplicationBootstrap {
  private readonly logger = new Logger(ForumSearchIndex.name);
  private building?: Promise<void>;

  constructor(
    @InjectModel(SEARCH_TERM_MODEL) private readonly terms: Model<SearchTermDoc>,
    private readonly repo: ForumRepository,
  ) {}

  onApplicationBootstrap(): void {
    // A failed build (also one cut short by the API stopping) is logged by ready() and tried again at the next search.
    void this.ready().catch(() => undefined);
  }

  /** Resolves once every post and thread stored before this node started is indexed. */
  ready(): Promise<void> {
    this.building ??= this.buildOnce().catch((error: unknown) => {
      this.building = undefined;
      this.logger.warn({ err: error }, 'forum search index not built; retried at the next search');
      throw error;
    });
    return this.building;
  }

  /** Indexes what was written without the service (the demo academy), then records the index built. */
  async rebuild(): Promise<void> {
    await this.build();
    await this.terms.updateOne({ _id: BUILT }, { $set: { ids: [] } }, { upsert: true }).exec();
  }

  /** From the text stored before (`before`) to the text stored now (`after`; undefined: deleted). */
  async changed(target: Indexed, before: string | undefined, after: string | undefined): Promise<void> {
    const old = termsOf(before);
    const now = termsOf(after);
    const ops: AnyBulkWriteOperation<SearchTermDoc>[] = [
      ...[...old]
        .filter((t) => !now.has(t))
        .map((t) => ({ updateOne: { filter: { _id: termId(target, t) }, update: { $pull: { ids: target.id } } } })),
      ...[...now]
        .filter((t) => !old.has(t))
        .map((t) => ({ updateOne: { filter: { _id: termId(target, t) }, update: { $addToSet: { ids: target.id } }, upsert: true } })),
    ];
    await this.write(ops);
  }

  /**
   * Posts and threads of these forums holding every word. One query: the `_id`s of each forum, kind and word
   * (an `$in` of `_id`s, which the engine looks up in its primary index; a range would not do as well).
   */
  async lookup(forumKeys: string[], words: string[]): Promise<{ posts: Hits; threads: Hits }> {
    const ids = forumKeys.flatMap((key) => ['p', 't'].flatMap((kind) => words.map((w) => `${key}/${kind}/${w}`)));
    const docs = ids.length
      ? await this.terms
          .find({ _id: { $in: ids } })
          .lean<SearchTermDoc[]>()
          .exec()
      : [];
    const found = { p: words.map(() => new Set<string>()), t: words.map(() => new Set<string>()) };
    for (const doc of docs) {
      const [, kind, term] = doc._id.split('/') as [string, 'p' | 't', string];
      const set = found[kind][words.indexOf(term)];
      for (const id of doc.ids) set?.add(id);
    }
    const every = (perWord: Set<string>[]): Hits => new Set([...(perWord[0] ?? [])].filter((id) => perWord.every((s) => s.has(id))));
    return { posts: every(found.p), threads: every(found.t) };
  }

  private async buildOnce(): Promise<void> {
    if (await this.terms.exists({ _id: BUILT }).exec()) return;
    const started = Date.now();
    await this.rebuild();
    this.logger.log(`forum search index built in ${Date.now() - started} ms`);
  }

  /** Every stored post and thread, gathered per term in memory and written once per term. */
  private async build(): Promise<void> {
    const postings = new Map<string, string[]>();
    const add = (target: Indexed, text: string) => {
      for (const t of termsOf(text)) {
        const key = termId(target, t);
        const ids = postings.get(key);
        if (ids) ids.push(target.id);
        else postings.set(key, [target.id]);
      }
    };
    for (const kind of ['thread', 'post'] as const) {
      for await (const item of this.repo.searchable(kind)) if (!item.deletedAt) add({ ...item, kind }, item.searchText);
    }
    // Inserted in batches; a term already stored (written live meanwhile, or by another node) gets the ids added.
    const entries = [...postings];
    for (let i = 0; i < entries.length; i += BATCH) {
      const slice = entries.slice(i, i + BATCH);
      const stored = await this.terms
        .insertMany(
          slice.map(([_id, ids]) => ({ _id, ids })),
          { ordered: false },
        )
        .then(
          () => [] as number[],
          (error: { writeErrors?: { index: number; code: number }[] }) => {
            if (!error.writeErrors?.every((e) => e.code === 11000)) throw error;
            return error.writeErrors.map((e) => e.index);
          },
        );
      await this.write(
        stored.map((index) => {
          const [_id, ids] = slice[index];
          return { updateOne: { filter: { _id }, update: { $addToSet: { ids: { $each: ids } } } } };
        }),
      );
    }
  }

  private async write(ops: AnyBulkWriteOperation<SearchTermDoc>[]): Promise<void> {
    if (ops.length) await this.terms.bulkWrite(ops, { ordered: false });
  }
}
