import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { WordIndex, type WordIndexDoc } from '@trainaction/platform';
import type { Model } from 'mongoose';
import { ForumRepository } from './forum.repository';
import { SEARCH_TERM_MODEL } from './forum.schema';

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

/** A forum's key in the index: a cohort's forum, or a course's shared forum. */
export function forumKey(forum: { scope: 'cohort' | 'course'; cohortId?: string; courseId: string }): string {
  return forum.scope === 'cohort' ? `c${forum.cohortId}` : `k${forum.courseId}`;
}

const prefixOf = (target: Omit<Indexed, 'id'>) => `${forumKey(target)}/${target.kind === 'post' ? 'p' : 't'}`;

/**
 * The forum's word index (`forum_search_terms`, a `WordIndex`): written whenever a post or thread is created,
 * edited or deleted, read by `ForumSearch`. It only locates candidates: what a person sees is decided
 * afterwards on the stored post and thread (`canSeePost`), so a hidden post stays indexed for its moderators.
 * Existing posts and threads are indexed at start-up, in the background, until one node records it done.
 */
@Injectable()
export class ForumSearchIndex implements OnApplicationBootstrap {
  private readonly index: WordIndex;

  constructor(@InjectModel(SEARCH_TERM_MODEL) terms: Model<WordIndexDoc>, repo: ForumRepository) {
    this.index = new WordIndex(terms, '~built-v3', () => ForumSearchIndex.stored(repo), ForumSearchIndex.name);
  }

  private static async *stored(repo: ForumRepository) {
    for (const kind of ['thread', 'post'] as const)
      for await (const item of repo.searchable(kind))
        if (!item.deletedAt) yield { prefix: prefixOf({ ...item, kind }), id: item.id, text: item.text };
  }

  onApplicationBootstrap(): void {
    // A failed build (also one cut short by the API stopping) is logged by ready() and tried again at the next search.
    void this.ready().catch(() => undefined);
  }

  /** Resolves once every post and thread stored before this node started is indexed. */
  ready(): Promise<void> {
    return this.index.ready();
  }

  /** Indexes what was written without the service (the demo academy), then records the index built. */
  rebuild(): Promise<void> {
    return this.index.rebuild();
  }

  /** From the text stored before (`before`) to the text stored now (`after`; undefined: deleted). */
  changed(target: Indexed, before: string | undefined, after: string | undefined): Promise<void> {
    return this.index.changed(prefixOf(target), target.id, before, after);
  }

  /** Posts and threads of these forums holding every word, in one query. */
  async lookup(forumKeys: string[], words: string[]): Promise<{ posts: Hits; threads: Hits }> {
    const found = await this.index.lookup(
      forumKeys.flatMap((key) => [`${key}/p`, `${key}/t`]),
      words,
    );
    const union = (kind: string) => new Set([...found].filter(([prefix]) => prefix.endsWith(`/${kind}`)).flatMap(([, ids]) => [...ids]));
    return { posts: union('p'), threads: union('t') };
  }
}
