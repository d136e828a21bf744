import { describe, expect, it } from 'vitest';
import { SharedReads } from './shared-reads';

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

describe('SharedReads', () => {
  it('serves callers who asked during a read with one later read, never with the earlier one', async () => {
    const reads = new SharedReads<number>();
    const loads = [deferred<number>(), deferred<number>()];
    let started = 0;
    const load = () => loads[started++].promise;

    const first = reads.read('room', load);
    const second = reads.read('room', load); // asked while read 1 runs
    const third = reads.read('room', load);
    expect(started).toBe(1);
    loads[0].resolve(1);
    expect(await first).toBe(1);
    await Promise.resolve();
    expect(started).toBe(2); // read 2 started only after read 1 ended
    loads[1].resolve(2);
    expect(await second).toBe(2);
    expect(await third).toBe(2);
  });

  it('keeps keys apart, and a failed read fails only its own callers', async () => {
    const reads = new SharedReads<string>();
    const failing = deferred<string>();
    const a = reads.read('a', () => failing.promise);
    const queued = reads.read('a', () => Promise.resolve('again'));
    const b = reads.read('b', () => Promise.resolve('b'));
    failing.reject(new Error('down'));
    await expect(a).rejects.toThrow('down');
    expect(await queued).toBe('again');
    expect(await b).toBe('b');
    expect(await reads.read('a', () => Promise.resolve('fresh'))).toBe('fresh');
  });
});

describe('SharedReads with a merged parameter', () => {
  it('runs the queued read with the parameter merged over everyone waiting for it', async () => {
    const reads = new SharedReads<number[], number>(Math.min);
    const gate = deferred<number[]>();
    const params: number[] = [];
    const load = (since: number) => (params.push(since), params.length === 1 ? gate.promise : Promise.resolve([since]));
    const first = reads.read('room', load, 50);
    const later = [reads.read('room', load, 30), reads.read('room', load, 10), reads.read('room', load, 40)];
    gate.resolve([50]);
    expect(await first).toEqual([50]);
    expect(await Promise.all(later)).toEqual([[10], [10], [10]]);
    expect(params).toEqual([50, 10]);
  });
});
