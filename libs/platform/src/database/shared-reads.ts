/**
 * Coalesces reads of one key: callers who ask while a read of the key is running wait for the next one,
 * which starts when it ends and serves all of them. So every caller gets data read after it asked (what
 * "subscribe, then read" needs), and a storm of 500 joins to one room costs a few reads, not 500.
 * With `merge`, callers pass a parameter (e.g. "changes since"), and the shared read uses the merged one.
 */
export class SharedReads<V, P = undefined> {
  private readonly slots = new Map<string, Slot<V, P>>();

  constructor(private readonly merge: (a: P, b: P) => P = (a) => a) {}

  read(key: string, load: (param: P) => Promise<V>, param?: P): Promise<V> {
    let slot = this.slots.get(key);
    if (!slot) this.slots.set(key, (slot = {}));
    const { running } = slot;
    if (!running) return (slot.running = this.run(key, slot, load, param as P));
    const current = slot;
    if (current.queued) {
      current.queued.param = this.merge(current.queued.param, param as P);
      return current.queued.promise;
    }
    const queued = { param: param as P, promise: Promise.resolve() as Promise<V> };
    const next = () => {
      current.queued = undefined;
      return (current.running = this.run(key, current, load, queued.param));
    };
    queued.promise = running.then(next, next);
    current.queued = queued;
    return queued.promise;
  }

  private run(key: string, slot: Slot<V, P>, load: (param: P) => Promise<V>, param: P): Promise<V> {
    const promise: Promise<V> = load(param).finally(() => {
      if (slot.running === promise) slot.running = undefined;
      if (!slot.running && !slot.queued && this.slots.get(key) === slot) this.slots.delete(key);
    });
    return promise;
  }
}

interface Slot<V, P> {
  running?: Promise<V>;
  queued?: { param: P; promise: Promise<V> };
}
