import { Logger } from '@nestjs/common';
import { termsOf } from '@trainaction/contracts';
import { Schema, Types, type AnyBulkWriteOperation, type Model } from 'mongoose';
import { BatchedReads } from '../database/batched-reads';

/**
 * One term of a word index, `<prefix>/<term>`: the ids written when the index was built (`ids`), and the
 * chunks (`<prefix>/<term>#<node>-<n>`, each with at most `CHUNK` ids in its own `ids`) that hold the ids
 * written since.
 */
export interface WordIndexDoc {
  _id: string;
  /** (missing on a term first written after the build: its ids are all in chunks) */
  ids?: string[];
  chunks?: string[];
}

/** A word index's collection: documents looked up by `_id` only, so no other index is needed. */
export function wordIndexSchema(collection: string): Schema<WordIndexDoc> {
  return new Schema<WordIndexDoc>(
    { _id: { type: String, required: true }, ids: { type: [String], default: [] }, chunks: { type: [String], default: undefined } },
    { collection, versionKey: false },
  );
}

/** Ids per chunk: an update rewrites its whole document, so a chunk's write costs at most this many ids. */
const CHUNK = 1_000;
/** Terms whose open chunk a node remembers; a forgotten one gets a new chunk on its next write. */
const OPEN_CHUNKS = 100_000;

/** Something to index: where it belongs (the prefix of its terms, e.g. a forum and kind) and its text. */
export interface WordIndexItem {
  prefix: string;
  id: string;
  text: string;
}

const BATCH = 500;

/** Changes waiting to be written together, once the write under way is done. */
interface PendingChanges {
  /** Per `<prefix>/<term>`, its ids added (true) or removed (false); the last change wins. */
  terms: Map<string, Map<string, boolean>>;
  done: Promise<void>;
}

/**
 * An inverted word index in its own collection (forum posts and threads, room messages): written when the
 * indexed text is created, edited or deleted, read with one `$in` of `_id`s (`<prefix>/<term>`), which the
 * embedded engine looks up in its primary index. It only locates candidates: what a person sees is decided
 * afterwards on the stored document by its library's visibility rule. What was stored before the index is
 * indexed in the background at start-up, until one node records it done under `builtMarker`.
 */
export class WordIndex {
  private readonly logger: Logger;
  private building?: Promise<void>;
  /** Changes not yet written. */
  private next?: PendingChanges;
  /** The write under way, if any. */
  private writing: Promise<void> = Promise.resolve();
  /** The chunk this node is filling per term, and how many ids it holds (chunks are named after the node). */
  private readonly open = new Map<string, { name: string; ids: number }>();
  private readonly node = new Types.ObjectId().toHexString();
  private opened = 0;
  /** Terms looked up at about the same time, read together: people searching at once share their course's terms. */
  private readonly lookups: BatchedReads<WordIndexDoc>;

  constructor(
    private readonly terms: Model<WordIndexDoc>,
    private readonly builtMarker: string,
    private readonly stored: () => AsyncIterable<WordIndexItem>,
    name: string,
    private readonly chunkSize = CHUNK,
  ) {
    this.logger = new Logger(name);
    this.lookups = new BatchedReads(
      (ids) => this.read(ids),
      (doc) => doc._id,
    );
  }

  /** Resolves once everything stored before this node started is indexed. */
  ready(): Promise<void> {
    this.building ??= this.buildOnce().catch((error: unknown) => {
      this.building = undefined;
      this.logger.warn({ err: error }, 'search index not built; retried at the next search');
      throw error;
    });
    return this.building;
  }

  /** Indexes what was written without the service (the demo academy), then records the index built. */
  async rebuild(): Promise<void> {
    await this.build();
    await this.terms.updateOne({ _id: this.builtMarker }, { $set: { ids: [] } }, { upsert: true }).exec();
  }

  /**
   * From the text stored before (`before`) to the text stored now (`after`; undefined: deleted); resolves
   * once the terms are written. Changes that arrive while a write is under way are written together next,
   * one write per term, into the term's chunk this node is filling: each update rewrites its document, and a
   * document holding every id of its prefix (a cohort's room messages) made each write cost the cohort's
   * history, holding the database's one writer meanwhile (docs/database.md rule 12).
   */
  changed(prefix: string, id: string, before: string | undefined, after: string | undefined): Promise<void> {
    const old = termsOf(before);
    const now = termsOf(after);
    const batch = (this.next ??= this.pending());
    const mark = (t: string, added: boolean) => {
      const term = `${prefix}/${t}`;
      const ids = batch.terms.get(term);
      if (ids) ids.set(id, added);
      else batch.terms.set(term, new Map([[id, added]]));
    };
    for (const t of old) if (!now.has(t)) mark(t, false);
    for (const t of now) if (!old.has(t)) mark(t, true);
    return batch.done;
  }

  /** Resolves once every change asked of this node so far is written (or has failed). */
  settled(): Promise<void> {
    return (this.next?.done ?? this.writing).catch(() => undefined);
  }

  /**
   * Per prefix, the ids holding every word: one query for the terms, and one for their chunks if any (shared
   * with the lookups asked at the same time).
   */
  async lookup(prefixes: string[], words: string[]): Promise<Map<string, Set<string>>> {
    const keys = prefixes.flatMap((prefix) => words.map((w) => `${prefix}/${w}`));
    const docs = await this.lookups.many(keys);
    const chunks = docs.flatMap((doc) => doc.chunks ?? []);
    const all = chunks.length ? [...docs, ...(await this.lookups.many(chunks))] : docs;
    const found = new Map(prefixes.map((p) => [p, words.map(() => new Set<string>())]));
    for (const doc of all) {
      const key = doc._id.split('#')[0];
      const cut = key.lastIndexOf('/');
      const set = found.get(key.slice(0, cut))?.[words.indexOf(key.slice(cut + 1))];
      for (const id of doc.ids ?? []) set?.add(id);
    }
    const every = (perWord: Set<string>[]) => new Set([...(perWord[0] ?? [])].filter((id) => perWord.every((s) => s.has(id))));
    return new Map([...found].map(([prefix, perWord]) => [prefix, every(perWord)]));
  }

  private async read(ids: string[]): Promise<WordIndexDoc[]> {
    return ids.length
      ? this.terms
          .find({ _id: { $in: ids } })
          .batchSize(ids.length + 1)
          .lean<WordIndexDoc[]>()
          .exec()
      : [];
  }

  private async buildOnce(): Promise<void> {
    if (await this.terms.exists({ _id: this.builtMarker }).exec()) return;
    const started = Date.now();
    await this.rebuild();
    this.logger.log(`search index built in ${Date.now() - started} ms`);
  }

  /** Everything stored, gathered per term in memory and written once per term. */
  private async build(): Promise<void> {
    const postings = new Map<string, string[]>();
    for await (const item of this.stored()) {
      for (const t of termsOf(item.text)) {
        const key = `${item.prefix}/${t}`;
        const ids = postings.get(key);
        if (ids) ids.push(item.id);
        else postings.set(key, [item.id]);
      }
    }
    // Inserted in batches; a term already stored (written live meanwhile, or by another node) gets the ids added.
    const entries = [...postings];
    for (let i = 0; i < entries.length; i += BATCH) {
      const slice = entries.slice(i, i + BATCH);
      const stored = await this.insertNew(slice.map(([_id, ids]) => ({ _id, ids })));
      await this.write(
        stored.map((index) => {
          const [_id, ids] = slice[index];
          return { updateOne: { filter: { _id }, update: { $addToSet: { ids: { $each: ids } } } } };
        }),
      );
    }
  }

  /**
   * Inserts documents in one command (on the embedded engine, one transaction); resolves with the indexes
   * of those that already existed. `lean`: they are plain strings already, and mongoose's documents for the
   * hundreds of new terms a busy second writes were a third of what the API's young generation kept alive
   * long enough to copy (docs/performance.md, "The write path's pauses").
   */
  private insertNew(docs: WordIndexDoc[]): Promise<number[]> {
    if (!docs.length) return Promise.resolve([]);
    return this.terms.insertMany(docs, { ordered: false, lean: true }).then(
      () => [],
      (error: { writeErrors?: { index: number; code: number }[] }) => {
        if (!error.writeErrors?.every((e) => e.code === 11000)) throw error;
        return error.writeErrors.map((e) => e.index);
      },
    );
  }

  /** New pending changes, written once the write under way is done. */
  private pending(): PendingChanges {
    const batch: PendingChanges = { terms: new Map(), done: Promise.resolve() };
    this.writing = batch.done = this.writing.catch(() => undefined).then(() => this.flush(batch));
    return batch;
  }

  /**
   * Writes a batch of changes: first, in one insert, the documents of terms new to the index (each holding
   * its first ids, as the term's first chunk) and of new chunks; then one update per other term.
   */
  private async flush(batch: PendingChanges): Promise<void> {
    if (this.next === batch) this.next = undefined;
    const adds = new Map<string, string[]>();
    const pulls = new Map<string, string[]>();
    for (const [term, ids] of batch.terms) {
      for (const [id, added] of ids) {
        const into = added ? adds : pulls;
        const list = into.get(term);
        if (list) list.push(id);
        else into.set(term, [id]);
      }
    }
    try {
      const removals = await this.removals(pulls);
      const existing = new Set((await this.read([...adds.keys()].filter((term) => !this.open.has(term)))).map((doc) => doc._id));
      const inserts: WordIndexDoc[] = [];
      const updates: AnyBulkWriteOperation<WordIndexDoc>[] = [];
      for (const [term, ids] of adds) {
        if (this.open.has(term) || existing.has(term)) {
          this.additions(term, ids, inserts, updates);
          continue;
        }
        const first = ids.slice(0, this.chunkSize);
        inserts.push({ _id: term, ids: first });
        this.remember(term, { name: term, ids: first.length });
        this.additions(term, ids.slice(first.length), inserts, updates);
      }
      // A new term's document that another node created meanwhile: those ids go into a chunk of this node's.
      const taken = (await this.insertNew(inserts)).map((i) => inserts[i]._id);
      const chunks: WordIndexDoc[] = [];
      for (const term of taken) {
        this.open.delete(term);
        this.additions(term, adds.get(term)!.slice(0, this.chunkSize), chunks, updates);
      }
      await this.insertNew(chunks);
      await this.write([...removals, ...updates]);
    } catch (error) {
      // A chunk may have been written without being listed: these terms start new chunks.
      for (const term of adds.keys()) this.open.delete(term);
      throw error;
    }
  }

  /**
   * Ids added to a term: into this node's open chunk (an update), or a new one when there is none or it is
   * full (inserted, and listed in the term's document). Appended with `$push`: the engine's `$addToSet`
   * compares each new id with every id of the chunk, which made the busy room's updates cost as much again
   * (2.7 against 1.5 ms into a chunk of 1,000). An id is added once per node anyway (a batch holds each
   * once, an edit pulls before it adds again); one indexed again after a restart lands in a new chunk, as it
   * did before, and is one result: lookups keep sets, and a removal pulls it from every chunk.
   */
  private additions(term: string, ids: string[], inserts: WordIndexDoc[], updates: AnyBulkWriteOperation<WordIndexDoc>[]): void {
    for (let from = 0; from < ids.length;) {
      const open = this.open.get(term);
      const fresh = !open || open.ids >= this.chunkSize;
      const chunk = fresh ? { name: `${term}#${this.node}-${++this.opened}`, ids: 0 } : open;
      if (fresh) {
        updates.push({ updateOne: { filter: { _id: term }, update: { $addToSet: { chunks: chunk.name } }, upsert: true } });
      }
      this.remember(term, chunk);
      const slice = ids.slice(from, from + this.chunkSize - chunk.ids);
      chunk.ids += slice.length;
      from += slice.length;
      if (fresh) inserts.push({ _id: chunk.name, ids: slice });
      else updates.push({ updateOne: { filter: { _id: chunk.name }, update: { $push: { ids: { $each: slice } } }, upsert: true } });
    }
  }

  /** The chunk this node fills for a term (the Map's first key is the term written longest ago). */
  private remember(term: string, chunk: { name: string; ids: number }): void {
    this.open.delete(term);
    if (this.open.size >= OPEN_CHUNKS) this.open.delete(this.open.keys().next().value!);
    this.open.set(term, chunk);
  }

  /** Ids removed from terms (rare: edits and deletions), from the term's document and every chunk it lists. */
  private async removals(pulls: Map<string, string[]>): Promise<AnyBulkWriteOperation<WordIndexDoc>[]> {
    if (!pulls.size) return [];
    const chunks = new Map((await this.read([...pulls.keys()])).map((doc) => [doc._id, doc.chunks ?? []]));
    // One each, as the embedded engine's $pull takes no condition.
    return [...pulls].flatMap(([term, ids]) => {
      const docs = [term, ...(chunks.get(term) ?? [])];
      return ids.map((id) => ({ updateMany: { filter: { _id: { $in: docs }, ids: id }, update: { $pull: { ids: id } } } }));
    });
  }

  private async write(ops: AnyBulkWriteOperation<WordIndexDoc>[]): Promise<void> {
    if (ops.length) await this.terms.bulkWrite(ops, { ordered: false });
  }
}
