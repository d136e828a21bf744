import { describe, expect, it } from 'vitest';
import { BatchedReads } from './batched-reads';

interface Doc {
  id: string;
  v: number;
}

/** A store of documents that records every query it answers; `gate` holds a query's answer until released. */
function store(docs: Doc[]) {
  const queries: string[][] = [];
  let gate: Promise<void> = Promise.resolve();
  let data = docs;
  return {
    queries,
    hold() {
      let release!: () => void;
      gate = new Promise((r) => (release = r));
      return () => release();
    },
    set(next: Doc[]) {
      data = next;
    },
    reads: new BatchedReads<Doc>(
      async (ids) => {
        queries.push(ids);
        const answer = data.filter((d) => ids.includes(d.id));
        await gate;
        return answer;
      },
      (d) => d.id,
    ),
  };
}

describe('BatchedReads', () => {
  it('reads several ids asked together once each: those that exist, in the order asked, one query for all callers', async () => {
    const s = store([
      { id: 'a', v: 1 },
      { id: 'b', v: 2 },
      { id: 'c', v: 3 },
    ]);
    const [first, second] = await Promise.all([s.reads.many(['c', 'x', 'a', 'c']), s.reads.many(['a', 'b'])]);
    expect(first.map((d) => d.id)).toEqual(['c', 'a']);
    expect(second.map((d) => d.id)).toEqual(['a', 'b']);
    expect(s.queries).toEqual([['c', 'x', 'a', 'b']]);
  });

  it('answers reads asked in the same turn with one query, each with its own document or null', async () => {
    const s = store([
      { id: 'a', v: 1 },
      { id: 'b', v: 2 },
    ]);
    const answers = await Promise.all([s.reads.read('a'), s.reads.read('b'), s.reads.read('a'), s.reads.read('missing')]);
    expect(answers).toEqual([{ id: 'a', v: 1 }, { id: 'b', v: 2 }, { id: 'a', v: 1 }, null]);
    expect(s.queries).toEqual([['a', 'b', 'missing']]);
  });

  it('sends reads asked while a query runs together, after it, so they see data read after they asked', async () => {
    const s = store([{ id: 'a', v: 1 }]);
    const release = s.hold();
    const first = s.reads.read('a');
    await new Promise((r) => setImmediate(r));
    expect(s.queries).toHaveLength(1);
    s.set([{ id: 'a', v: 2 }]); // a write lands while the first query is answered
    const later = [s.reads.read('a'), s.reads.read('b')];
    await new Promise((r) => setImmediate(r));
    expect(s.queries).toHaveLength(1); // nothing sent while the first runs
    release();
    expect(await first).toEqual({ id: 'a', v: 1 });
    expect(await Promise.all(later)).toEqual([{ id: 'a', v: 2 }, null]);
    expect(s.queries).toEqual([['a'], ['a', 'b']]);
  });

  it('fails only the reads of a failed query; the next ones are sent', async () => {
    let fail = true;
    const reads = new BatchedReads<Doc>(
      async (ids) => {
        if (fail) throw new Error('down');
        return ids.map((id) => ({ id, v: 0 }));
      },
      (d) => d.id,
    );
    await expect(reads.read('a')).rejects.toThrow('down');
    fail = false;
    expect(await reads.read('a')).toEqual({ id: 'a', v: 0 });
  });

  it('splits a large burst into queries of at most 500 ids', async () => {
    const s = store([]);
    await Promise.all(Array.from({ length: 1200 }, (_, i) => s.reads.read(`id${i}`)));
    expect(s.queries.map((q) => q.length)).toEqual([500, 500, 200]);
  });
});
