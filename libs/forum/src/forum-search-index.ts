import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { AnyBulkWriteOperation, Model } from 'mongoose';
import { ForumRepository } from './forum.repository';
import { SEARCH_TERM_MODEL, type SearchTermDoc } from './forum.schema';
import { PREFIX_LENGTH, termsOf, termMatches } from './search-terms';

/** What the index locates: a post or a thread, in its forum. */
export interface Indexed {
  id: string;
  kind: 'post' | 'thread';
  scope: 'cohort' | 'course';
  cohortId?: string;
  courseId: string;
}

/** Each hit's id and how many query words it holds as whole terms (the rest only as prefixes). */
export type Hits = Map<string, number>;

const BUILT = '~built-v1';
const BATCH = 1000;

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
  /** Index writes of this node, one at a time: on the embedded engine an update is read-then-write (docs/database.md, rule 6). */
  private writes: Promise<unknown> = Promise.resolve();

  constructor(
    @InjectModel(SEARCH_TERM_MODEL) private readonly terms: Model<SearchTermDoc>,
    private readonly repo: ForumRepository,
  ) {}

  onApplicationBootstrap(): void {
    void this.ready();
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
   * Posts and threads of these forums holding every word (whole, or as a prefix for long words), each with
   * how many words it holds whole. One query: an `_id` range (or equality) per forum, kind and word.
   */
  async lookup(forumKeys: string[], words: string[]): Promise<{ posts: Hits; threads: Hits }> {
    const branches = forumKeys.flatMap((key) =>
      ['p', 't'].flatMap((kind) =>
        words.map((w) =>
          w.length >= PREFIX_LENGTH
            ? { _id: { $gte: `${key}/${kind}/${w}`, $lt: `${key}/${kind}/${w}{` } }
            : { _id: `${key}/${kind}/${w}` },
        ),
      ),
    );
    const docs = branches.length ? await this.terms.find({ $or: branches }).lean<SearchTermDoc[]>().exec() : [];
    const found = { p: words.map(() => new Map<string, boolean>()), t: words.map(() => new Map<string, boolean>()) };
    for (const doc of docs) {
      const [, kind, term] = doc._id.split('/') as [string, 'p' | 't', string];
      words.forEach((w, i) => {
        if (!termMatches(term, w)) return;
        for (const id of doc.ids) found[kind][i].set(id, found[kind][i].get(id) || term === w);
      });
    }
    const every = (perWord: Map<string, boolean>[]): Hits => {
      const hits: Hits = new Map();
      for (const [id] of perWord[0] ?? []) {
        if (perWord.every((m) => m.has(id))) hits.set(id, perWord.filter((m) => m.get(id)).length);
      }
      return hits;
    };
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
      for (let after: string | undefined; ;) {
        const batch = await this.repo.searchableAfter(kind, after, BATCH);
        for (const item of batch) if (!item.deletedAt) add({ ...item, kind }, item.searchText);
        if (batch.length < BATCH) break;
        after = batch[batch.length - 1].id;
      }
    }
    const entries = [...postings];
    for (let i = 0; i < entries.length; i += 200) {
      const slice = entries.slice(i, i + 200);
      await this.write(
        slice.map(([_id, ids]) => ({ updateOne: { filter: { _id }, update: { $addToSet: { ids: { $each: ids } } }, upsert: true } })),
      );
    }
  }

  private write(ops: AnyBulkWriteOperation<SearchTermDoc>[]): Promise<unknown> {
    const run = this.writes.then(() => (ops.length ? this.terms.bulkWrite(ops, { ordered: false }) : undefined));
    this.writes = run.catch(() => undefined);
    return run;
  }
}
