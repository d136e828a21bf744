/** At most this many ids per query. */
const MAX_BATCH = 500;

interface Waiter<T> {
  resolve: (doc: T | null) => void;
  reject: (error: unknown) => void;
}

/**
 * Reads of documents by id that are asked at about the same time go to the database as one `$in`
 * query (the DataLoader pattern). A read is sent on the next turn of the event loop with every id asked
 * meanwhile; ids asked while it runs wait for it to end and go together in the next one. So each caller
 * still gets a document read after it asked, one person alone waits no longer than before, and the 50
 * people who reconnect at once after a deploy (each with their own account, membership and room) cost a
 * few queries instead of 200. Asked together, the same document is read once: 50 people searching the forums
 * of one course at once read its posts once, not 50 times.
 */
export class BatchedReads<T> {
  private waiting = new Map<string, Waiter<T>[]>();
  private scheduled = false;
  private running = 0;

  constructor(
    /** The documents with these ids (those that exist), in any order. */
    private readonly readMany: (ids: string[]) => Promise<T[]>,
    private readonly idOf: (doc: T) => string,
  ) {}

  read(id: string): Promise<T | null> {
    return new Promise<T | null>((resolve, reject) => {
      const waiters = this.waiting.get(id);
      if (waiters) waiters.push({ resolve, reject });
      else this.waiting.set(id, [{ resolve, reject }]);
      this.schedule();
    });
  }

  /** Several documents, each read as `read` reads one: those that exist, in the order asked (a repeat once). */
  async many(ids: readonly string[]): Promise<T[]> {
    const docs = await Promise.all([...new Set(ids)].map((id) => this.read(id)));
    return docs.filter((doc): doc is Awaited<T> => doc !== null);
  }

  private schedule(): void {
    if (this.scheduled || this.running > 0 || this.waiting.size === 0) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.send();
    });
  }

  private send(): void {
    const batch = this.waiting;
    this.waiting = new Map();
    const ids = [...batch.keys()];
    for (let i = 0; i < ids.length; i += MAX_BATCH) void this.run(ids.slice(i, i + MAX_BATCH), batch);
  }

  private async run(ids: string[], batch: Map<string, Waiter<T>[]>): Promise<void> {
    this.running++;
    try {
      const found = new Map((await this.readMany(ids)).map((doc) => [this.idOf(doc), doc]));
      for (const id of ids) for (const w of batch.get(id) ?? []) w.resolve(found.get(id) ?? null);
    } catch (error) {
      for (const id of ids) for (const w of batch.get(id) ?? []) w.reject(error);
    } finally {
      this.running--;
      this.schedule();
    }
  }
}
